// What an edit (EDL or OTIO timeline) contributes to a breakdown: one row per picture clip.
import { ParseResult } from './parse-result';

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
  /** Locator (EDL) or marker (OTIO) texts on the clip, in order. */
  notes: string[];
  line: number;
}

export interface EditParseResult<T extends EditShot> extends ParseResult<T> {
  /** The edit's title (EDL TITLE, OTIO timeline name), when it has one. */
  title: string | null;
}

// Avid and Resolve append the layer or track in parentheses ("ZZ100_501 (LAY3)"); the shot
// is the part before it.
export function shotCode(clipName: string): string {
  return clipName.replace(/\s*\([^()]*\)\s*$/, '').trim() || clipName.trim();
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
