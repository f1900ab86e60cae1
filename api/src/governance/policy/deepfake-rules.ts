import type { Finding, PolicyFacts, PolicyRule } from './policy-rules';

/**
 * Article 50(4) of the EU AI Act (pack eu-ai-act-art50): deep fakes are disclosed, in evidently
 * artistic or fictional work in a way that does not hamper it, no later than first exposure
 * (50(5)). The plan is recorded per deliverable (api/src/governance/disclosure-plan).
 */
export const DEEPFAKE_RULES: readonly PolicyRule[] = [
  {
    id: 'DEEPFAKE_DISCLOSURE_PLANNED',
    defaultSeverity: 'FLAG',
    text: "Generative AI output of a person's likeness in the final deliverable is delivered only with a disclosure plan for its deliverable (its episode's, else the production's) saying where and how the audience is told, no later than first exposure.",
    source:
      "EU AI Act (Regulation (EU) 2024/1689) Article 50(4) and (5): a deployer of a deep fake discloses it, for an evidently artistic, creative, satirical or fictional work in a way that does not hamper its display or enjoyment, at the latest at first exposure. Treating generative work on a person's likeness as a deep fake is our reading",
    packs: ['eu-ai-act-art50'],
    facts: ['task.aiCategory', 'task.likenessKind', 'task.inFinalDeliverable', 'disclosurePlan'],
    occasions: ['TASK_DELIVERY'],
    check: planFinding,
  },
];

/** Generated or altered likeness of a person (a real performer's or a synthetic one) resembles someone who could seem real. */
export const isDeepfakeLike = (task: Pick<PolicyFacts['task'], 'aiCategory' | 'likenessKind'>) =>
  task.aiCategory === 'GENERATIVE' && task.likenessKind !== 'NONE';

function planFinding({ task, production, disclosurePlan }: PolicyFacts): Finding | null {
  if (!isDeepfakeLike(task) || !task.inFinalDeliverable || disclosurePlan) return null;
  return {
    message: `Shot ${task.shotCode} is generative AI output of a ${task.likenessKind} likeness in ${production.code}'s final deliverable, and no disclosure plan is recorded for its deliverable; record where and how the audience is told (setDisclosurePlan) before delivery.`,
    evidence: {
      taskId: task.id,
      aiCategory: task.aiCategory,
      likenessKind: task.likenessKind,
      inFinalDeliverable: true,
      disclosurePlan: null,
    },
  };
}
