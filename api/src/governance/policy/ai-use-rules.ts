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

/**
 * Any NO or UNSURE answer needs escalation until an ETHICS approval given at or after the answers
 * (an approval of earlier answers does not cover changed ones).
 */
export function escalationState(aiUse: Pick<AiUseFacts, 'checklist' | 'approvals'>): EscalationState {
  const { checklist, approvals } = aiUse;
  if (!checklist) return 'NOT_ANSWERED';
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
    text: 'An AI use is run only after the five-principle check is answered and any NO or UNSURE answer is escalated and approved (ETHICS approval).',
    source: `${NETFLIX_SOURCE}: the five guiding principles; a "no" or "unsure" answer is escalated to the Netflix contact, and written approval may be required`,
    packs: ['netflix-genai-2025-08'],
    facts: ['aiUse.checklist', 'aiUse.approvals'],
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

function principlesFinding({ task, aiUse }: PolicyFacts): Finding | null {
  const state = escalationState(aiUse);
  if (state === 'NOT_NEEDED' || state === 'APPROVED') return null;
  const { checklist } = aiUse;
  if (!checklist) {
    return {
      message: `Shot ${task.shotCode}'s AI use has no five-principle check; before the run, on Production, Breakdown, open "AI use and sign-off" on this task and answer the five-principle check.`,
      evidence: { taskId: task.id, escalation: state },
    };
  }
  const open = PRINCIPLES.filter((p) => checklist[p] !== 'YES');
  return {
    message: `Shot ${task.shotCode}'s five-principle check answers ${open.map((p) => `${p} ${checklist[p]}`).join(', ')}; escalate to the distributor, then before the run, on Production, Breakdown, open "AI use and sign-off" on this task and record a written approval that covers ethics.`,
    evidence: {
      taskId: task.id,
      escalation: state,
      answers: Object.fromEntries(PRINCIPLES.map((p) => [p, checklist[p]])),
      answeredAt: checklist.answeredAt.toISOString(),
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
