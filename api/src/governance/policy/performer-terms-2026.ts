import type { Finding, PolicyFacts, PolicyRule } from './policy-rules';

/**
 * The terms reported as new in SAG-AFTRA's 2026 TV/Theatrical agreement (pack sag-aftra-tv-2026):
 * a reason recorded before a performer is scanned, notice when a performer's data is licensed for
 * third-party training, and protection for minors. Their text could not be confirmed, so each rule
 * is OFF until a production turns it on (decision 0035). They weigh the facts kept on consents.
 */

const REPORTED_2026 =
  'SAG-AFTRA 2026 TV/Theatrical Contracts, as reported (ratification June 2026). Reported, not confirmed against a published Memorandum of Agreement or official summary; OFF by default until a production turns it on';

/** Replica kinds made from a scan of the performer (a digital alteration changes recorded footage instead). */
const SCANNED_KINDS = ['EMPLOYMENT_REPLICA', 'INDEPENDENT_REPLICA', 'BACKGROUND_REPLICA'];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const PERFORMER_TERMS_2026: readonly PolicyRule[] = [
  {
    id: 'PERFORMER_SCAN_REASON',
    defaultSeverity: 'OFF',
    text: "A performer's digital replica is used only under a consent of that kind that records why the performer was scanned.",
    source: `${REPORTED_2026}: a reason is recorded before a performer is scanned`,
    packs: ['sag-aftra-tv-2026'],
    facts: ['task.likenessKind', 'task.performerName', 'consents'],
    occasions: ['INFERENCE_JOB', 'RECORDED_USE'],
    check: scanReasonFinding,
  },
  {
    id: 'PERFORMER_TRAINING_LICENCE_NOTICE',
    defaultSeverity: 'OFF',
    text: 'A performer whose data is licensed for third-party AI training is told no later than the date of the licence.',
    source: `${REPORTED_2026}: notice to the performer when their data is licensed for third-party training`,
    packs: ['sag-aftra-tv-2026'],
    facts: ['task.performerName', 'consents'],
    occasions: ['INFERENCE_JOB', 'RECORDED_USE'],
    check: trainingNoticeFinding,
  },
  {
    id: 'MINOR_GUARDIAN_CONSENT',
    defaultSeverity: 'OFF',
    text: "A minor performer's likeness is used only under a consent that names the parent or guardian who also consented.",
    source: `${REPORTED_2026}: additional protections for minors (a guardian's consent is our reading of them)`,
    packs: ['sag-aftra-tv-2026'],
    facts: ['task.likenessKind', 'task.performerName', 'consents'],
    occasions: ['INFERENCE_JOB', 'RECORDED_USE'],
    check: minorFinding,
  },
];

function scanReasonFinding({ task, production, consents }: PolicyFacts): Finding | null {
  if (!SCANNED_KINDS.includes(task.likenessKind) || !task.performerName) return null;
  const sameKind = consents.filter((c) => c.replicaKind === task.likenessKind);
  if (sameKind.some((c) => c.scanReason)) return null;
  return {
    message: `No ${task.likenessKind} consent of ${task.performerName} on ${production.code} records why the performer was scanned; on Audit, Consents, record the consent again with the scan reason.`,
    evidence: {
      taskId: task.id,
      likenessKind: task.likenessKind,
      performer: task.performerName,
      consents: sameKind.map((c) => ({ consentId: c.id, scanReason: c.scanReason })),
    },
  };
}

function trainingNoticeFinding({ task, production, consents }: PolicyFacts): Finding | null {
  if (!task.performerName || task.likenessKind === 'NONE') return null;
  // A licence counts as told when any consent recording it (a consent recorded again) has notice by its date.
  const told = (licensedAt: Date) =>
    consents.some(
      (c) =>
        c.trainingLicensedAt?.getTime() === licensedAt.getTime() &&
        c.trainingNoticeAt !== null &&
        c.trainingNoticeAt <= licensedAt,
    );
  const untold = consents.filter((c) => c.trainingLicensedAt && !told(c.trainingLicensedAt));
  if (untold.length === 0) return null;
  return {
    message: `${task.performerName}'s data was licensed for third-party training on ${iso(untold[0].trainingLicensedAt)} with no notice to the performer by then (${production.code}); tell the performer, then on Audit, Consents, record the consent again with the licence date and the date they were told.`,
    evidence: {
      taskId: task.id,
      performer: task.performerName,
      licences: untold.map((c) => ({
        consentId: c.id,
        trainingLicensedAt: iso(c.trainingLicensedAt),
        trainingNoticeAt: iso(c.trainingNoticeAt),
      })),
    },
  };
}

function minorFinding({ task, production, consents }: PolicyFacts): Finding | null {
  if (!consents.some((c) => c.performerMinor)) return null;
  const sameKind = consents.filter((c) => c.replicaKind === task.likenessKind);
  if (sameKind.length === 0 || sameKind.some((c) => c.guardianName)) return null;
  return {
    message: `${task.performerName} is a minor and no ${task.likenessKind} consent of theirs on ${production.code} names a parent or guardian who also consented; on Audit, Consents, record the consent again with the guardian's name.`,
    evidence: {
      taskId: task.id,
      likenessKind: task.likenessKind,
      performer: task.performerName,
      consents: sameKind.map((c) => ({
        consentId: c.id,
        performerMinor: c.performerMinor,
        guardianName: c.guardianName,
      })),
    },
  };
}
