import type { Money } from './money/money';
import type { DateInput } from './quarters/quarter';

/** How a task is done. */
export type TaskPath = 'HUMAN' | 'AI_ASSISTED' | 'AI_FINAL';

export const AI_PATHS: readonly TaskPath[] = ['AI_ASSISTED', 'AI_FINAL'];

/** What a logged human hour was spent on. */
export type TimeEntryKind = 'ARTIST' | 'AI_OPERATOR' | 'AI_REVIEW' | 'REWORK' | 'SUPERVISION';

/** Kinds that are the craft itself: on an AI task they are what is left of the baseline work. */
export const CRAFT_KINDS: readonly TimeEntryKind[] = ['ARTIST', 'REWORK', 'SUPERVISION'];
/** Kinds that exist because of the AI path: running it and reviewing its output. */
export const AI_WORK_KINDS: readonly TimeEntryKind[] = ['AI_OPERATOR', 'AI_REVIEW'];

/** Logged human time (minutes, as people log it). */
export interface TimeEntry {
  id?: string;
  taskId: string;
  role: string;
  kind: TimeEntryKind;
  workDate: DateInput;
  minutes: number;
}

/** One AI cost line: a job our pipeline ran, or an external vendor's render log. */
export interface AiRun {
  id?: string;
  taskId: string;
  wallMs: number;
  finishedAt: DateInput;
  computeCost: Money;
}
