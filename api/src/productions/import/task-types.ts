// Task vocabulary the imports accept (DESIGN section 3). Kept here rather than imported from the
// planning feature so the parsers stay free of NestJS and database code.
import { readCode } from './cell-values';

export const TASK_TYPES = [
  'ROTO',
  'PAINT',
  'CLEANUP',
  'COMP',
  'MATCHMOVE',
  'FX',
  'UPSCALE',
  'DENOISE',
  'GRADE',
  'KEYING',
  'LOCALIZATION',
] as const;
export type TaskTypeCode = (typeof TASK_TYPES)[number];

export const TASK_PATHS = ['HUMAN', 'AI_ASSISTED', 'AI_FINAL'] as const;
export type TaskPath = (typeof TASK_PATHS)[number];

// Names ShotGrid and Kitsu studios commonly give the same steps, so "Compositing" from a
// Kitsu export and "Comp" from ShotGrid land on one task type.
const ALIASES: Record<string, TaskTypeCode> = {
  ROTOSCOPING: 'ROTO',
  PREP: 'PAINT',
  COMPOSITING: 'COMP',
  COMPOSITE: 'COMP',
  TRACKING: 'MATCHMOVE',
  CAMERA_TRACKING: 'MATCHMOVE',
  EFFECTS: 'FX',
  GRADING: 'GRADE',
  COLOR: 'GRADE',
  COLOUR: 'GRADE',
  KEY: 'KEYING',
  LOCALISATION: 'LOCALIZATION',
};

/** The task type a name means (code or common alias, any case), or undefined. */
export function taskTypeFromName(name: string): TaskTypeCode | undefined {
  const code = name
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return readCode(code, TASK_TYPES) ?? ALIASES[code];
}
