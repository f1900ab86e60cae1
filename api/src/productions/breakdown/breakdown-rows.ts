// A breakdown file, whatever its format, as rows of shot (and at most one task each), before
// anything is checked against the database.
import { TaskPath } from '../../planning/planning.enums';
import { EditShot, ImportError, parseBreakdownCsv, parseEdl, parseOtio } from '../import';
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
  description: string;
  performerLikeness: boolean;
  task: PlannedTask | null;
}

export interface RowDefaults {
  fps?: number;
  episodeNumber?: number;
  taskTypeCode?: string;
  complexity?: number;
  path?: TaskPath;
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
  shot: EditShot & { reel?: string; recordIn?: string; recordOut?: string },
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
    description: origin.filter((t) => t !== '').join('; '),
    performerLikeness: false,
    task: defaultTask(d),
  };
}

export function readBreakdown(format: BreakdownFormat, content: string, d: RowDefaults): ReadBreakdown {
  if (format === BreakdownFormat.EDL || format === BreakdownFormat.OTIO) {
    const parsed =
      format === BreakdownFormat.EDL ? parseEdl(content, { fps: d.fps }) : parseOtio(content, { fps: d.fps });
    return { title: parsed.title, rows: parsed.rows.map((shot) => fromEdit(shot, d)), errors: parsed.errors };
  }
  const parsed = parseBreakdownCsv(content);
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
      description: row.description,
      performerLikeness: row.performerLikeness,
      task,
    };
  });
  return { title: null, rows, errors: parsed.errors };
}
