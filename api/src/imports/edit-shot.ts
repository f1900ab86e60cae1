// What an edit (EDL or OTIO timeline) contributes to a breakdown: one row per picture clip.
import { ImportError, lineError, ParseResult } from './parse-result';

export interface EditShot {
  /** Shot code, unique within the file (see shotCode / uniqueCodes). */
  code: string;
  /** The clip's name in the edit, when it has one. */
  clipName: string | null;
  /** Frames the shot occupies on the timeline, at `fps`. */
  frameCount: number;
  /** First source frame, at `fps`. */
  frameIn: number;
  /** Last source frame, inclusive, at `fps`. Differs from frameIn + frameCount - 1 under a speed change. */
  frameOut: number;
  fps: number;
  /**
   * Speed effect on the clip, as source frames per timeline frame: 2 plays at double speed, -1 in
   * reverse, 0 is a freeze frame; null when the edit applies none.
   */
  timeScalar: number | null;
  /** Locator (EDL) or marker (OTIO) texts on the clip, in order. */
  notes: string[];
  line: number;
}

export interface EditParseResult<T extends EditShot> extends ParseResult<T> {
  /** The edit's title (EDL TITLE, OTIO timeline name), when it has one. */
  title: string | null;
}

/** The caller's frame rate, checked: a rate the parser cannot count with is reported, not thrown. */
export function fpsError(fps: number): ImportError | undefined {
  if (Number.isFinite(fps) && fps > 0 && fps <= 1000) return undefined;
  return lineError(
    1,
    `the frame rate ${fps} is not a positive number of frames per second (24, 25, 29.97, ...).`,
    'fps',
  );
}

// Avid and Resolve append the layer or track in parentheses ("ZZ100_501 (LAY3)"), and a retimed
// clip its speed too ("Z686_5A (LAY2) (47.56 FPS)"); the shot is the part before them, so a clip
// keeps one code with and without a speed effect.
export function shotCode(clipName: string): string {
  return clipName.replace(/(\s*\([^()]*\))+\s*$/, '').trim() || clipName.trim();
}

/**
 * Makes codes unique in order of appearance: a second "SH010" becomes "SH010-2", so two
 * uses of one clip stay two shots the planner can merge or rename, rather than vanishing.
 */
export function uniqueCodes(codes: readonly string[]): string[] {
  const taken = new Set<string>();
  return codes.map((code) => {
    let candidate = code;
    for (let n = 2; taken.has(candidate); n++) candidate = `${code}-${n}`;
    taken.add(candidate);
    return candidate;
  });
}
