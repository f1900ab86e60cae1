/**
 * The names people read for the codes FrameLedger stores: one map, used by the dashboard (through
 * codeToWords) and the PDF, so a code reads the same everywhere. Codes that name a row of a table
 * (labour roles, task types) take their name from that row instead; a code missing here reads as
 * its words ("IN_PROGRESS" -> "In progress").
 */
export const CODE_NAMES: Readonly<Record<string, string>> = {
  // Policy rules (api/src/governance/policy/policy-rules.ts).
  MODEL_APPROVED: 'Approved model',
  TRAINING_DATA_DECLARED: 'Training data declared',
  LIKENESS_CONSENT: 'Likeness consent',
  SYNTHETIC_PERFORMER_NOTICE: 'Synthetic performer notice',
  AI_FINAL_SIGN_OFF: 'Sign-off of AI-final work',
  GENERATIVE_WORKER_NOTICE: 'Worker notice of generative AI',
  GENERATIVE_OUTPUT_MARKED: 'Generative output marked as AI',
  // A reviewer's reading of an exception.
  UNREVIEWED: 'Not yet reviewed',
  QUERIED: 'Queried with the production',
  // When a rule is checked.
  INFERENCE_JOB: 'Pipeline job',
  TASK_DELIVERY: 'Task delivery',
  RECORDED_USE: 'AI use recorded afterwards',
  // What kind of AI use a task is.
  TRADITIONAL: 'Assistive (traditional)',
  // What a written approval of an AI use covers.
  THIRD_PARTY_IP: 'Third-party IP',
};

const ACRONYMS = new Set(['ai', 'gpu', 'fte']);

/** A code as people read it: its name from CODE_NAMES, else its words with acronyms kept. */
export function codeName(code: string): string {
  const named = CODE_NAMES[code];
  if (named) return named;
  return code
    .toLowerCase()
    .split('_')
    .map((w, i) => (ACRONYMS.has(w) ? w.toUpperCase() : i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(' ');
}
