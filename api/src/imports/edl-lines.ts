// One CMX3600 EDL line, classified. Knows the line grammar only; timing and shots are edl.ts's job.
//
//   001  ZZ100_50 V     C        01:00:04:05 01:00:05:12 00:59:53:11 00:59:54:18
//   002  TST      V     D    010 01:00:08:08 01:00:08:18 01:00:00:09 01:00:00:19
//   event reel    track transition source-in source-out  record-in   record-out
//   M2   Z686_5A        047.6                01:00:06:00
//   motion reel         speed (fps; 0 freezes, negative reverses)   source timecode
//
// The four times are timecodes, or plain frame numbers in the EDLs some conform tools write
// ("1 CLPA V C 113 170 0 57"). Comment ("note") lines start with "*"; some tools leave the star
// off (gap_test.edl writes "FROM CLIP NAME: shot1"), so known note keys are recognised either
// way. Any other line is reported: a line the reader cannot place is a problem on its line.

export type Transition =
  | { type: 'cut' }
  | { type: 'dissolve'; frames: number }
  | { type: 'wipe'; code: string; frames: number }
  | { type: 'key'; frames: number };

export interface EventLine {
  kind: 'event';
  eventNumber: number;
  reel: string;
  track: string;
  transition: Transition;
  sourceIn: string;
  sourceOut: string;
  recordIn: string;
  recordOut: string;
}

export interface Locator {
  timecode: string;
  color: string;
  text: string;
}

/** An M2 motion memory line: the reel's playback speed in frames per second. */
export interface MotionLine {
  kind: 'motion';
  reel: string;
  /** Frames per second the source plays at: 48 at 24 fps is double speed, 0 a freeze frame. */
  speed: number;
}

export type EdlLine =
  | EventLine
  | MotionLine
  | { kind: 'title'; title: string }
  | { kind: 'fcm'; dropFrame: boolean }
  | { kind: 'clip-name'; direction: 'from' | 'to'; name: string }
  | { kind: 'locator'; locator: Locator }
  | { kind: 'freeze-frame' } // "* * FREEZE FRAME", as Avid marks a held frame
  | { kind: 'other' } // blank, a comment, or a known statement not used (CDL, SOURCE FILE, SPLIT)
  | { kind: 'invalid'; problem: string };

const TRACK = /^(V|B|A\d*|AA)(\/V)?$/i;
const TRACK_FORMS = 'V, A, A2, AA, B, A2/V or AA/V';
const TRANSITION_FORMS = 'C, D nnn, Wnnn nnn or K nnn';

// Statements editing systems write without a leading "*" that carry nothing for a breakdown.
const UNUSED_STATEMENTS =
  /^(SOURCE FILE|FROM CLIP|FROM FILE|TO CLIP|TO FILE|ASC_SOP|ASC_SAT|SPLIT|AUD|EFFECTS NAME IS|OTIO [A-Z ]+)\b|^>>>/i;

export function classifyLine(raw: string): EdlLine {
  const text = raw.trim();
  if (text === '') return { kind: 'other' };
  if (/^\d+\s/.test(text)) return readEvent(text);
  if (/^TITLE:/i.test(text)) return { kind: 'title', title: text.slice(6).trim() };
  if (/^FCM:/i.test(text)) return readFcm(text.slice(4).trim());
  if (/^M2\s/i.test(text)) return readMotion(text);
  const starred = text.startsWith('*');
  const note = readNote(text.replace(/^(\*\s*)+/, ''));
  if (note.kind !== 'other' || starred || UNUSED_STATEMENTS.test(text)) return note;
  return {
    kind: 'invalid',
    problem: `"${text.length > 60 ? `${text.slice(0, 60)}...` : text}" is neither an event, a note (a line starting with *) nor an EDL statement such as TITLE:, FCM: or M2; start a comment with *`,
  };
}

// "M2   Z686_5A       047.6                01:00:06:00": reel, speed, source timecode.
function readMotion(text: string): EdlLine {
  const tokens = text.split(/\s+/);
  const form =
    'an M2 line reads "M2   REEL   048.0   01:00:00:00" (reel, speed in frames per second, source timecode)';
  if (tokens.length !== 4)
    return { kind: 'invalid', problem: `the M2 line has ${tokens.length} fields, not 4; ${form}` };
  const [, reel, speedText] = tokens;
  if (!/^[-+]?\d{1,4}(\.\d+)?$/.test(speedText)) {
    return {
      kind: 'invalid',
      problem: `M2 speed "${speedText}" is not a number of frames per second; ${form}`,
    };
  }
  return { kind: 'motion', reel, speed: Number(speedText) };
}

function readFcm(value: string): EdlLine {
  if (/^NON[\s-]?DROP[\s-]?FRAME$/i.test(value)) return { kind: 'fcm', dropFrame: false };
  if (/^DROP[\s-]?FRAME$/i.test(value)) return { kind: 'fcm', dropFrame: true };
  return { kind: 'invalid', problem: `FCM "${value}" is neither DROP FRAME nor NON-DROP FRAME` };
}

function readNote(note: string): EdlLine {
  const clipName = /^(FROM|TO) CLIP NAME:\s*(.*)$/i.exec(note);
  if (clipName) {
    const direction = clipName[1].toUpperCase() === 'FROM' ? 'from' : 'to';
    return { kind: 'clip-name', direction, name: clipName[2].trim() };
  }
  if (/^FREEZE FRAME$/i.test(note)) return { kind: 'freeze-frame' };
  // "* LOC: 01:00:01:14 RED     ANIM FIX NEEDED": timecode, colour, then free text (may be empty).
  const locator = /^LOC:\s*(\S+)\s*(\S*)\s*(.*)$/i.exec(note);
  if (locator) {
    return { kind: 'locator', locator: { timecode: locator[1], color: locator[2], text: locator[3].trim() } };
  }
  return { kind: 'other' };
}

function readEvent(text: string): EdlLine {
  const tokens = text.split(/\s+/);
  const form = `an event line reads "001 REEL V C 01:00:00:00 01:00:01:00 00:00:00:00 00:00:01:00"`;
  if (tokens.length < 8) {
    return { kind: 'invalid', problem: `the event line has ${tokens.length} fields, too few; ${form}` };
  }
  const [number, reel, track, ...rest] = tokens;
  const [sourceIn, sourceOut, recordIn, recordOut] = rest.slice(-4);
  if (!TRACK.test(track)) {
    return { kind: 'invalid', problem: `track "${track}" is not one of ${TRACK_FORMS}; ${form}` };
  }
  const transition = readTransition(rest.slice(0, -4));
  if (transition === undefined) {
    const written = rest.slice(0, -4).join(' ');
    return { kind: 'invalid', problem: `transition "${written}" is not one of ${TRANSITION_FORMS}; ${form}` };
  }
  return {
    kind: 'event',
    eventNumber: Number(number),
    reel,
    track: track.toUpperCase(),
    transition,
    sourceIn,
    sourceOut,
    recordIn,
    recordOut,
  };
}

// "C" | "D 010" | "W001 030" | "K 000" / "KB 000" / "K B 000" / "KO"
function readTransition(tokens: string[]): Transition | undefined {
  const [type, ...rest] = tokens.map((t) => t.toUpperCase());
  const frames = rest.length > 0 && /^\d+$/.test(rest[rest.length - 1]) ? Number(rest.pop()) : undefined;
  if (type === 'C' && rest.length === 0 && frames === undefined) return { type: 'cut' };
  if (type === 'D' && rest.length === 0 && frames !== undefined) return { type: 'dissolve', frames };
  if (/^W\d{3}$/.test(type ?? '') && rest.length === 0 && frames !== undefined) {
    return { type: 'wipe', code: type, frames };
  }
  const keyForm =
    /^K[BO]?$/.test(type ?? '') && (rest.length === 0 || (rest.length === 1 && /^[BO]$/.test(rest[0])));
  if (keyForm) return { type: 'key', frames: frames ?? 0 };
  return undefined;
}
