// EDLs and OTIO files written the way conform tools and editing systems write them
// (test/fixtures/imports), each result worked out by hand from the file in the comments.
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseEdl } from './edl';
import { parseOtio } from './otio';

const FIXTURES = join(__dirname, '../../../test/fixtures/imports');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('EDL speed effects and freeze frames (speed_effects.edl, Avid style)', () => {
  it('records each effect as a time scalar and counts the frames on screen', () => {
    const { rows, errors } = parseEdl(fixture('speed_effects.edl'));
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.code, r.frameCount, r.timeScalar, r.frameIn, r.frameOut])).toEqual([
      // 01:00:00:00-01:00:01:00 on the record side is 24 frames; no effect.
      ['SH010', 24, null, 86640, 86663],
      // M2 048.0 on a 24 fps timeline: 48 / 24 = 2, two seconds of source (01:00:20:00-22:00,
      // frames 86880-86927) in one second of record.
      ['SH020', 24, 2, 86880, 86927],
      // M2 000.0 and a FREEZE FRAME note: one source frame (01:00:30:12) held for 02:00-02:18.
      ['SH030', 18, 0, 87132, 87132],
      // M2 012.0: 12 / 24 = 0.5, half a second of source (01:00:40:00-40:12) over 02:18-03:18.
      ['SH040', 24, 0.5, 87360, 87371],
      // A FREEZE FRAME note without an M2 line: still a freeze frame, 03:18-04:06 is 12 frames.
      ['SH050', 12, 0, 87606, 87606],
    ]);
  });

  it('gives the clips the codes they have without the effects, so a re-cut finds the same shots', () => {
    const retimed = parseEdl(fixture('speed_effects.edl'));
    const plain = parseEdl(fixture('speed_effects_plain.edl'));
    expect(plain.errors).toEqual([]);
    // "SH020 (LAY1) (48.00 FPS)" and "SH020 (LAY1)" are both SH020; "SH030 (LAY2) FF" is SH030.
    expect(retimed.rows.map((r) => r.code)).toEqual(['SH010', 'SH020', 'SH030', 'SH040', 'SH050']);
    expect(plain.rows.map((r) => r.code)).toEqual(retimed.rows.map((r) => r.code));
    // Same record ranges, so the same frame counts: 24 + 24 + 18 + 24 + 12 = 102 frames (4 s 6 f).
    expect(plain.rows.map((r) => r.frameCount)).toEqual(retimed.rows.map((r) => r.frameCount));
    expect(plain.rows.every((r) => r.timeScalar === null)).toBe(true);
  });

  it('keeps " FF" in a name when nothing says the clip is frozen', () => {
    const { rows } = parseEdl(
      ['001  A V C 01:00:00:00 01:00:01:00 00:00:00:00 00:00:01:00', '* FROM CLIP NAME:  SH070 FF'].join(
        '\n',
      ),
    );
    expect(rows.map((r) => r.code)).toEqual(['SH070 FF']);
  });
});

describe('EDL with frame numbers instead of timecodes (frame_numbers.edl)', () => {
  it('counts the numbers as frames, dissolve and continuing cut included', () => {
    const { rows, errors } = parseEdl(fixture('frame_numbers.edl'));
    expect(errors).toEqual([]);
    // SH100: record 0-48 is 48 frames. SH110: the dissolve's record 48-72 (24 frames) plus the
    // cut that continues it, 72-144 (72 frames): 96 frames, source 500 to 595.
    expect(rows.map((r) => [r.code, r.frameCount, r.frameIn, r.frameOut, r.eventNumbers])).toEqual([
      ['SH100', 48, 100, 147, [1]],
      ['SH110', 96, 500, 595, [2, 3]],
    ]);
  });
});

describe('EDL inconsistencies, each a problem on its line', () => {
  it('reports a transition numbered apart from the cut it leaves (transition_misnumbered.edl)', () => {
    const { rows, errors } = parseEdl(fixture('transition_misnumbered.edl'));
    // Line 5 is the zero-length cut out of clip_A, numbered 001; the dissolve on line 6 is 002.
    expect(errors).toEqual([
      {
        line: 6,
        field: 'event',
        message:
          'Line 6: this transition is event 2 but the cut it leaves (line 5) is event 1; a transition and its outgoing cut are one event, so give both the same event number.',
      },
    ]);
    // The dissolve is not read as a new clip.
    expect(rows.map((r) => [r.code, r.frameCount])).toEqual([
      ['clip_A', 9],
      ['clip_B', 1],
    ]);
  });

  it('reports durations that disagree without a speed effect, overlaps and unreadable lines (problems.edl)', () => {
    const { rows, errors } = parseEdl(fixture('problems.edl'));
    expect(errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [
        5,
        'source-out',
        // 01:00:10:00-01:00:11:12 is 36 frames; 01:00:01:00-01:00:02:00 is 24.
        'Line 5: the source runs 36 frames (01:00:10:00 to 01:00:11:12) but the record 24 (01:00:01:00 to 01:00:02:00), and no M2 speed effect or FREEZE FRAME note says why; correct the timecodes, or keep the M2 line the editing system wrote.',
      ],
      [
        7,
        'record-in',
        'Line 7: record-in 01:00:01:12 is before 01:00:02:00, where event 2 (line 5) ends, so the two overlap in record time; an EDL holds one picture track, so export each video track as its own EDL.',
      ],
      [
        9,
        undefined,
        'Line 9: "FRAME RATE 24 LOCKED" is neither an event, a note (a line starting with *) nor an EDL statement such as TITLE:, FCM: or M2; start a comment with *.',
      ],
    ]);
    expect(rows.map((r) => r.code)).toEqual(['SH010', 'SH040']);
  });

  it('says an audio-only EDL has no shots (audio_only.edl)', () => {
    const { rows, errors } = parseEdl(fixture('audio_only.edl'));
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      {
        line: 3,
        field: 'track',
        message:
          'Line 3: the EDL lists only audio events, so there are no shots in it; export the EDL of the picture (video) track.',
      },
    ]);
  });

  it('reports a malformed M2 line', () => {
    const { errors } = parseEdl(
      ['001  A V C 01:00:00:00 01:00:02:00 00:00:00:00 00:00:01:00', 'M2   A   fast   01:00:00:00'].join(
        '\n',
      ),
    );
    // Unread, the M2 line cannot explain the 48 source frames in 24 of record either.
    expect(errors.map((e) => e.message)).toEqual([
      'Line 1: the source runs 48 frames (01:00:00:00 to 01:00:02:00) but the record 24 (00:00:00:00 to 00:00:01:00), and no M2 speed effect or FREEZE FRAME note says why; correct the timecodes, or keep the M2 line the editing system wrote.',
      'Line 2: M2 speed "fast" is not a number of frames per second; an M2 line reads "M2   REEL   048.0   01:00:00:00" (reel, speed in frames per second, source timecode).',
    ]);
  });
});

describe('OTIO as OpenTimelineIO writes it (non_finite_legacy.otio)', () => {
  // Python's json module wrote the file: NaN, Infinity and -Infinity bare. The video track is a
  // legacy Sequence.1 holding a legacy Filler.1; the audio track's NaN duration is never read.
  it('reads NaN and Infinity, legacy schema names and time effects; reports the non-finite times on their clips', () => {
    const { rows, errors, title } = parseOtio(fixture('non_finite_legacy.otio'));
    expect(title).toBe('NON_FINITE_AND_LEGACY');
    expect(rows.map((r) => [r.code, r.frameCount, r.timeScalar, r.track])).toEqual([
      ['SH010', 48, null, 'V1'], // its NaN CDL saturation and NaN marker time are not ours to read
      ['SH020', 24, 2, 'V1'], // LinearTimeWarp 2.0; "(48.00 FPS)" dropped from the code
      ['SH030', 18, 0, 'V1'], // FreezeFrame
      ['SH050', 2_500_000_000, null, 'V1'], // read; too long for a shot, which the import reports
    ]);
    expect(rows[0].notes).toEqual(['CHECK EDGE']);
    expect(errors).toEqual([
      {
        line: 1,
        field: '$.tracks.children[0].children[4].source_range.duration',
        message:
          '$.tracks.children[0].children[4].source_range.duration: "value" is Infinity; a RationalTime\'s value must be a finite number of frames.',
      },
      {
        line: 1,
        field: '$.tracks.children[0].children[6].source_range.start_time',
        message:
          '$.tracks.children[0].children[6].source_range.start_time: "value" is -Infinity; a RationalTime\'s value must be a finite number of frames.',
      },
    ]);
  });
});
