import type { JsonValue } from '../../platform/audit/core/canonical-json';

export const STATEMENT_FORMAT = 'frameledger/disclosure-statement/1';

/** A rule of the production's packs as it stood for one use: passed, or what it found. */
export interface RuleOutcome {
  ruleId: string;
  packs: string[];
  occasion: string;
  outcome: 'PASSED' | 'FINDING';
  severity: string;
  finding: string | null;
}

/** One generative use that reached the deliverable: an AI run (pipeline job or vendor run) on a final-deliverable task. */
export interface StatementUse {
  runId: string;
  source: string;
  episode: string | null;
  shotCode: string;
  taskId: string;
  finishedAt: string;
  tool: string | null;
  model: string;
  modelSha256: string | null;
  vendor: string | null;
  licence: string | null;
  trainingData: string | null;
  trainingDataNotes: string | null;
  useClass: string;
  useClassReason: string;
  outputStatus: string;
  likenessKind: string;
  performer: string | null;
  /** The performer's consent as the ledger judges it (NOT_NEEDED without a real performer's likeness). */
  consent: {
    standing: string;
    consentId: string | null;
    firstLikenessUseAt: string | null;
    noticeHoursBeforeFirstUse: number | null;
  };
  disclosures: Array<{ contact: string; disclosedAt: string; description: string }>;
  escalation: string;
  approvals: Array<{ category: string; approver: string; documentRef: string; approvedAt: string }>;
  /** How the output is marked: the worker's signed render manifest, or the vendor files' C2PA status. */
  marking: string;
  rules: RuleOutcome[];
  exceptions: Array<{ id: string; ruleId: string; status: string }>;
}

export interface DisclosureStatement {
  format: typeof STATEMENT_FORMAT;
  production: { id: string; code: string; title: string };
  /** The whole production, or one episode. */
  deliverable: { episodeId: string | null; label: string };
  generatedAt: string;
  packs: Array<{ id: string; title: string; source: string }>;
  /** The signed audit checkpoint taken with the statement, its generation event included. */
  audit: { treeSize: number; rootHash: string; keyId: string; checkpointSignature: string };
  uses: StatementUse[];
  /**
   * Where and how the audience is told of deepfake-like content (EU AI Act Article 50(4)): the
   * production-wide plan and, for the whole production, each episode's; for one episode, its own.
   */
  disclosurePlans: Array<{
    deliverable: string;
    episodeId: string | null;
    placements: string[];
    howTold: string;
    firstExposure: string;
    updatedAt: string;
  }>;
}

/** The statement as plain JSON, the form that is signed (canonical JSON of it). */
export const statementJson = (statement: DisclosureStatement) =>
  JSON.parse(JSON.stringify(statement)) as JsonValue;
