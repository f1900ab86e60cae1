// Shot breakdown CSV -> rows of shot (and optionally one task per row). Columns are documented
// in docs/imports.md. Frame ranges are inclusive, as VFX breakdowns and ShotGrid's cut in / cut
// out write them: 1001-1096 is 96 frames.
import { readCode, readDecimal, readWholeNumber, readYesNo, YES_NO_VALUES } from './cell-values';
import { ColumnSpec, missingColumnError, readTable, TableRow } from './csv-table';
import { SHOT_CODE_MAX } from './limits';
import { ImportError, lineError, listOf, ParseResult } from './parse-result';
import { readTaskType, TASK_PATHS, TaskPath, TaskTypeName } from './task-types';

export interface BreakdownTask {
  /** A code of the task types given, or (without them) the name in code form. */
  type: string;
  /** 1-5; null when the file leaves it to the import's default. */
  complexity: number | null;
  /** null when the file leaves it to the default (HUMAN). */
  path: TaskPath | null;
}

export interface BreakdownRow {
  line: number;
  episode: number;
  sequence: string;
  shot: string;
  /** Inclusive range; null when the row gives only frame_count. */
  frameIn: number | null;
  frameOut: number | null;
  frameCount: number;
  /** null when the file does not say: the production's rate applies. */
  fps: number | null;
  description: string;
  performerLikeness: boolean;
  task: BreakdownTask | null;
}

type Column =
  | 'episode'
  | 'sequence'
  | 'shot'
  | 'frame_in'
  | 'frame_out'
  | 'frame_count'
  | 'fps'
  | 'description'
  | 'performer_likeness'
  | 'task_type'
  | 'complexity'
  | 'path';

// The first name of each is the documented one; the others are what ShotGrid and Kitsu call it.
const COLUMNS: ColumnSpec<Column>[] = [
  { key: 'episode', names: ['episode'] },
  { key: 'sequence', names: ['sequence'] },
  { key: 'shot', names: ['shot', 'shot_code'] },
  { key: 'frame_in', names: ['frame_in', 'cut_in'] },
  { key: 'frame_out', names: ['frame_out', 'cut_out'] },
  { key: 'frame_count', names: ['frame_count', 'cut_duration', 'frames'] },
  { key: 'fps', names: ['fps'] },
  { key: 'description', names: ['description'] },
  { key: 'performer_likeness', names: ['performer_likeness'] },
  { key: 'task_type', names: ['task_type'] },
  { key: 'complexity', names: ['complexity'] },
  { key: 'path', names: ['path'] },
];

const EXPECTED =
  'episode, shot, and frame_in with frame_out or frame_count; optional sequence, fps, description, ' +
  'performer_likeness, task_type, complexity and path';

export interface BreakdownCsvOptions {
  /** The task types task_type may name (the database's); without them any code-shaped name passes. */
  taskTypes?: readonly TaskTypeName[];
}

export function parseBreakdownCsv(
  text: string,
  options: BreakdownCsvOptions = {},
): ParseResult<BreakdownRow> {
  const table = readTable(text, COLUMNS);
  const errors = [...table.errors];
  if (table.empty) return { rows: [], errors };
  const missing = missingColumns(table.columns);
  if (missing.length > 0)
    return { rows: [], errors: [...errors, ...missing.map((names) => missingColumnError(names, EXPECTED))] };

  const rows: BreakdownRow[] = [];
  const shots = new Map<string, BreakdownRow>();
  const tasks = new Map<string, BreakdownRow>();
  for (const tableRow of table.rows) {
    const row = readRow(tableRow, options, errors);
    if (row === undefined) continue;
    const shotKey = `${row.episode}\u0000${row.shot}`;
    const first = shots.get(shotKey);
    if (first && first.frameCount !== row.frameCount) {
      errors.push(
        lineError(
          row.line,
          `shot ${row.shot} of episode ${row.episode} has ${row.frameCount} frames here but ${first.frameCount} on line ${first.line}; give every row of a shot the same frames.`,
          'frame_count',
        ),
      );
      continue;
    }
    const taskKey = `${shotKey}\u0000${row.task?.type ?? ''}`;
    const twin = tasks.get(taskKey);
    if (twin) {
      const what = row.task ? `task ${row.task.type} of shot ${row.shot}` : `shot ${row.shot}`;
      errors.push(
        lineError(
          row.line,
          `${what} in episode ${row.episode} is already on line ${twin.line}; list it once.`,
          'shot',
        ),
      );
      continue;
    }
    shots.set(shotKey, first ?? row);
    tasks.set(taskKey, row);
    rows.push(row);
  }
  return { rows, errors };
}

function missingColumns(columns: Map<Column, string>): string[][] {
  const missing: string[][] = [];
  if (!columns.has('episode')) missing.push(['episode']);
  if (!columns.has('shot')) missing.push(['shot']);
  if (!columns.has('frame_count')) {
    if (!columns.has('frame_in'))
      missing.push(columns.has('frame_out') ? ['frame_in'] : ['frame_in', 'frame_count']);
    else if (!columns.has('frame_out')) missing.push(['frame_out']);
  }
  return missing;
}

function readRow(
  row: TableRow<Column>,
  options: BreakdownCsvOptions,
  errors: ImportError[],
): BreakdownRow | undefined {
  const before = errors.length;
  const cell = (column: Column) => row.cell(column) ?? '';
  const fail = (column: Column, message: string) => {
    errors.push(lineError(row.line, message, column));
    return undefined;
  };

  const episode =
    readEpisode(cell('episode')) ??
    fail('episode', `episode "${cell('episode')}" is not an episode number; write 1, 2, ... or E01.`);
  const shot = cell('shot');
  if (shot === '') fail('shot', 'shot is empty; every row needs a shot code such as SH010.');
  else if (shot.length > SHOT_CODE_MAX)
    fail('shot', `shot code "${shot}" is ${shot.length} characters; at most ${SHOT_CODE_MAX} are allowed.`);
  const frames = readFrames(cell, fail);
  const fps = optional(cell('fps'), (t) => {
    const value = readDecimal(t);
    return value !== undefined && value > 0 && value <= 1000 ? value : undefined;
  });
  if (fps === undefined)
    fail(
      'fps',
      `fps "${cell('fps')}" is not a frame rate; write a positive number such as 24, 25 or 23.976.`,
    );
  const likeness = cell('performer_likeness') === '' ? false : readYesNo(cell('performer_likeness'));
  if (likeness === undefined) {
    fail(
      'performer_likeness',
      `performer_likeness "${cell('performer_likeness')}" is not one of ${YES_NO_VALUES}.`,
    );
  }
  const task = readTask(cell, fail, options.taskTypes);

  if (errors.length > before || episode === undefined || frames === undefined || task === undefined)
    return undefined;
  return {
    line: row.line,
    episode,
    sequence: cell('sequence'),
    shot,
    ...frames,
    fps: fps ?? null,
    description: cell('description'),
    performerLikeness: likeness ?? false,
    task,
  };
}

type Cell = (column: Column) => string;
type Fail = (column: Column, message: string) => undefined;

function readEpisode(text: string): number | undefined {
  const match = /^(?:E|EP|EPISODE)?[\s_-]?(\d{1,6})$/i.exec(text);
  const number = match ? Number(match[1]) : 0;
  return number > 0 ? number : undefined;
}

// A row gives a range, a count, or both (which must agree).
function readFrames(
  cell: Cell,
  fail: Fail,
): Pick<BreakdownRow, 'frameIn' | 'frameOut' | 'frameCount'> | undefined {
  const [inText, outText, countText] = [cell('frame_in'), cell('frame_out'), cell('frame_count')];
  const whole = (column: Column, text: string) =>
    readWholeNumber(text) ??
    fail(column, `${column} "${text}" is not a frame number; write a whole number such as 1001.`);

  let range: { frameIn: number; frameOut: number } | undefined;
  if (inText !== '' || outText !== '') {
    if (inText === '' || outText === '') {
      return fail(
        inText === '' ? 'frame_in' : 'frame_out',
        'frame_in and frame_out go together; fill in both, or neither and give frame_count.',
      );
    }
    const [frameIn, frameOut] = [whole('frame_in', inText), whole('frame_out', outText)];
    if (frameIn === undefined || frameOut === undefined) return undefined;
    if (frameOut < frameIn)
      return fail(
        'frame_out',
        `frame_out ${frameOut} is before frame_in ${frameIn}; the range is inclusive, so frame_out must be at least frame_in.`,
      );
    range = { frameIn, frameOut };
  }
  if (countText === '') {
    if (range === undefined)
      return fail(
        'frame_count',
        'the row has no frames; give frame_in and frame_out (inclusive) or frame_count.',
      );
    return { ...range, frameCount: range.frameOut - range.frameIn + 1 };
  }
  const frameCount = readWholeNumber(countText);
  if (frameCount === undefined || frameCount === 0) {
    return fail(
      'frame_count',
      `frame_count "${countText}" is not a number of frames; write a whole number above 0.`,
    );
  }
  if (range && range.frameOut - range.frameIn + 1 !== frameCount) {
    const implied = range.frameOut - range.frameIn + 1;
    return fail(
      'frame_count',
      `frame_count ${frameCount} does not match frame_in ${range.frameIn} to frame_out ${range.frameOut}, which is ${implied} frames counted inclusively.`,
    );
  }
  return { frameIn: range?.frameIn ?? null, frameOut: range?.frameOut ?? null, frameCount };
}

function readTask(
  cell: Cell,
  fail: Fail,
  taskTypes: readonly TaskTypeName[] | undefined,
): BreakdownTask | null | undefined {
  const [typeText, complexityText, pathText] = [cell('task_type'), cell('complexity'), cell('path')];
  if (typeText === '') {
    if (complexityText === '' && pathText === '') return null;
    return fail('task_type', 'complexity and path describe a task; give its task_type too.');
  }
  const reading = readTaskType(typeText, taskTypes);
  const type = reading.ok ? reading.code : fail('task_type', `task_type ${reading.problem}.`);
  const complexity = optional(complexityText, (t) => {
    const value = readWholeNumber(t);
    return value !== undefined && value >= 1 && value <= 5 ? value : undefined;
  });
  if (complexity === undefined)
    fail('complexity', `complexity "${complexityText}" is not a whole number from 1 to 5.`);
  const path = optional(pathText, (t) => readCode(t, TASK_PATHS));
  if (path === undefined) fail('path', `path "${pathText}" is not one of ${listOf(TASK_PATHS)}.`);
  if (type === undefined || complexity === undefined || path === undefined) return undefined;
  return { type, complexity, path };
}

/** null for an empty cell, the value when it reads, undefined when it does not. */
function optional<T>(text: string, read: (text: string) => T | undefined): T | null | undefined {
  return text === '' ? null : read(text);
}
