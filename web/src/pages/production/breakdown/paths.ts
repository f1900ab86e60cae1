import type { TaskPath } from '@frameledger/analytics';
import type { Tone } from '../../../ui/Badge';

/** Paths told apart by word and mark: human work neutral, AI-assisted informational, AI-final flagged. */
export const pathTone = (path: TaskPath): Tone =>
  path === 'HUMAN' ? 'neutral' : path === 'AI_ASSISTED' ? 'info' : 'warn';
