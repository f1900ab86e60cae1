// CMX3600 EDL -> shots. Each picture event becomes a shot whose frame count is its record
// (timeline) duration at the timeline rate, following the OpenTimelineIO cmx_3600 adapter:
//
// - Dissolves and wipes ("D 010"): the event holds a zero-length cut on the outgoing clip and
//   the transition line for the incoming clip. The incoming clip counts its whole record range,
//   dissolve frames included (OTIO puts the transition over the head of the incoming clip:
//   in_offset 0, out_offset = its length). The outgoing clip keeps its own record range; the
//   frames it shows during the dissolve are handles past its cut point, and are not counted.
// - A cut that continues the incoming clip of a transition (same reel, source picks up where it
//   ended) is the same shot, as OTIO merges it: dissolve_test.edl gives clip_A 9, clip_B 11.
// - Zero-length events carry no frames and make no shot. Audio-only events and black or bars
//   (reel BL, BLACK, BARS) are not shots; they are skipped without error.
import { EditParseResult, EditShot, fpsError, shotCode, uniqueCodes } from './edit-shot';
import { classifyLine, EventLine, Locator } from './edl-lines';
import { ImportError, lineError } from './parse-result';
import { FrameRate, frameRate, parseTimecode, supportsDropFrame } from './timecode';

export interface EdlShot extends EditShot {
  reel: string;
  /** EDL event numbers that make up the shot (more than one where a cut continued a dissolve). */
  eventNumbers: number[];
  /** Record timecodes as written, for people matching rows back to the edit. */
  recordIn: string;
  recordOut: string;
}

export interface EdlOptions {
  /** Timeline rate; EDLs do not state it. 24 unless given (25fps.edl needs 25). */
  fps?: number;
}

interface Statement {
  line: number;
  event: EventLine;
  rate: FrameRate; // FCM may switch between events
}

interface EventGroup {
  number: number;
  statements: Statement[];
  fromName?: string;
  toName?: string;
  locators: Locator[];
}

interface Timing {
  sourceIn: number;
  sourceOut: number;
  recordFrames: number;
}

interface Draft {
  name: string | undefined;
  reel: string;
  eventNumbers: number[];
  line: number;
  timing: Timing;
  recordIn: string;
  recordOut: string;
  notes: string[];
  enteredByTransition: boolean;
}

const GENERATOR_REELS = new Set(['BL', 'BLK', 'BLACK', 'BARS']);

export function parseEdl(text: string, options: EdlOptions = {}): EditParseResult<EdlShot> {
  const fps = options.fps ?? 24;
  const badFps = fpsError(fps);
  if (badFps) return { title: null, rows: [], errors: [badFps] };
  const errors: ImportError[] = [];
  const { title, groups } = readGroups(text, fps, errors);
  if (groups.length === 0 && errors.length === 0) {
    errors.push(
      lineError(
        1,
        'no events found; a CMX3600 EDL lists events such as "001 REEL V C 01:00:00:00 01:00:01:00 00:00:00:00 00:00:01:00".',
      ),
    );
  }
  const drafts = buildDrafts(groups, errors);
  const codes = uniqueCodes(drafts.map(draftCode));
  const rows = drafts.map((d, i): EdlShot => ({
    code: codes[i],
    clipName: d.name ?? null,
    frameCount: d.timing.recordFrames,
    frameIn: d.timing.sourceIn,
    frameOut: Math.max(d.timing.sourceIn, d.timing.sourceOut - 1),
    fps,
    notes: d.notes,
    line: d.line,
    reel: d.reel,
    eventNumbers: d.eventNumbers,
    recordIn: d.recordIn,
    recordOut: d.recordOut,
  }));
  return { title, rows, errors };
}

function readGroups(text: string, fps: number, errors: ImportError[]) {
  let title: string | null = null;
  let rate = frameRate(fps, false);
  const groups: EventGroup[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      const parsed = classifyLine(raw);
      const group = groups[groups.length - 1];
      switch (parsed.kind) {
        case 'event':
          if (group?.number === parsed.eventNumber) group.statements.push({ line, event: parsed, rate });
          else
            groups.push({
              number: parsed.eventNumber,
              statements: [{ line, event: parsed, rate }],
              locators: [],
            });
          break;
        case 'title':
          title ??= parsed.title;
          break;
        case 'fcm':
          if (parsed.dropFrame && !supportsDropFrame(fps)) {
            errors.push(
              lineError(
                line,
                `FCM: DROP FRAME needs a 29.97 or 59.94 fps timeline, not ${fps}; import with fps 29.97 or 59.94.`,
                'FCM',
              ),
            );
          }
          rate = frameRate(fps, parsed.dropFrame);
          break;
        case 'clip-name':
          // Notes before the first event describe the whole EDL, not a clip.
          if (group && parsed.direction === 'from') group.fromName ??= parsed.name;
          if (group && parsed.direction === 'to') group.toName ??= parsed.name;
          break;
        case 'locator':
          group?.locators.push(parsed.locator);
          break;
        case 'invalid':
          errors.push(lineError(line, `${parsed.problem}.`));
          break;
        case 'other':
          break;
      }
    });
  return { title, groups };
}

function buildDrafts(groups: EventGroup[], errors: ImportError[]): Draft[] {
  const drafts: Draft[] = [];
  for (const group of groups) {
    const hasTransition = group.statements.some((s) => s.event.transition.type !== 'cut');
    let touched: Draft | undefined;
    group.statements.forEach((statement, index) => {
      const { event } = statement;
      if (!isPicture(event)) return;
      const timing = readTiming(statement, errors);
      if (timing === undefined || timing.recordFrames === 0) return;

      const previous = drafts[drafts.length - 1];
      if (previous && continuesTransition(previous, statement, timing)) {
        previous.timing = {
          sourceIn: previous.timing.sourceIn,
          sourceOut: timing.sourceOut,
          recordFrames: previous.timing.recordFrames + timing.recordFrames,
        };
        previous.eventNumbers.push(event.eventNumber);
        previous.recordOut = event.recordOut;
        touched ??= previous;
        return;
      }
      // In a transition event the first statement is the outgoing clip, named by FROM CLIP NAME;
      // the next is the incoming clip, named by TO CLIP NAME.
      const incoming = hasTransition && index > 0;
      const draft: Draft = {
        name: incoming ? group.toName : group.fromName,
        reel: event.reel,
        eventNumbers: [event.eventNumber],
        line: statement.line,
        timing,
        recordIn: event.recordIn,
        recordOut: event.recordOut,
        notes: [],
        enteredByTransition: event.transition.type !== 'cut',
      };
      drafts.push(draft);
      touched ??= draft;
    });
    touched?.notes.push(...group.locators.map((l) => l.text).filter((t) => t !== ''));
  }
  return drafts;
}

function isPicture(event: EventLine): boolean {
  const hasVideo = event.track === 'B' || event.track.includes('V');
  return hasVideo && !GENERATOR_REELS.has(event.reel.toUpperCase());
}

function continuesTransition(previous: Draft, statement: Statement, timing: Timing): boolean {
  return (
    previous.enteredByTransition &&
    statement.event.transition.type === 'cut' &&
    previous.reel === statement.event.reel &&
    previous.timing.sourceOut === timing.sourceIn
  );
}

function readTiming({ line, event, rate }: Statement, errors: ImportError[]): Timing | undefined {
  const read = (label: string, timecode: string) => {
    const reading = parseTimecode(timecode, rate);
    if (reading.ok) return reading.frame;
    errors.push(
      lineError(line, `${label} timecode "${timecode}" is not HH:MM:SS:FF (${reading.rule}).`, label),
    );
    return undefined;
  };
  const sourceIn = read('source-in', event.sourceIn);
  const sourceOut = read('source-out', event.sourceOut);
  const recordIn = read('record-in', event.recordIn);
  const recordOut = read('record-out', event.recordOut);
  if (
    sourceIn === undefined ||
    sourceOut === undefined ||
    recordIn === undefined ||
    recordOut === undefined
  ) {
    return undefined;
  }
  const ordered = (kind: string, inTc: string, outTc: string, inFrame: number, outFrame: number) => {
    if (outFrame >= inFrame) return true;
    errors.push(
      lineError(
        line,
        `${kind}-out ${outTc} is before ${kind}-in ${inTc}; the out point must be at or after the in point.`,
        `${kind}-out`,
      ),
    );
    return false;
  };
  const sourceOk = ordered('source', event.sourceIn, event.sourceOut, sourceIn, sourceOut);
  const recordOk = ordered('record', event.recordIn, event.recordOut, recordIn, recordOut);
  if (!sourceOk || !recordOk) return undefined;
  return { sourceIn, sourceOut, recordFrames: recordOut - recordIn };
}

function draftCode(draft: Draft): string {
  if (draft.name) return shotCode(draft.name);
  if (draft.notes.length > 0) return draft.notes[0];
  return `EVENT-${draft.eventNumbers[0]}`;
}
