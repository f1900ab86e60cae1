/**
 * The planning vocabulary (docs/design.md, "Domain"): one definition each, as a list of labels and
 * the type of one label. The labels equal the PostgreSQL enum labels (migration 1764000000001) and
 * the GraphQL enum values, which the api registers from these lists.
 */

/** How a task is done: by people, by people with AI help, or with AI output as the final result. */
export const TASK_PATHS = ['HUMAN', 'AI_ASSISTED', 'AI_FINAL'] as const;
export type TaskPath = (typeof TASK_PATHS)[number];
export const AI_PATHS: readonly TaskPath[] = ['AI_ASSISTED', 'AI_FINAL'];

/** Where a task stands; OMITTED tasks are out of the plan, DONE ones take no more weeks. */
export const TASK_STATUSES = ['PLANNED', 'IN_PROGRESS', 'IN_REVIEW', 'DONE', 'OMITTED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** What a logged human hour was spent on. */
export const TIME_ENTRY_KINDS = ['ARTIST', 'AI_OPERATOR', 'AI_REVIEW', 'REWORK', 'SUPERVISION'] as const;
export type TimeEntryKind = (typeof TIME_ENTRY_KINDS)[number];
/** Kinds that are the craft itself: on an AI task they are what is left of the baseline work. */
export const CRAFT_KINDS: readonly TimeEntryKind[] = ['ARTIST', 'REWORK', 'SUPERVISION'];
/** Kinds that exist because of the AI path: running it and reviewing its output. */
export const AI_WORK_KINDS: readonly TimeEntryKind[] = ['AI_OPERATOR', 'AI_REVIEW'];

/** `{ HUMAN: 'HUMAN', ... }`: a label list as an enum-like object (GraphQL enums are registered from it). */
export function labelsObject<const L extends string>(labels: readonly L[]): { readonly [K in L]: K } {
  return Object.fromEntries(labels.map((l) => [l, l])) as { readonly [K in L]: K };
}
