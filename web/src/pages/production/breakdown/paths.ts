import type { TaskPath, TaskStatus } from '../../../gql/graphql';
import type { Tone } from '../../../ui/Badge';

export const PATHS: TaskPath[] = ['HUMAN', 'AI_ASSISTED', 'AI_FINAL'];
export const STATUSES: TaskStatus[] = ['PLANNED', 'IN_PROGRESS', 'IN_REVIEW', 'DONE', 'OMITTED'];

/** Paths told apart by word and mark: human work neutral, AI-assisted informational, AI-final flagged. */
export const pathTone = (path: TaskPath): Tone =>
  path === 'HUMAN' ? 'neutral' : path === 'AI_ASSISTED' ? 'info' : 'warn';
