// OpenTimelineIO JSON (.otio) -> shots. Reads a Timeline.1: its Stack of Tracks; each enabled
// clip on an enabled Video track is a shot. Gaps and transitions are read past: in OTIO a
// transition overlaps its neighbours' handles and does not change their lengths, so a clip's
// frame count is its source_range duration (or, without one, its media's available_range).
//
// Counting rate: options.fps, else the timeline's global_start_time rate, else the first video
// clip's rate, else 24. A clip at another rate is converted and rounded to whole frames.
//
// Read as OpenTimelineIO reads them: bare NaN / Infinity numbers (see json.ts), the legacy schema
// names its type registry still maps (Filler is Gap, Sequence is Track, SerializeableCollection
// is SerializableCollection), and a clip's LinearTimeWarp or FreezeFrame effect as its time scalar.
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
  timeScalar: number | null;
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
    const message = `the file is not JSON: ${parsed.reason} at line ${parsed.line}, column ${parsed.column}; ${expected}.`;
    return { title: null, rows: [], errors: [lineError(parsed.line, message)] };
  }
  const root = parsed.value;
  const schema = isObject(root) && typeof root.OTIO_SCHEMA === 'string' ? root.OTIO_SCHEMA : undefined;
  if (!isObject(root) || schema === undefined) {
    const message = `the top level has no OTIO_SCHEMA, so this JSON is not OpenTimelineIO; ${expected}.`;
    return { title: null, rows: [], errors: [jsonPathError('$', message)] };
  }
  const kind = kindOf(root)!;
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
  if (!isObject(range)) {
    errors.push(jsonPathError(rangePath, 'a TimeRange is an object with "start_time" and "duration".'));
    return undefined;
  }
  const start = readTime(range.start_time, `${rangePath}.start_time`, errors);
  const duration = readTime(range.duration, `${rangePath}.duration`, errors);
  const timeScalar = readTimeScalar(clip.effects, `${path}.effects`, errors);
  if (start === undefined || duration === undefined || timeScalar === undefined) return undefined;
  const markers = Array.isArray(clip.markers) ? clip.markers : [];
  const notes = markers.flatMap((m: unknown) =>
    isObject(m) && typeof m.name === 'string' && m.name !== '' ? [m.name] : [],
  );
  return { path, name, track, start, duration, timeScalar, notes };
}

/**
 * The clip's speed: a LinearTimeWarp's time_scalar, or 0 for a FreezeFrame; null without either.
 * Other effects (colour, blur, ...) do not change what a shot is; undefined when unreadable.
 */
function readTimeScalar(effects: unknown, path: string, errors: ImportError[]): number | null | undefined {
  if (!Array.isArray(effects)) return null;
  let scalar: number | null = null;
  for (const [i, effect] of effects.entries()) {
    const kind = kindOf(effect);
    if (kind === 'FreezeFrame') scalar = 0;
    else if (kind === 'LinearTimeWarp' && isObject(effect)) {
      const value = effect.time_scalar ?? 1; // OTIO's default
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        errors.push(
          jsonPathError(
            `${path}[${i}].time_scalar`,
            `a LinearTimeWarp's time_scalar must be a finite number, not ${String(value)}.`,
          ),
        );
        return undefined;
      }
      scalar = value;
    }
  }
  return scalar;
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
      timeScalar: clip.timeScalar,
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

/** A RationalTime; with a path and errors, what is wrong with it is reported there. */
function readTime(node: unknown, path?: string, errors?: ImportError[]): RationalTime | undefined {
  const fail = (message: string) => {
    if (path !== undefined) errors?.push(jsonPathError(path, message));
    return undefined;
  };
  if (!isObject(node))
    return fail('a RationalTime with a numeric "value" and a positive "rate" is needed here.');
  const { value, rate } = node;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fail(`"value" is ${describe(value)}; a RationalTime's value must be a finite number of frames.`);
  }
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0) {
    return fail(
      `"rate" is ${describe(rate)}; a RationalTime's rate must be a positive, finite number of frames per second.`,
    );
  }
  return { value, rate };
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Names OpenTimelineIO's type registry still reads as today's schemas.
const LEGACY_SCHEMAS: Record<string, string> = {
  Filler: 'Gap',
  Sequence: 'Track',
  SerializeableCollection: 'SerializableCollection',
};

/** "Clip.2" -> "Clip", "Sequence.1" -> "Track": versions of a schema share their meaning for what we read. */
function kindOf(node: unknown): string | undefined {
  if (!isObject(node) || typeof node.OTIO_SCHEMA !== 'string') return undefined;
  const name = node.OTIO_SCHEMA.split('.')[0];
  return LEGACY_SCHEMAS[name] ?? name;
}
