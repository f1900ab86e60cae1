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
// - Speed effects: an M2 line gives the reel's speed in frames per second; the shot records it as
//   a time scalar (speed / timeline rate; 0 is a freeze frame, as is a "FREEZE FRAME" note). The
//   names editing systems give retimed clips ("Z686_5A (LAY2) (47.56 FPS)", "Z682_156 (LAY3) FF")
//   make the same code as the clip without the effect.
// - Zero-length events carry no frames and make no shot. Audio events and black or bars (reel
//   BL, BLACK, BARS) are not shots; an EDL with nothing but audio is reported.
// - Reported, each on its line: source and record durations that differ with no speed effect,
//   picture events that overlap in record time, and a transition numbered apart from the cut
//   it leaves (OTIO's dissolve_test_fail.edl), which would otherwise read as a new clip.
import { EditParseResult, EditShot, fpsError, shotCode, uniqueCodes } from './edit-shot';
import { classifyLine, EventLine, Locator } from './edl-lines';
import { ImportError, lineError, listOf } from './parse-result';
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

interface Motion {
  line: number;
  reel: string;
  speed: number;
}

interface EventGroup {
  number: number;
  statements: Statement[];
  fromName?: string;
  toName?: string;
  locators: Locator[];
  motions: Motion[];
  freezeFrame: boolean;
}

interface Timing {
  sourceIn: number;
  sourceOut: number;
  recordIn: number;
  recordOut: number;
}

interface Draft {
  name: string | undefined;
  reel: string;
  eventNumbers: number[];
  line: number;
  timing: Timing;
  timeScalar: number | null;
  recordIn: string;
  recordOut: string;
  notes: string[];
  enteredByTransition: boolean;
}

/** Where the picture so far ends in record time, to catch an event that starts inside it. */
interface RecordEnd {
  frame: number;
  timecode: string;
  line: number;
  eventNumber: number;
}

const GENERATOR_REELS = new Set(['BL', 'BLK', 'BLACK', 'BARS']);

export function parseEdl(text: string, options: EdlOptions = {}): EditParseResult<EdlShot> {
  const fps = options.fps ?? 24;
  const badFps = fpsError(fps);
  if (badFps) return { title: null, rows: [], errors: [badFps] };
  const errors: ImportError[] = [];
  const { title, groups, eventLines } = readGroups(text, fps, errors);
  if (eventLines === 0) {
    errors.unshift(
      lineError(
        1,
        'no events found; a CMX3600 EDL lists events such as "001 REEL V C 01:00:00:00 01:00:01:00 00:00:00:00 00:00:01:00".',
      ),
    );
  }
  const statements = groups.flatMap((g) => g.statements);
  if (statements.length > 0 && !statements.some((s) => hasPicture(s.event))) {
    errors.push(
      lineError(
        statements[0].line,
        'the EDL lists only audio events, so there are no shots in it; export the EDL of the picture (video) track.',
        'track',
      ),
    );
  }
  const drafts = buildDrafts(groups, fps, errors);
  // After the line's own timecode problems, so a refusal names the field first.
  const rateHint = frameRateHint(groups, fps);
  if (rateHint) errors.push(rateHint);
  const codes = uniqueCodes(drafts.map(draftCode));
  const rows = drafts.map((d, i): EdlShot => ({
    code: codes[i],
    clipName: d.name ?? null,
    frameCount: d.timing.recordOut - d.timing.recordIn,
    frameIn: d.timing.sourceIn,
    frameOut: Math.max(d.timing.sourceIn, d.timing.sourceOut - 1),
    fps,
    timeScalar: d.timeScalar,
    notes: d.notes,
    line: d.line,
    reel: d.reel,
    eventNumbers: d.eventNumbers,
    recordIn: d.recordIn,
    recordOut: d.recordOut,
  }));
  errors.sort((a, b) => a.line - b.line);
  return { title, rows, errors };
}

function readGroups(text: string, fps: number, errors: ImportError[]) {
  let title: string | null = null;
  let rate = frameRate(fps, false);
  const groups: EventGroup[] = [];
  let eventLines = 0; // read or not
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      const parsed = classifyLine(raw);
      if (/^\s*\d+\s/.test(raw)) eventLines++;
      const group = groups[groups.length - 1];
      switch (parsed.kind) {
        case 'event':
          if (group?.number === parsed.eventNumber) group.statements.push({ line, event: parsed, rate });
          else
            groups.push({
              number: parsed.eventNumber,
              statements: [{ line, event: parsed, rate }],
              locators: [],
              motions: [],
              freezeFrame: false,
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
        case 'motion':
          if (group) group.motions.push({ line, reel: parsed.reel, speed: parsed.speed });
          else
            errors.push(
              lineError(
                line,
                'an M2 speed effect comes before any event; it belongs under the event it retimes.',
                'M2',
              ),
            );
          break;
        case 'freeze-frame':
          if (group) group.freezeFrame = true;
          break;
        case 'invalid':
          errors.push(lineError(line, `${parsed.problem}.`));
          break;
        case 'other':
          break;
      }
    });
  return { title, groups, eventLines };
}

function buildDrafts(groups: EventGroup[], fps: number, errors: ImportError[]): Draft[] {
  const drafts: Draft[] = [];
  let end: RecordEnd | undefined;
  let lastCut: { statement: Statement; zeroLength: boolean } | undefined;
  for (const group of groups) {
    const hasTransition = group.statements.some((s) => s.event.transition.type !== 'cut');
    const scalars = timeScalars(group, fps);
    let touched: Draft | undefined;
    group.statements.forEach((statement, index) => {
      const { event } = statement;
      // Audio, black and bars make no shot, but a timecode there that cannot be read is still a
      // problem on its line rather than a line passed over.
      if (!isPicture(event)) {
        readTiming(statement, errors);
        return;
      }
      const timing = readTiming(statement, errors);
      const leaving = lastCut;
      if (timing) lastCut = { statement, zeroLength: timing.recordOut === timing.recordIn };
      if (timing === undefined || timing.recordOut === timing.recordIn) return;
      if (index === 0 && event.transition.type !== 'cut' && leaving?.zeroLength) {
        errors.push(misnumberedTransition(statement, leaving.statement));
        return;
      }
      // A key (superimposition) may lie over other picture; anything else must not.
      if (event.transition.type !== 'key') {
        if (end && timing.recordIn < end.frame) {
          errors.push(overlap(statement, end));
          return;
        }
        if (!end || timing.recordOut > end.frame) {
          end = {
            frame: timing.recordOut,
            timecode: event.recordOut,
            line: statement.line,
            eventNumber: event.eventNumber,
          };
        }
      }
      const timeScalar = scalars.get(statement) ?? null;
      if (!durationsAgree(statement, timing, timeScalar, errors)) return;

      const previous = drafts[drafts.length - 1];
      if (previous && continuesTransition(previous, statement, timing)) {
        previous.timing = { ...previous.timing, sourceOut: timing.sourceOut, recordOut: timing.recordOut };
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
        timeScalar,
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

/**
 * The time scalar each retimed statement plays at (source frames per record frame). An M2 line
 * names its reel; one that matches no picture statement of the event retimes the first, as OTIO
 * does. A FREEZE FRAME note holds the first picture statement (scalar 0).
 */
function timeScalars(group: EventGroup, fps: number): Map<Statement, number> {
  const pictures = group.statements.filter((s) => isPicture(s.event));
  const scalars = new Map<Statement, number>();
  for (const motion of group.motions) {
    const target = pictures.find((s) => s.event.reel === motion.reel) ?? pictures[0];
    if (target) scalars.set(target, motion.speed / fps);
  }
  if (group.freezeFrame && pictures[0] && !scalars.has(pictures[0])) scalars.set(pictures[0], 0);
  return scalars;
}

// Timeline rates an edit is commonly cut at, by frames per timecode second.
const COMMON_RATES = [24, 25, 30, 48, 50, 60];

/**
 * EDLs do not state their rate, so an edit cut at 25 fps read at 24 shows as frame labels 24 on
 * some lines. Each such timecode is a problem on its line; this adds one problem, on the first,
 * that says the rate is the likely cause and which rates would read every label.
 */
function frameRateHint(groups: EventGroup[], fps: number): ImportError | undefined {
  let first: { line: number; timecode: string; frames: number } | undefined;
  let highest = -1;
  for (const { line, event, rate } of groups.flatMap((g) => g.statements)) {
    for (const timecode of [event.sourceIn, event.sourceOut, event.recordIn, event.recordOut]) {
      const match = /^\d{2}:\d{2}:\d{2}[:;.,](\d{2})$/.exec(timecode);
      const frames = match ? Number(match[1]) : -1;
      if (frames < rate.nominal) continue;
      first ??= { line, timecode, frames };
      highest = Math.max(highest, frames);
    }
  }
  if (!first) return undefined;
  const rates = COMMON_RATES.filter((r) => r > highest && r > fps).slice(0, 2);
  const error = lineError(
    first.line,
    `timecode ${first.timecode} counts frame ${first.frames}, but at ${fps} fps the frames run 00 to ${String(Math.round(fps) - 1).padStart(2, '0')}; the edit was cut at a higher rate than the one chosen (frame labels up to ${highest} are in the file).`,
    'fps',
  );
  error.suggestion =
    rates.length > 0
      ? `Import at ${listOf(rates.map(String))} fps, the rate the edit was cut at.`
      : `Frame labels of ${highest} fit no common rate; check the timecodes the editing system wrote.`;
  return error;
}

function durationsAgree(
  { line, event }: Statement,
  timing: Timing,
  timeScalar: number | null,
  errors: ImportError[],
): boolean {
  const source = timing.sourceOut - timing.sourceIn;
  const record = timing.recordOut - timing.recordIn;
  if (timeScalar !== null || source === record) return true;
  errors.push(
    lineError(
      line,
      `the source runs ${source} frames (${event.sourceIn} to ${event.sourceOut}) but the record ${record} (${event.recordIn} to ${event.recordOut}), and no M2 speed effect or FREEZE FRAME note says why; correct the timecodes, or keep the M2 line the editing system wrote.`,
      'source-out',
    ),
  );
  return false;
}

function overlap({ line, event }: Statement, end: RecordEnd): ImportError {
  return lineError(
    line,
    `record-in ${event.recordIn} is before ${end.timecode}, where event ${end.eventNumber} (line ${end.line}) ends, so the two overlap in record time; an EDL holds one picture track, so export each video track as its own EDL.`,
    'record-in',
  );
}

function misnumberedTransition({ line, event }: Statement, cut: Statement): ImportError {
  return lineError(
    line,
    `this transition is event ${event.eventNumber} but the cut it leaves (line ${cut.line}) is event ${cut.event.eventNumber}; a transition and its outgoing cut are one event, so give both the same event number.`,
    'event',
  );
}

function hasPicture(event: EventLine): boolean {
  return event.track === 'B' || event.track.includes('V');
}

function isPicture(event: EventLine): boolean {
  return hasPicture(event) && !GENERATOR_REELS.has(event.reel.toUpperCase());
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
  const read = (label: string, text: string) => {
    if (/^\d{1,9}$/.test(text)) return Number(text); // a frame number, as some conform tools write
    const reading = parseTimecode(text, rate);
    if (reading.ok) return reading.frame;
    errors.push(
      lineError(
        line,
        `${label} timecode "${text}" is not HH:MM:SS:FF (${reading.rule}) nor a frame number.`,
        label,
      ),
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
  return { sourceIn, sourceOut, recordIn, recordOut };
}

// A freeze frame's clip name carries " FF" after the layer ("Z682_156 (LAY3) FF"); OTIO drops it.
function draftCode(draft: Draft): string {
  if (draft.name) return shotCode(draft.timeScalar === 0 ? draft.name.replace(/\s+FF$/i, '') : draft.name);
  if (draft.notes.length > 0) return draft.notes[0];
  return `EVENT-${draft.eventNumbers[0]}`;
}
