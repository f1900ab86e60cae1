import type { TaskPath } from '@frameledger/analytics';
import { JsonValue } from '../../platform/audit/core/canonical-json';
import { AI_USE_RULES, AiUseFacts, DataTermsFacts } from './ai-use-rules';
import { DEEPFAKE_RULES } from './deepfake-rules';
import { PERFORMER_TERMS_2026 } from './performer-terms-2026';
import { RulePackId } from './rule-packs';

/**
 * BLOCK refuses, FLAG opens an exception, OFF is not evaluated at all: the default of rules whose
 * terms are reported but not confirmed from a published text, until a production turns them on.
 */
export type Severity = 'BLOCK' | 'FLAG' | 'OFF';
/**
 * When a rule is checked: before an AI job runs on a task, when a task is marked delivered, or
 * after the fact for AI use recorded from elsewhere (a vendor's render log, an import), which
 * there is nothing left to refuse; or when a task's AI output is promoted from temporary to final.
 */
export type Occasion = 'INFERENCE_JOB' | 'TASK_DELIVERY' | 'RECORDED_USE' | 'OUTPUT_PROMOTION';

export type RuleId =
  | 'MODEL_APPROVED'
  | 'TRAINING_DATA_DECLARED'
  | 'LIKENESS_CONSENT'
  | 'SYNTHETIC_PERFORMER_NOTICE'
  | 'AI_FINAL_SIGN_OFF'
  | 'GENERATIVE_WORKER_NOTICE'
  | 'GENERATIVE_OUTPUT_MARKED'
  | 'DISTRIBUTOR_DISCLOSURE'
  | 'FIVE_PRINCIPLES_CHECKED'
  | 'WRITTEN_APPROVAL_FOR_FINAL'
  | 'PERFORMER_SCAN_REASON'
  | 'PERFORMER_TRAINING_LICENCE_NOTICE'
  | 'MINOR_GUARDIAN_CONSENT'
  | 'PERFORMER_MODEL_SCOPED'
  | 'DEEPFAKE_DISCLOSURE_PLANNED';

/** Everything the rules look at, loaded in the caller's transaction (policy-facts.repository.ts). */
export interface PolicyFacts {
  now: Date;
  production: { id: string; code: string; guildCovered: boolean };
  task: {
    id: string;
    shotCode: string;
    likenessKind: string;
    /** The task's performer, else the shot's. */
    performerName: string | null;
    /** The task's AI category, else its task type's default. */
    aiCategory: 'GENERATIVE' | 'TRADITIONAL';
    path: TaskPath;
    status: string;
    inFinalDeliverable: boolean;
    signedOffAt: Date | null;
    /** When the last AI run on the task finished; null before any. */
    lastAiRunAt: Date | null;
  };
  /** The job's model; null on TASK_DELIVERY. */
  model: { id: string; name: string; status: string; trainingData: string } | null;
  /**
   * The data terms of the tool the use runs in: the vendor tool's for a vendor run, the model
   * registration's for a job; null where no tool is in view (a delivery, a promotion).
   */
  toolTerms: DataTermsFacts | null;
  /** The job's model when trained on a performer's likeness: the one production it may run on. */
  modelScope: { performerName: string; productionId: string; productionCode: string } | null;
  /** Consents of the task's performer on this production. */
  consents: Array<{
    id: string;
    replicaKind: string;
    signedAt: Date;
    noticeGivenAt: Date;
    /** Why the performer was scanned, as the consent records it; null when it records none. */
    scanReason: string | null;
    performerMinor: boolean;
    /** The parent or guardian who also consented (minors only). */
    guardianName: string | null;
    /** When the performer's data was licensed for third-party AI training; null: not licensed. */
    trainingLicensedAt: Date | null;
    /** When the performer was told of that licence. */
    trainingNoticeAt: Date | null;
  }>;
  /** The first AI use of the performer's likeness on this production (now, when this job is the first). */
  firstLikenessUseAt: Date;
  /** Union notices covering this task (its own or production-wide) given by now. */
  unionNotices: Array<{ id: string; givenAt: Date }>;
  /** Worker notices of the production given by now. */
  workerNotices: Array<{ id: string; givenAt: Date }>;
  /**
   * The files delivered by vendors' AI runs on the task, with what their C2PA credentials said when
   * uploaded. FrameLedger's own renders are not listed: the worker signs a manifest into each.
   */
  vendorOutputs: Array<{ runId: string; fileId: string; c2paStatus: string }>;
  /** Vendors' runs on the task recorded with no output file: nothing shows their output is marked. */
  vendorRunsWithoutFiles: Array<{ runId: string }>;
  /** The disclosure plan of the task's deliverable: its episode's, else the production's; null when none. */
  disclosurePlan: { id: string; episodeId: string | null; placements: string[] } | null;
  /** The task's AI use as recorded for distributor guidance (ai-use-rules.ts). */
  aiUse: AiUseFacts;
}

export interface Finding {
  message: string;
  /** The facts the rule weighed, so a reviewer can check the finding by hand. */
  evidence: { [key: string]: JsonValue };
}

export interface PolicyRule {
  id: RuleId;
  defaultSeverity: Severity;
  /** What the rule requires, in one sentence. */
  text: string;
  /** The agreement or policy it comes from. */
  source: string;
  /** The packs it belongs to (rule-packs.ts); it applies to a production that chose any of them. */
  packs: readonly RulePackId[];
  /** The facts it weighs, as paths into PolicyFacts, for the rule table and reviewers. */
  facts: readonly string[];
  occasions: readonly Occasion[];
  /** A finding when the facts break the rule, else null. */
  check(facts: PolicyFacts, occasion: Occasion): Finding | null;
}

export const NOTICE_HOURS = 48;
/** Likeness kinds of a real performer, which need their consent (a synthetic performer needs a union notice). */
export const CONSENT_LIKENESS_KINDS = [
  'EMPLOYMENT_REPLICA',
  'INDEPENDENT_REPLICA',
  'BACKGROUND_REPLICA',
  'DIGITAL_ALTERATION',
];

/** C2PA credentials present; UNVERIFIED only means the signer is not on a trust list, the marking is there. */
const MARKED_C2PA = ['VERIFIED', 'UNVERIFIED'];

const iso = (d: Date | null) => (d ? d.toISOString() : null);
/** Whole hours and hundredths, rounded down so 47.999 hours never reads as 48. */
const hoursBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / 36_000) / 100;

export const POLICY_RULES: readonly PolicyRule[] = [
  {
    id: 'MODEL_APPROVED',
    defaultSeverity: 'BLOCK',
    text: 'A model runs on production work only after an admin has approved it.',
    source: 'FrameLedger model approval policy (studio AI governance)',
    packs: ['frameledger-core'],
    facts: ['model.status'],
    occasions: ['INFERENCE_JOB', 'RECORDED_USE'],
    check: ({ model }) =>
      model && model.status !== 'APPROVED'
        ? {
            message: `Model ${model.name} is ${model.status}, not APPROVED; an admin must approve it before it runs on production work.`,
            evidence: { modelId: model.id, model: model.name, modelStatus: model.status },
          }
        : null,
  },
  {
    id: 'TRAINING_DATA_DECLARED',
    defaultSeverity: 'BLOCK',
    text: 'On a guild-covered production a model must declare where its training data came from (not UNKNOWN).',
    source:
      'FrameLedger policy for guild-covered productions, in support of the SAG-AFTRA 2023 and WGA 2023 AI terms (neither agreement states this requirement as such)',
    packs: ['frameledger-core'],
    facts: ['production.guildCovered', 'model.trainingData'],
    occasions: ['INFERENCE_JOB', 'RECORDED_USE'],
    check: ({ model, production }) =>
      model && production.guildCovered && model.trainingData === 'UNKNOWN'
        ? {
            message: `Model ${model.name} declares its training data as UNKNOWN, which ${production.code} (guild-covered) does not accept; record the model's training-data provenance first.`,
            evidence: {
              modelId: model.id,
              model: model.name,
              trainingData: model.trainingData,
              guildCovered: true,
            },
          }
        : null,
  },
  {
    id: 'LIKENESS_CONSENT',
    defaultSeverity: 'BLOCK',
    text: `A task using a performer's likeness needs that performer's signed consent for the production, with notice given at least ${NOTICE_HOURS} hours before the first use.`,
    source: 'SAG-AFTRA 2023 TV/Theatrical Agreement: digital replicas and digital alteration',
    packs: ['sag-aftra-tv-2023', 'sag-aftra-tv-2026'],
    facts: ['task.likenessKind', 'task.performerName', 'consents', 'firstLikenessUseAt'],
    occasions: ['INFERENCE_JOB', 'RECORDED_USE'],
    check: (facts) =>
      CONSENT_LIKENESS_KINDS.includes(facts.task.likenessKind) ? likenessFinding(facts) : null,
  },
  {
    id: 'SYNTHETIC_PERFORMER_NOTICE',
    defaultSeverity: 'BLOCK',
    text: "A synthetic performer needs a notice to the performers' union recorded before use.",
    source:
      'SAG-AFTRA 2023 TV/Theatrical Agreement: synthetic performers (notice and opportunity to bargain)',
    packs: ['sag-aftra-tv-2023', 'sag-aftra-tv-2026'],
    facts: ['task.likenessKind', 'unionNotices'],
    occasions: ['INFERENCE_JOB', 'RECORDED_USE'],
    check: ({ task, production, unionNotices }) =>
      task.likenessKind === 'SYNTHETIC_PERFORMER' && unionNotices.length === 0
        ? {
            message: `Shot ${task.shotCode} uses a synthetic performer but no union notice is recorded for it on ${production.code}; give the performers' union notice, then on Audit, Policy exceptions, open "Record the union notice" on this exception and enter the union told and the date.`,
            evidence: { taskId: task.id, likenessKind: task.likenessKind, unionNotices: 0 },
          }
        : null,
  },
  {
    id: 'PERFORMER_MODEL_SCOPED',
    defaultSeverity: 'BLOCK',
    text: "A model trained on a performer's likeness runs only on the production named when it was registered.",
    source:
      "FrameLedger policy: a performer's consent to a digital replica is given for one production (SAG-AFTRA 2023 TV/Theatrical Agreement, digital replicas), so a model trained on their likeness is kept to it",
    packs: ['frameledger-core'],
    facts: ['modelScope', 'production.id'],
    occasions: ['INFERENCE_JOB', 'RECORDED_USE'],
    check: ({ model, modelScope, production, task }) =>
      model && modelScope && modelScope.productionId !== production.id
        ? {
            message: `Model ${model.name} is trained on ${modelScope.performerName}'s likeness for ${modelScope.productionCode} only and cannot run on ${production.code}; use a model registered for ${production.code}.`,
            evidence: {
              taskId: task.id,
              modelId: model.id,
              performer: modelScope.performerName,
              scopedProductionId: modelScope.productionId,
              scopedProductionCode: modelScope.productionCode,
              productionId: production.id,
            },
          }
        : null,
  },
  {
    id: 'AI_FINAL_SIGN_OFF',
    defaultSeverity: 'BLOCK',
    text: 'AI-final output in the final deliverable is delivered only with a human sign-off given after the last AI render.',
    source: 'FrameLedger delivery policy (human accountability for AI-final output)',
    packs: ['frameledger-core'],
    facts: ['task.path', 'task.inFinalDeliverable', 'task.status', 'task.signedOffAt', 'task.lastAiRunAt'],
    occasions: ['INFERENCE_JOB', 'TASK_DELIVERY'],
    check: signOffFinding,
  },
  {
    id: 'GENERATIVE_WORKER_NOTICE',
    defaultSeverity: 'FLAG',
    text: "Generative AI on a guild-covered production needs a notice to the crew's unions recorded before use.",
    source: 'IATSE Basic Agreement 2024 and Animation Guild 2024: notice and consultation on generative AI',
    packs: ['iatse-ba-2024', 'tag-2024'],
    facts: ['production.guildCovered', 'task.aiCategory', 'workerNotices'],
    occasions: ['INFERENCE_JOB', 'RECORDED_USE'],
    check: ({ task, production, workerNotices }) =>
      production.guildCovered && task.aiCategory === 'GENERATIVE' && workerNotices.length === 0
        ? {
            message: `Shot ${task.shotCode} uses generative AI on ${production.code} (guild-covered) but no worker notice is recorded; on Audit, Policy exceptions, open "Record the worker notice" on this exception and enter the union told and the date.`,
            evidence: { taskId: task.id, aiCategory: task.aiCategory, guildCovered: true, workerNotices: 0 },
          }
        : null,
  },
  {
    id: 'GENERATIVE_OUTPUT_MARKED',
    defaultSeverity: 'FLAG',
    text: "A generative task is delivered only when every vendor's AI run on it left files and every such file carries C2PA content credentials marking it as AI output; assistive (traditional) use is exempt.",
    source:
      'EU AI Act (Regulation (EU) 2024/1689) Article 50(2): machine-readable marking of generative output',
    packs: ['eu-ai-act-art50'],
    facts: ['task.aiCategory', 'vendorOutputs', 'vendorRunsWithoutFiles'],
    occasions: ['TASK_DELIVERY'],
    check: markingFinding,
  },
  ...DEEPFAKE_RULES,
  ...AI_USE_RULES,
  ...PERFORMER_TERMS_2026,
];

export type ConsentStanding = 'MISSING' | 'SIGNED_AFTER_FIRST_USE' | 'NOTICE_UNDER_48H' | 'OK';

export interface ConsentFacts {
  id: string;
  signedAt: Date;
  noticeGivenAt: Date;
}

/**
 * Where a performer stands for one likeness use, given their consents of that replica kind:
 * the best consent signed by first use, and the hours of notice it gave before that use.
 */
export function consentStanding(
  consents: readonly ConsentFacts[],
  firstUseAt: Date,
): { standing: ConsentStanding; best: ConsentFacts | null; noticeHours: number | null } {
  if (consents.length === 0) return { standing: 'MISSING', best: null, noticeHours: null };
  const inTime = consents.filter((c) => c.signedAt <= firstUseAt);
  const pool = inTime.length > 0 ? inTime : consents;
  const best = pool.reduce((a, b) => (b.noticeGivenAt < a.noticeGivenAt ? b : a));
  const noticeHours = hoursBetween(best.noticeGivenAt, firstUseAt);
  if (inTime.length === 0) return { standing: 'SIGNED_AFTER_FIRST_USE', best, noticeHours };
  return { standing: noticeHours < NOTICE_HOURS ? 'NOTICE_UNDER_48H' : 'OK', best, noticeHours };
}

function likenessFinding({ task, production, consents, firstLikenessUseAt }: PolicyFacts): Finding | null {
  const who = task.performerName;
  const base = {
    taskId: task.id,
    likenessKind: task.likenessKind,
    performer: who,
    firstUseAt: iso(firstLikenessUseAt),
  };
  if (!who) {
    return {
      message: `Shot ${task.shotCode} uses a performer likeness but names no performer; name the performer on the task so the consent can be matched.`,
      evidence: base,
    };
  }
  const sameKind = consents.filter((c) => c.replicaKind === task.likenessKind);
  const { standing, noticeHours } = consentStanding(sameKind, firstLikenessUseAt);
  const evidence = {
    ...base,
    consents: sameKind.map((c) => ({
      consentId: c.id,
      signedAt: iso(c.signedAt),
      noticeGivenAt: iso(c.noticeGivenAt),
      noticeHoursBeforeFirstUse: hoursBetween(c.noticeGivenAt, firstLikenessUseAt),
    })),
    requiredNoticeHours: NOTICE_HOURS,
  };
  const messages: Record<ConsentStanding, string | null> = {
    MISSING: `No consent from ${who} for ${task.likenessKind} on ${production.code}; record the performer's signed consent before using the likeness.`,
    SIGNED_AFTER_FIRST_USE: `${who}'s consent for ${task.likenessKind} on ${production.code} was signed after the first use (${iso(firstLikenessUseAt)}).`,
    NOTICE_UNDER_48H: `${who} was given notice ${noticeHours} hours before the first use of the likeness on ${production.code}; SAG-AFTRA 2023 requires at least ${NOTICE_HOURS} hours.`,
    OK: null,
  };
  const message = messages[standing];
  return message ? { message, evidence } : null;
}

function markingFinding({ task, vendorOutputs, vendorRunsWithoutFiles }: PolicyFacts): Finding | null {
  // Article 50(2) exempts systems that only assist standard editing: the task's category says which.
  if (task.aiCategory !== 'GENERATIVE') return null;
  const unmarked = vendorOutputs.filter((o) => !MARKED_C2PA.includes(o.c2paStatus));
  const fileless = vendorRunsWithoutFiles.length;
  if (unmarked.length === 0 && fileless === 0) return null;
  const problems = [
    unmarked.length &&
      `${unmarked.length} of the files from vendors' runs on it carry no valid C2PA credentials (${[...new Set(unmarked.map((o) => o.c2paStatus))].join(', ')})`,
    fileless &&
      `${fileless} vendor run${fileless === 1 ? ' was' : 's were'} recorded with no output file, so nothing shows ${fileless === 1 ? 'its' : 'their'} output is marked`,
  ].filter(Boolean);
  return {
    message: `Shot ${task.shotCode} is generative AI output, but ${problems.join('; and ')}; upload the vendor's marked render before delivery.`,
    evidence: {
      taskId: task.id,
      aiCategory: task.aiCategory,
      vendorOutputs: vendorOutputs.map((o) => ({ ...o })),
      unmarked: unmarked.length,
      vendorRunsWithoutFiles: vendorRunsWithoutFiles.map((r) => r.runId),
    },
  };
}

function signOffFinding({ task }: PolicyFacts, occasion: Occasion): Finding | null {
  if (task.path !== 'AI_FINAL' || !task.inFinalDeliverable) return null;
  const evidence = {
    taskId: task.id,
    path: task.path,
    status: task.status,
    inFinalDeliverable: true,
    signedOffAt: iso(task.signedOffAt),
    lastAiRunAt: iso(task.lastAiRunAt),
  };
  if (occasion === 'INFERENCE_JOB') {
    // A new render would replace delivered output that a person signed off (or never did).
    return task.status === 'DONE'
      ? {
          message: `Shot ${task.shotCode} is delivered as AI-final output; reopen the task before a new AI job replaces what was signed off.`,
          evidence,
        }
      : null;
  }
  if (!task.signedOffAt) {
    return {
      message: `Shot ${task.shotCode} is AI-final output in the final deliverable with no human sign-off; before delivery, on Production, Breakdown, open "AI use and sign-off" on this task and sign off the AI-final output.`,
      evidence,
    };
  }
  if (task.lastAiRunAt && task.signedOffAt < task.lastAiRunAt) {
    return {
      message: `Shot ${task.shotCode} was signed off before its last AI render (${iso(task.lastAiRunAt)}); sign off the new output before delivery.`,
      evidence,
    };
  }
  return null;
}

/** Whether a rule applies to a production that chose these packs. */
export const ruleApplies = (rule: PolicyRule, chosen: readonly RulePackId[]) =>
  rule.packs.some((pack) => chosen.includes(pack));

/** A production's severity for a rule: its own setting, else the rule's default. */
export const severityOf = (rule: PolicyRule, own: ReadonlyMap<RuleId, Severity>): Severity =>
  own.get(rule.id) ?? rule.defaultSeverity;

/**
 * The rules evaluated on an occasion for a production with these packs and severities: those of
 * its packs that check the occasion and that it has not turned OFF (or left OFF by default).
 */
export const rulesInForce = (
  occasion: Occasion,
  packs: readonly RulePackId[],
  own: ReadonlyMap<RuleId, Severity>,
): PolicyRule[] =>
  POLICY_RULES.filter(
    (rule) =>
      rule.occasions.includes(occasion) && ruleApplies(rule, packs) && severityOf(rule, own) !== 'OFF',
  );

export function ruleById(id: string): PolicyRule | undefined {
  return POLICY_RULES.find((rule) => rule.id === id);
}
