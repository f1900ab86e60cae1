// A breakdown file, whatever its format, as rows of shot (and at most one task each), checked
// against what the shot table can hold but not yet against the production's data.
import { textProblem } from '../../common/text';
import { TaskPath } from '../../platform/graphql/vocabulary.enums';
import {
  EditShot,
  FRAME_MAX,
  ImportError,
  parseBreakdownCsv,
  parseEdl,
  parseOtio,
  SHOT_CODE_MAX,
  TaskTypeName,
  TIME_SCALAR_MAX,
} from '../../imports';
import { lineError } from '../../imports/parse-result';
import { BreakdownFormat } from './breakdown.types';

export interface PlannedTask {
  type: string;
  complexity: number;
  path: TaskPath;
}

export interface PlannedRow {
  line: number;
  episodeNumber: number | null;
  sequence: string;
  code: string;
  frameIn: number;
  frameOut: number;
  frameCount: number;
  fps: number;
  /** The edit's speed effect (source frames per timeline frame, 0 a freeze frame), or null. */
  timeScalar: number | null;
  description: string;
  performerLikeness: boolean;
  task: PlannedTask | null;
  /** Where a problem with the row points: its JSON path in an OTIO file. */
  path?: string;
}

export interface RowDefaults {
  fps?: number;
  episodeNumber?: number;
  taskTypeCode?: string;
  complexity?: number;
  path?: TaskPath;
  /** The production database's task types, which CSV task_type names are read against. */
  taskTypes?: readonly TaskTypeName[];
}

export interface ReadBreakdown {
  title: string | null;
  rows: PlannedRow[];
  errors: ImportError[];
}

export const DEFAULT_FPS = 24;
export const DEFAULT_COMPLEXITY = 3;
/** VFX shots are numbered from 1001, leaving handles below; edits give source timecode instead. */
export const FIRST_FRAME = 1001;

const defaultTask = (d: RowDefaults): PlannedTask | null =>
  d.taskTypeCode
    ? { type: d.taskTypeCode, complexity: d.complexity ?? DEFAULT_COMPLEXITY, path: d.path ?? TaskPath.HUMAN }
    : null;

// An edit's clip becomes a shot numbered from 1001 for its timeline length; where it came from in
// the edit goes in the description.
function fromEdit(
  shot: EditShot & { reel?: string; recordIn?: string; recordOut?: string; path?: string },
  d: RowDefaults,
): PlannedRow {
  const origin = [
    shot.clipName && shot.clipName !== shot.code ? `clip ${shot.clipName}` : '',
    shot.reel ? `reel ${shot.reel}` : '',
    shot.recordIn ? `record ${shot.recordIn}-${shot.recordOut}` : '',
    ...shot.notes,
  ];
  return {
    line: shot.line,
    episodeNumber: d.episodeNumber ?? null,
    sequence: '',
    code: shot.code,
    frameIn: FIRST_FRAME,
    frameOut: FIRST_FRAME + shot.frameCount - 1,
    frameCount: shot.frameCount,
    fps: shot.fps,
    timeScalar: shot.timeScalar,
    description: origin.filter((t) => t !== '').join('; '),
    performerLikeness: false,
    task: defaultTask(d),
    path: shot.path,
  };
}

export function readBreakdown(format: BreakdownFormat, content: string, d: RowDefaults): ReadBreakdown {
  const read = parse(format, content, d);
  const errors = [...read.errors];
  const rows = read.rows.filter((row) => withinLimits(row, format, errors));
  // The title goes into the audit event; an OTIO name may escape a NUL (\u0000) PostgreSQL refuses.
  const titleProblem = read.title === null ? undefined : textProblem('title', read.title, Infinity);
  if (titleProblem) errors.push({ line: 1, field: '$.name', message: `$.name: ${titleProblem}` });
  errors.sort((a, b) => a.line - b.line);
  return { title: titleProblem ? null : read.title, rows, errors };
}

function parse(format: BreakdownFormat, content: string, d: RowDefaults): ReadBreakdown {
  if (format === BreakdownFormat.EDL || format === BreakdownFormat.OTIO) {
    const parsed =
      format === BreakdownFormat.EDL ? parseEdl(content, { fps: d.fps }) : parseOtio(content, { fps: d.fps });
    return { title: parsed.title, rows: parsed.rows.map((shot) => fromEdit(shot, d)), errors: parsed.errors };
  }
  const parsed = parseBreakdownCsv(content, { taskTypes: d.taskTypes });
  const rows = parsed.rows.map((row): PlannedRow => {
    const frameIn = row.frameIn ?? FIRST_FRAME;
    const task = row.task
      ? {
          type: row.task.type,
          complexity: row.task.complexity ?? d.complexity ?? DEFAULT_COMPLEXITY,
          path: (row.task.path as TaskPath | null) ?? d.path ?? TaskPath.HUMAN,
        }
      : defaultTask(d);
    return {
      line: row.line,
      episodeNumber: row.episode,
      sequence: row.sequence,
      code: row.shot,
      frameIn,
      frameOut: row.frameOut ?? frameIn + row.frameCount - 1,
      frameCount: row.frameCount,
      fps: row.fps ?? d.fps ?? DEFAULT_FPS,
      timeScalar: null,
      description: row.description,
      performerLikeness: row.performerLikeness,
      task,
    };
  });
  return { title: null, rows, errors: parsed.errors };
}

/**
 * A row the shot table could not hold is a problem on its line in the dry run, rather than a
 * failed commit: text PostgreSQL refuses (a NUL), a code over 64 characters (a long clip name, or
 * one made unique with "-2"), a frame past the int columns (an OTIO clip of 2.5e9 frames, a
 * 12-digit frame_in), a speed beyond the time_scalar column.
 */
function withinLimits(row: PlannedRow, format: BreakdownFormat, errors: ImportError[]): boolean {
  const problem = (field: string, message: string) => {
    errors.push(
      row.path === undefined
        ? lineError(row.line, message, field)
        : { line: row.line, field: row.path, message: `${row.path}: ${message}` },
    );
    return false;
  };
  // JSON escapes can put a NUL or half a surrogate pair in an OTIO name, which text columns refuse.
  const unstorable =
    textProblem('shot code', row.code, Infinity) ?? textProblem('description', row.description, Infinity);
  if (unstorable) return problem('shot', unstorable);
  const what = format === BreakdownFormat.CSV ? 'shot code' : 'the shot code made from the clip';
  if (row.code.length > SHOT_CODE_MAX) {
    return problem(
      'shot',
      `${what} "${row.code.slice(0, 80)}${row.code.length > 80 ? '...' : ''}" is ${row.code.length} characters; a shot code has at most ${SHOT_CODE_MAX}, so shorten the name.`,
    );
  }
  const largest = Math.max(row.frameIn, row.frameOut, row.frameCount);
  if (!(largest <= FRAME_MAX)) {
    const numbered =
      row.frameCount === row.frameOut - row.frameIn + 1 ? ` (frames ${row.frameIn} to ${row.frameOut})` : '';
    return problem(
      'frame_count',
      `the shot is ${row.frameCount} frames${numbered}; frame numbers stop at ${FRAME_MAX.toLocaleString('en-US')}, so check the clip's duration and rate.`,
    );
  }
  if (row.timeScalar !== null && !(Math.abs(row.timeScalar) <= TIME_SCALAR_MAX)) {
    return problem(
      'speed',
      `the speed effect plays ${row.timeScalar} source frames a timeline frame; at most ${TIME_SCALAR_MAX} either way is recorded, so check the effect.`,
    );
  }
  return true;
}
