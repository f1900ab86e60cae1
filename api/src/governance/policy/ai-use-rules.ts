import type { Finding, PolicyFacts, PolicyRule } from './policy-rules';

/**
 * The rules of Netflix's partner guidance on generative AI (pack netflix-genai-2025-08), which
 * weigh the facts recorded per AI use (api/src/governance/ai-use-facts): the disclosure to the
 * distributor's contact, the five-principle check and the written approvals.
 */

export const PRINCIPLES = [
  'noUnownedMaterial',
  'noDataReuse',
  'enterpriseSecured',
  'outputTemporary',
  'noTalentReplacement',
] as const;
export type Principle = (typeof PRINCIPLES)[number];
export type PrincipleAnswer = 'YES' | 'NO' | 'UNSURE';
export type ApprovalCategory =
  'FINAL_DELIVERABLE' | 'LIKENESS' | 'PERSONAL_DATA' | 'THIRD_PARTY_IP' | 'ETHICS';

export type ChecklistFacts = Record<Principle, PrincipleAnswer> & {
  involvesPersonalData: boolean;
  involvesThirdPartyIp: boolean;
  answeredAt: Date;
};

export interface AiUseFacts {
  outputStatus: 'TEMPORARY' | 'FINAL';
  /** Disclosures to the distributor's contact made by `now`. */
  disclosures: Array<{ id: string; contact: string; disclosedAt: Date }>;
  checklist: ChecklistFacts | null;
  /** Written approvals given by `now`. */
  approvals: Array<{ id: string; category: ApprovalCategory; approver: string; approvedAt: Date }>;
}

export type EscalationState = 'NOT_ANSWERED' | 'NOT_NEEDED' | 'NEEDED' | 'APPROVED';

/** A tool's data terms, from the model registration or the vendor tool record. */
export interface DataTermsFacts {
  trainsOnInputs: 'YES' | 'NO' | 'UNKNOWN';
  /** Days inputs and outputs are kept (0: not kept); null: unknown. */
  retentionDays: number | null;
  enterpriseAgreement: boolean;
}

const worse = (a: PrincipleAnswer, b: PrincipleAnswer): PrincipleAnswer =>
  a === 'NO' || b === 'NO' ? 'NO' : a === 'UNSURE' || b === 'UNSURE' ? 'UNSURE' : 'YES';

/**
 * The answers as the tool's data terms let them stand: principle 2 (no storing, reuse or training
 * on production data) is NO where the tool trains on inputs or keeps them a day or more, and
 * UNSURE where either is unknown; principle 3 (enterprise-secured) is UNSURE without an enterprise
 * agreement. A person's answer is never raised, only lowered; without terms the answers stand.
 */
export function answersWithTerms(checklist: ChecklistFacts, terms: DataTermsFacts | null): ChecklistFacts {
  if (!terms) return checklist;
  const { trainsOnInputs, retentionDays, enterpriseAgreement } = terms;
  const dataReuse: PrincipleAnswer =
    trainsOnInputs === 'YES' || (retentionDays ?? 0) > 0
      ? 'NO'
      : trainsOnInputs === 'UNKNOWN' || retentionDays === null
        ? 'UNSURE'
        : 'YES';
  return {
    ...checklist,
    noDataReuse: worse(checklist.noDataReuse, dataReuse),
    enterpriseSecured: worse(checklist.enterpriseSecured, enterpriseAgreement ? 'YES' : 'UNSURE'),
  };
}

/**
 * Any NO or UNSURE answer (after the tool's data terms, where a tool is in view) needs escalation
 * until an ETHICS approval given at or after the answers (an approval of earlier answers does not
 * cover changed ones).
 */
export function escalationState(
  aiUse: Pick<AiUseFacts, 'checklist' | 'approvals'>,
  terms: DataTermsFacts | null = null,
): EscalationState {
  const { approvals } = aiUse;
  if (!aiUse.checklist) return 'NOT_ANSWERED';
  const checklist = answersWithTerms(aiUse.checklist, terms);
  if (PRINCIPLES.every((p) => checklist[p] === 'YES')) return 'NOT_NEEDED';
  const approved = approvals.some((a) => a.category === 'ETHICS' && a.approvedAt >= checklist.answeredAt);
  return approved ? 'APPROVED' : 'NEEDED';
}

/** The approvals output must have before it is final: always FINAL_DELIVERABLE, then what the use involves. */
export function requiredApprovals(
  likenessKind: string,
  checklist: Pick<ChecklistFacts, 'involvesPersonalData' | 'involvesThirdPartyIp'> | null,
): ApprovalCategory[] {
  return [
    'FINAL_DELIVERABLE' as const,
    ...(likenessKind !== 'NONE' ? ['LIKENESS' as const] : []),
    ...(checklist?.involvesPersonalData ? ['PERSONAL_DATA' as const] : []),
    ...(checklist?.involvesThirdPartyIp ? ['THIRD_PARTY_IP' as const] : []),
  ];
}

const NETFLIX_SOURCE =
  "Netflix, 'Using Generative AI in Content Production' (partner help centre guidance, August 2025)";

export const AI_USE_RULES: readonly PolicyRule[] = [
  {
    id: 'DISTRIBUTOR_DISCLOSURE',
    defaultSeverity: 'BLOCK',
    text: "An intended AI use is disclosed to the distributor's contact (who, when, what) before it runs.",
    source: `${NETFLIX_SOURCE}: partners disclose intended generative AI use to their Netflix contact`,
    packs: ['netflix-genai-2025-08'],
    facts: ['aiUse.disclosures'],
    occasions: ['INFERENCE_JOB', 'RECORDED_USE'],
    check: ({ task, production, aiUse, now }) =>
      aiUse.disclosures.length > 0
        ? null
        : {
            message: `Shot ${task.shotCode}'s AI use was not disclosed to ${production.code}'s distributor contact by ${now.toISOString()}; before the run, on Production, Breakdown, open "AI use and sign-off" on this task and record a disclosure to the distributor.`,
            evidence: { taskId: task.id, disclosures: 0, runAt: now.toISOString() },
          },
  },
  {
    id: 'FIVE_PRINCIPLES_CHECKED',
    defaultSeverity: 'BLOCK',
    text: "An AI use is run only after the five-principle check is answered and any NO or UNSURE answer, including one the tool's data terms force (training on inputs, retention, no enterprise agreement), is escalated and approved (ETHICS approval).",
    source: `${NETFLIX_SOURCE}: the five guiding principles; a "no" or "unsure" answer is escalated to the Netflix contact, and written approval may be required`,
    packs: ['netflix-genai-2025-08'],
    facts: ['aiUse.checklist', 'aiUse.approvals', 'toolTerms'],
    occasions: ['INFERENCE_JOB', 'RECORDED_USE'],
    check: principlesFinding,
  },
  {
    id: 'WRITTEN_APPROVAL_FOR_FINAL',
    defaultSeverity: 'BLOCK',
    text: 'AI output becomes final (or is delivered as AI-final) only with written approval for the final deliverable, and for likeness, personal data and third-party IP where the use involves them.',
    source: `${NETFLIX_SOURCE}: written approval before generated material is part of final deliverables or involves talent likeness, personal data or third-party IP`,
    packs: ['netflix-genai-2025-08'],
    facts: [
      'aiUse.outputStatus',
      'task.path',
      'task.inFinalDeliverable',
      'task.likenessKind',
      'aiUse.checklist',
      'aiUse.approvals',
    ],
    occasions: ['OUTPUT_PROMOTION', 'TASK_DELIVERY'],
    check: approvalFinding,
  },
];

function principlesFinding({ task, aiUse, toolTerms }: PolicyFacts): Finding | null {
  const state = escalationState(aiUse, toolTerms);
  if (state === 'NOT_NEEDED' || state === 'APPROVED') return null;
  if (!aiUse.checklist) {
    return {
      message: `Shot ${task.shotCode}'s AI use has no five-principle check; before the run, on Production, Breakdown, open "AI use and sign-off" on this task and answer the five-principle check.`,
      evidence: { taskId: task.id, escalation: state },
    };
  }
  const checklist = answersWithTerms(aiUse.checklist, toolTerms);
  const open = PRINCIPLES.filter((p) => checklist[p] !== 'YES');
  const byTerms = PRINCIPLES.filter((p) => checklist[p] !== aiUse.checklist![p]);
  const termsNote = byTerms.length
    ? ` (${byTerms.join(' and ')} from the tool's data terms: trains on inputs ${toolTerms!.trainsOnInputs}, retention ${toolTerms!.retentionDays ?? 'unknown'} days, enterprise agreement ${toolTerms!.enterpriseAgreement ? 'yes' : 'no'})`
    : '';
  return {
    message: `Shot ${task.shotCode}'s five-principle check answers ${open.map((p) => `${p} ${checklist[p]}`).join(', ')}${termsNote}; escalate to the distributor, then before the run, on Production, Breakdown, open "AI use and sign-off" on this task and record a written approval that covers ethics.`,
    evidence: {
      taskId: task.id,
      escalation: state,
      answers: Object.fromEntries(PRINCIPLES.map((p) => [p, checklist[p]])),
      answeredAt: checklist.answeredAt.toISOString(),
      toolTerms: toolTerms && { ...toolTerms },
    },
  };
}

function approvalFinding(facts: PolicyFacts, occasion: string): Finding | null {
  const { task, aiUse } = facts;
  const final =
    occasion === 'OUTPUT_PROMOTION' ||
    aiUse.outputStatus === 'FINAL' ||
    (task.path === 'AI_FINAL' && task.inFinalDeliverable);
  if (!final) return null;
  const required = requiredApprovals(task.likenessKind, aiUse.checklist);
  const missing = required.filter((c) => !aiUse.approvals.some((a) => a.category === c));
  if (missing.length === 0) return null;
  return {
    message: `Shot ${task.shotCode}'s AI output needs written approval (${missing.join(', ')}) before it is final; get it in writing, then on Production, Breakdown, open "AI use and sign-off" on this task and record a written approval.`,
    evidence: {
      taskId: task.id,
      required,
      missing,
      approvals: aiUse.approvals.map((a) => ({
        id: a.id,
        category: a.category,
        approvedAt: a.approvedAt.toISOString(),
      })),
    },
  };
}
