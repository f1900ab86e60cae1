// Task type names in imported files -> task type codes. Task types are a table studios extend
// (saveTaskType), so the import service passes the production database's list in; the parsers
// stay free of NestJS and database code. Without a list (the time-entry parser resolves against
// the database afterwards) a name passes through in code form.
import { readCode } from './cell-values';
import { listOf } from './parse-result';

export { TASK_PATHS } from '@frameledger/analytics';
export type { TaskPath } from '@frameledger/analytics';

/** A task type as the database holds it: code (ROTO) and name (Rotoscoping). */
export interface TaskTypeName {
  code: string;
  name: string;
}

const TASK_TYPE_CODE = /^[A-Z_]{2,32}$/;

// Names ShotGrid and Kitsu studios commonly give the standard steps, so "Compositing" from a
// Kitsu export and "Comp" from ShotGrid land on one task type, when the database has it.
const ALIASES: Record<string, string> = {
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

/** "Face Replacement" -> "FACE_REPLACEMENT": the form codes are written in. */
const codeForm = (name: string) =>
  name
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');

export type TaskTypeReading = { ok: true; code: string } | { ok: false; problem: string };

/**
 * The task type a name means: a code of the list, a name of the list (any case, spaces or
 * hyphens), or a common alias of a code on the list. Without a list, the alias or the name in
 * code form, if it is one.
 */
export function readTaskType(text: string, known?: readonly TaskTypeName[]): TaskTypeReading {
  const form = codeForm(text);
  if (known === undefined) {
    const code = ALIASES[form] ?? form;
    if (TASK_TYPE_CODE.test(code)) return { ok: true, code };
    return {
      ok: false,
      problem: `"${text}" is not a task type code (2 to 32 letters or underscores, such as COMP)`,
    };
  }
  const codes = known.map((t) => t.code);
  const found =
    readCode(form, codes) ??
    known.find((t) => codeForm(t.name) === form)?.code ??
    readCode(ALIASES[form] ?? '', codes);
  if (found) return { ok: true, code: found };
  const offered = codes.length > 0 ? listOf(codes) : 'none (add one with saveTaskType)';
  return { ok: false, problem: `"${text}" is not one of the task types: ${offered}` };
}
