// OpenTimelineIO JSON (.otio) -> shots. Reads a Timeline.1: its Stack of Tracks; each enabled
// clip on an enabled Video track is a shot. Gaps and transitions are read past: in OTIO a
// transition overlaps its neighbours' handles and does not change their lengths, so a clip's
// frame count is its source_range duration (or, without one, its media's available_range).
//
// Counting rate: options.fps, else the timeline's global_start_time rate, else the first video
// clip's rate, else 24. A clip at another rate is converted and rounded to whole frames.
import { EditParseResult, EditShot, fpsError, shotCode, uniqueCodes } from './edit-shot';
import { ImportError, lineError } from './parse-result';
import { jsonPathError, parseJson } from './json';

export interface OtioShot extends EditShot {
  /** Name of the track the clip is on. */
  track: string;
  /** JSON path of the clip in the file. */
  path: string;
}

export interface OtioOptions {
  fps?: number;
}

interface RationalTime {
  value: number;
  rate: number;
}

interface FoundClip {
  path: string;
  name: string | null;
  track: string;
  start: RationalTime;
  duration: RationalTime;
  notes: string[];
}

type Json = Record<string, unknown>;

const DESCRIPTIONS: Record<string, string> = {
  SerializableCollection: 'a collection (a bin of several items)',
  Clip: 'a single clip',
  Track: 'a single track',
  Stack: 'a stack of tracks',
};

export function parseOtio(text: string, options: OtioOptions = {}): EditParseResult<OtioShot> {
  const expected = 'an OpenTimelineIO .otio file holding a Timeline (OTIO_SCHEMA "Timeline.1") is expected';
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const message = `the file is not JSON (${parsed.reason}); ${expected}.`;
    return { title: null, rows: [], errors: [lineError(parsed.line, message)] };
  }
  const root = parsed.value;
  const schema = isObject(root) && typeof root.OTIO_SCHEMA === 'string' ? root.OTIO_SCHEMA : undefined;
  if (!isObject(root) || schema === undefined) {
    const message = `the top level has no OTIO_SCHEMA, so this JSON is not OpenTimelineIO; ${expected}.`;
    return { title: null, rows: [], errors: [jsonPathError('$', message)] };
  }
  const kind = schema.split('.')[0];
  if (kind !== 'Timeline') {
    const what = DESCRIPTIONS[kind] ?? 'an OpenTimelineIO object';
    const message = `the file is ${what} ("${schema}"), not a Timeline; export the timeline itself, whose OTIO_SCHEMA is "Timeline.1".`;
    return { title: null, rows: [], errors: [jsonPathError('$.OTIO_SCHEMA', message)] };
  }

  const errors: ImportError[] = [];
  const clips = findClips(root, errors);
  const globalStart = readTime(root.global_start_time);
  const fps = options.fps ?? globalStart?.rate ?? clips[0]?.duration.rate ?? 24;
  const badFps = fpsError(fps);
  if (badFps) return { title: null, rows: [], errors: [...errors, badFps] };
  const shots = clips.flatMap((clip) => toShot(clip, fps, errors));
  const codes = uniqueCodes(shots.map((s, i) => (s.clipName ? shotCode(s.clipName) : `CLIP-${i + 1}`)));
  return {
    title: typeof root.name === 'string' && root.name !== '' ? root.name : null,
    rows: shots.map((s, i) => ({ ...s, code: codes[i] })),
    errors,
  };
}

function findClips(timeline: Json, errors: ImportError[]): FoundClip[] {
  const stack = timeline.tracks;
  if (!isObject(stack) || kindOf(stack) !== 'Stack' || !Array.isArray(stack.children)) {
    errors.push(
      jsonPathError(
        '$.tracks',
        'a Timeline needs "tracks": a Stack.1 whose "children" list holds its Track.1 objects.',
      ),
    );
    return [];
  }
  const clips: FoundClip[] = [];
  stack.children.forEach((track: unknown, t) => {
    const trackPath = `$.tracks.children[${t}]`;
    if (!isObject(track) || kindOf(track) !== 'Track' || !Array.isArray(track.children)) {
      errors.push(
        jsonPathError(trackPath, 'a Stack\'s children must be Track.1 objects with a "children" list.'),
      );
      return;
    }
    if (track.enabled === false || track.kind !== 'Video') return; // audio and muted tracks hold no shots
    const trackName = typeof track.name === 'string' ? track.name : `V${t + 1}`;
    track.children.forEach((item: unknown, i) => {
      const path = `${trackPath}.children[${i}]`;
      const kind = kindOf(item);
      if (kind === 'Gap' || kind === 'Transition') return;
      if (kind === 'Clip' && isObject(item)) {
        if (item.enabled === false) return;
        const clip = readClip(item, path, trackName, errors);
        if (clip) clips.push(clip);
      } else if (kind === 'Stack' || kind === 'Track') {
        errors.push(
          jsonPathError(
            path,
            'nested stacks and tracks (compound clips) are not read; flatten them in the editor before export.',
          ),
        );
      } else {
        errors.push(jsonPathError(path, 'a track item must be a Clip, Gap or Transition.'));
      }
    });
  });
  return clips;
}

function readClip(clip: Json, path: string, track: string, errors: ImportError[]): FoundClip | undefined {
  const name = typeof clip.name === 'string' && clip.name.trim() !== '' ? clip.name.trim() : null;
  const [rangePath, range] = clipRange(clip, path);
  if (range === undefined) {
    errors.push(
      jsonPathError(
        path,
        `clip ${name ? `"${name}" ` : ''}has neither a source_range nor media with an available_range, so its length is unknown.`,
      ),
    );
    return undefined;
  }
  const start = isObject(range) ? readTime(range.start_time) : undefined;
  const duration = isObject(range) ? readTime(range.duration) : undefined;
  if (start === undefined || duration === undefined) {
    errors.push(
      jsonPathError(
        rangePath,
        'a TimeRange needs "start_time" and "duration", each a RationalTime with a numeric "value" and a positive "rate".',
      ),
    );
    return undefined;
  }
  const markers = Array.isArray(clip.markers) ? clip.markers : [];
  const notes = markers.flatMap((m: unknown) =>
    isObject(m) && typeof m.name === 'string' && m.name !== '' ? [m.name] : [],
  );
  return { path, name, track, start, duration, notes };
}

// OTIO's rule: the trimmed source_range if set, otherwise the active media reference's
// available_range (Clip.2 keeps references in a map keyed by active_media_reference_key).
function clipRange(clip: Json, path: string): [string, unknown] {
  if (clip.source_range != null) return [`${path}.source_range`, clip.source_range];
  const key =
    typeof clip.active_media_reference_key === 'string' ? clip.active_media_reference_key : 'DEFAULT_MEDIA';
  const [refPath, reference] = isObject(clip.media_references)
    ? [`${path}.media_references.${key}`, clip.media_references[key]]
    : [`${path}.media_reference`, clip.media_reference];
  const available = isObject(reference) ? reference.available_range : undefined;
  return [`${refPath}.available_range`, available ?? undefined];
}

function toShot(clip: FoundClip, fps: number, errors: ImportError[]): Omit<OtioShot, 'code'>[] {
  const frameCount = toFrames(clip.duration, fps);
  if (frameCount < 0) {
    errors.push(
      jsonPathError(
        clip.path,
        `clip "${clip.name ?? ''}" has a negative duration; a clip's duration must be zero or more.`,
      ),
    );
    return [];
  }
  if (frameCount === 0) return [];
  const frameIn = toFrames(clip.start, fps);
  return [
    {
      clipName: clip.name,
      frameCount,
      frameIn,
      frameOut: frameIn + frameCount - 1,
      fps,
      notes: clip.notes,
      line: 1,
      track: clip.track,
      path: clip.path,
    },
  ];
}

function toFrames(time: RationalTime, fps: number): number {
  return Math.round((time.value * fps) / time.rate);
}

function readTime(node: unknown): RationalTime | undefined {
  if (!isObject(node)) return undefined;
  const { value, rate } = node;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if (typeof rate !== 'number' || !(rate > 0)) return undefined;
  return { value, rate };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "Clip.2" -> "Clip": versions of a schema share their meaning for what we read. */
function kindOf(node: unknown): string | undefined {
  return isObject(node) && typeof node.OTIO_SCHEMA === 'string' ? node.OTIO_SCHEMA.split('.')[0] : undefined;
}
