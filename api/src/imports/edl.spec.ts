import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseEdl } from './edl';

const SAMPLES = join(__dirname, '../../../test/fixtures/samples/edl');
const sample = (name: string) => readFileSync(join(SAMPLES, name), 'utf8');

describe('parseEdl on the OpenTimelineIO sample EDLs', () => {
  it.each(readdirSync(SAMPLES).filter((f) => f.endsWith('.edl')))('%s parses without errors', (file) => {
    const result = parseEdl(sample(file), { fps: file === '25fps.edl' ? 25 : 24 });
    expect(result.errors).toEqual([]);
    expect(result.rows.length).toBeGreaterThan(0);
  });

  it('screening_example.edl: the first seven shots are 31, 50, 28, 115, 101, 161, 170 frames at 24 fps', () => {
    const { rows, title } = parseEdl(sample('screening_example.edl'));
    expect(title).toBe('Example_Screening.01');
    expect(rows.slice(0, 7).map((r) => r.frameCount)).toEqual([31, 50, 28, 115, 101, 161, 170]);
  });

  // The file has nine picture events, not seven: events 008 and 009 (reel ZZ100_51) are ordinary
  // cuts, and the OTIO adapter's own test reads nine clips from it too.
  it('screening_example.edl: all nine picture events are shots, with codes from the clip names', () => {
    const { rows } = parseEdl(sample('screening_example.edl'));
    expect(rows.map((r) => [r.code, r.frameCount])).toEqual([
      ['ZZ100_501', 31],
      ['ZZ100_502A', 50],
      ['ZZ100_503A', 28],
      ['ZZ100_504C', 115],
      ['ZZ100_504B', 101],
      ['ZZ100_507C', 161],
      ['ZZ100_508', 170],
      ['ZZ100_510', 136],
      ['ZZ100_510B', 257],
    ]);
    expect(rows[0]).toMatchObject({
      clipName: 'ZZ100_501 (LAY3)',
      reel: 'ZZ100_50',
      eventNumbers: [1],
      frameIn: 86501, // 01:00:04:05 at 24 fps
      frameOut: 86531, // 01:00:05:12 exclusive, so the last frame is one before
      recordIn: '00:59:53:11',
      recordOut: '00:59:54:18',
      fps: 24,
      line: 4,
    });
    expect(rows[3].notes).toEqual(['ANIM FIX NEEDED', 'ANIM FIX NEEDED']);
    expect(rows[6].notes).toEqual([]); // "* LOC: 01:00:15:13 GREEN" has no text
  });

  it('25fps.edl counts at 25 fps', () => {
    const { rows } = parseEdl(sample('25fps.edl'), { fps: 25 });
    expect(rows.map((r) => [r.code, r.frameCount])).toEqual([
      ['sq001_s001', 161],
      ['sq001_s002', 200],
      ['sq001_s003', 86],
      ['sq001_s004', 49],
    ]);
    expect(rows.every((r) => r.fps === 25)).toBe(true);
  });

  it('dissolve_test.edl: the incoming clip counts the whole dissolve and absorbs the cut that continues it', () => {
    const { rows } = parseEdl(sample('dissolve_test.edl'));
    expect(rows.map((r) => [r.code, r.frameCount, r.eventNumbers])).toEqual([
      ['clip_A', 9, [1]],
      ['clip_B', 11, [2, 3]],
    ]);
    // clip_B's source runs 01:00:08:08 to 01:00:08:19 (exclusive).
    expect(rows[1]).toMatchObject({
      frameIn: 86600,
      frameOut: 86610,
      recordIn: '01:00:00:09',
      recordOut: '01:00:00:20',
    });
  });

  it('gap_test.edl: clip names written without the leading "*" still name the shots', () => {
    const { rows } = parseEdl(sample('gap_test.edl'));
    expect(rows.map((r) => [r.code, r.frameCount])).toEqual([
      ['shot1', 24],
      ['shot2', 24],
      ['shot3', 24],
    ]);
  });

  it('cdl.edl: CDL comments are read past, and a clip used twice gets two distinct codes', () => {
    const { rows } = parseEdl(sample('cdl.edl'));
    expect(rows.map((r) => [r.code, r.frameCount])).toEqual([
      ['ZZ100_501', 31],
      ['ZZ100_501-2', 31],
    ]);
  });
});

describe('parseEdl rules', () => {
  const edl = (...events: string[]) => ['TITLE: test', 'FCM: NON-DROP FRAME', ...events].join('\n');

  it('counts drop-frame record timecode at 29.97 (checked by hand)', () => {
    const text = [
      'TITLE: df',
      'FCM: DROP FRAME',
      // 00:00:00;00 to 01:00:00;00: 3,600 s x 29.97 = 107,892 frames.
      '001  A001 V C 00:00:00;00 01:00:00;00 00:00:00;00 01:00:00;00',
      // 00:09:59;29 is frame 17,981 and 00:10:00;00 is 17,982 (minute 10 drops no labels): 1 frame.
      '002  A002 V C 00:09:59;29 00:10:00;00 01:00:00;00 01:00:00;01',
      // 00:00:59;29 is 1,799; 00:01:00;02 is 1,800 (labels ;00 and ;01 do not exist): 1 frame.
      '003  A003 V C 00:00:59;29 00:01:00;02 01:00:00;01 01:00:00;02',
    ].join('\r\n');
    const { rows, errors } = parseEdl(text, { fps: 29.97 });
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.frameCount)).toEqual([107892, 1, 1]);
    expect(rows[1]).toMatchObject({ frameIn: 17981, frameOut: 17981 });
    expect(rows[2]).toMatchObject({ frameIn: 1799, frameOut: 1799 });
  });

  it('refuses a drop-frame label that does not exist', () => {
    const { errors } = parseEdl(
      ['FCM: DROP FRAME', '001  A V C 00:01:00;00 00:01:01;00 00:00:00;00 00:00:01;00'].join('\n'),
      {
        fps: 29.97,
      },
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, field: 'source-in' });
    expect(errors[0].message).toMatch(
      /^Line 2: source-in timecode "00:01:00;00" is not HH:MM:SS:FF \(.*drop-frame.*skipped\) nor a frame number\.$/,
    );
  });

  it('names the line of a bad timecode and says what would be valid', () => {
    const { rows, errors } = parseEdl(
      edl(
        '001  A001 V C 01:00:00:00 01:00:01:00 00:00:00:00 00:00:01:00',
        '002  A002 V C 01:00:00:00 01:00:01:00 01:00:0a:00 00:00:02:00',
      ),
    );
    expect(rows.map((r) => r.code)).toEqual(['EVENT-1']);
    expect(errors).toEqual([
      {
        line: 4,
        field: 'record-in',
        message:
          'Line 4: record-in timecode "01:00:0a:00" is not HH:MM:SS:FF (frames 00-23 at 24 fps) nor a frame number.',
      },
    ]);
  });

  it('refuses frames past the rate', () => {
    const { errors } = parseEdl(edl('001  A001 V C 01:00:00:24 01:00:01:00 00:00:00:00 00:00:01:00'));
    expect(errors.find((e) => e.field === 'source-in')?.message).toBe(
      'Line 3: source-in timecode "01:00:00:24" is not HH:MM:SS:FF (frames 00-23 at 24 fps) nor a frame number.',
    );
  });

  it('suggests 25 or 30 fps when an EDL read at 24 fps counts frame 24, once, on the first such line', () => {
    const { rows, errors } = parseEdl(
      edl(
        '001  A001 V C 01:00:00:00 01:00:01:00 00:00:00:00 00:00:01:00',
        '002  A002 V C 01:00:01:00 01:00:01:24 00:00:01:00 00:00:01:24',
        '003  A003 V C 01:00:02:00 01:00:02:20 00:00:02:00 00:00:02:20',
        '004  A004 V C 01:00:03:00 01:00:03:24 00:00:03:00 00:00:03:24',
      ),
    );
    expect(rows.map((r) => r.code)).toEqual(['EVENT-1', 'EVENT-3']);
    const hints = errors.filter((e) => e.field === 'fps');
    expect(hints).toEqual([
      {
        line: 4,
        field: 'fps',
        message:
          'Line 4: timecode 01:00:01:24 counts frame 24, but at 24 fps the frames run 00 to 23; the edit was cut at a higher rate than the one chosen (frame labels up to 24 are in the file).',
        suggestion: 'Import at 25 or 30 fps, the rate the edit was cut at.',
      },
    ]);
    // Each timecode it cannot read is still a problem on its own line.
    expect(errors.filter((e) => e.field !== 'fps').map((e) => [e.line, e.field])).toEqual([
      [4, 'source-out'],
      [4, 'record-out'],
      [6, 'source-out'],
      [6, 'record-out'],
    ]);
    // Read at the suggested rate, the same file has no problem.
    expect(
      parseEdl(edl('002  A002 V C 01:00:01:00 01:00:01:24 00:00:01:00 00:00:01:24'), { fps: 25 }).errors,
    ).toEqual([]);
  });

  it('suggests 30 fps for frame labels up to 29 read at 25, and no rate for labels no rate has', () => {
    const at25 = parseEdl(edl('001  A V C 01:00:00:00 01:00:00:29 00:00:00:00 00:00:00:29'), { fps: 25 });
    expect(at25.errors.find((e) => e.field === 'fps')?.suggestion).toBe(
      'Import at 30 or 48 fps, the rate the edit was cut at.',
    );
    const nonsense = parseEdl(edl('001  A V C 01:00:00:00 01:00:00:75 00:00:00:00 00:00:00:75'));
    expect(nonsense.errors.find((e) => e.field === 'fps')?.suggestion).toBe(
      'Frame labels of 75 fit no common rate; check the timecodes the editing system wrote.',
    );
  });

  it('gives no frame-rate problem to an EDL whose labels fit the rate', () => {
    const { errors } = parseEdl(edl('001  A V C 01:00:00:00 01:00:00:23 00:00:00:00 00:00:00:23'));
    expect(errors).toEqual([]);
  });

  it('reports every unreadable line on its line: nonsense, a bare event number, a short event, a bad audio timecode', () => {
    const { rows, errors } = parseEdl(
      edl(
        '001  A001 V C 01:00:00:00 01:00:01:00 00:00:00:00 00:00:01:00',
        'this is not an EDL line',
        '002',
        '003  A003 V C 01:00:02:00',
        '004  A004 A C 01:00:0x:00 01:00:04:00 00:00:03:00 00:00:04:00',
        '005  BL   V C 00:00:00:00 00:00:01:00 00:00:04:00 00:00:05:0',
        '* a comment says what it likes',
        '006  A006 V C 01:00:05:00 01:00:06:00 00:00:05:00 00:00:06:00',
      ),
    );
    expect(rows.map((r) => r.code)).toEqual(['EVENT-1', 'EVENT-6']);
    expect(errors.map((e) => [e.line, e.field ?? null])).toEqual([
      [4, null],
      [5, null],
      [6, null],
      [7, 'source-in'],
      [8, 'record-out'],
    ]);
    expect(errors[0].message).toBe(
      'Line 4: "this is not an EDL line" is neither an event, a note (a line starting with *) nor an EDL statement such as TITLE:, FCM: or M2; start a comment with *.',
    );
    expect(errors[1].message).toMatch(/^Line 5: "002" is neither an event/);
    expect(errors[2].message).toMatch(/^Line 6: the event line has 5 fields, too few;/);
    expect(errors[3].message).toBe(
      'Line 7: source-in timecode "01:00:0x:00" is not HH:MM:SS:FF (frames 00-23 at 24 fps) nor a frame number.',
    );
  });

  it('refuses an out point before the in point', () => {
    const { rows, errors } = parseEdl(edl('001  A001 V C 01:00:00:00 01:00:01:00 00:00:05:00 00:00:04:00'));
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      {
        line: 3,
        field: 'record-out',
        message:
          'Line 3: record-out 00:00:04:00 is before record-in 00:00:05:00; the out point must be at or after the in point.',
      },
    ]);
  });

  it('reports an unparseable event line and keeps the rest', () => {
    const { rows, errors } = parseEdl(
      edl(
        '001  A001 V C 01:00:00:00',
        '002  A002 X C 01:00:00:00 01:00:01:00 00:00:00:00 00:00:01:00',
        '003  A003 V C 01:00:00:00 01:00:01:00 00:00:00:00 00:00:01:00',
      ),
    );
    expect(rows.map((r) => r.code)).toEqual(['EVENT-3']);
    expect(errors.map((e) => e.line)).toEqual([3, 4]);
    expect(errors[0].message).toMatch(
      /^Line 3: the event line has 5 fields, too few; an event line reads "001 REEL V C /,
    );
    expect(errors[1].message).toMatch(/^Line 4: track "X" is not one of V, A, A2, AA, B, A2\/V or AA\/V;/);
  });

  it('refuses an unknown transition', () => {
    const { errors } = parseEdl(edl('001  A001 V Q 01:00:00:00 01:00:01:00 00:00:00:00 00:00:01:00'));
    expect(errors[0].message).toMatch(/^Line 3: transition "Q" is not one of C, D nnn, Wnnn nnn or K nnn;/);
  });

  it('skips audio-only events and black without reporting them', () => {
    const { rows, errors } = parseEdl(
      edl(
        '001  A001 A  C 01:00:00:00 01:00:01:00 00:00:00:00 00:00:01:00',
        '002  A001 AA C 01:00:00:00 01:00:01:00 00:00:00:00 00:00:01:00',
        '003  BL   V  C 00:00:00:00 00:00:01:00 00:00:01:00 00:00:02:00',
        '004  A002 B  C 01:00:00:00 01:00:01:00 00:00:02:00 00:00:03:00',
      ),
    );
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.code, r.frameCount])).toEqual([['EVENT-4', 24]]);
  });

  it('names a shot from its locator when there is no clip name, and keeps M2 lines out of the way', () => {
    const { rows, errors } = parseEdl(
      edl(
        '001  A001 V C 01:00:00:00 01:00:02:00 00:00:00:00 00:00:01:00',
        'M2   A001       048.0                01:00:00:00',
        '* LOC: 00:00:00:12 YELLOW SH010',
      ),
    );
    expect(errors).toEqual([]);
    // Record duration counts, not the source's: a 2x speed-up shows 48 source frames in 24.
    expect(rows).toMatchObject([
      { code: 'SH010', frameCount: 24, frameIn: 86400, frameOut: 86447, notes: ['SH010'] },
    ]);
  });

  it('asks for a 29.97 timeline when the EDL says DROP FRAME at 24 fps', () => {
    const { errors } = parseEdl(
      ['FCM: DROP FRAME', '001  A V C 00:00:00:00 00:00:01:00 00:00:00:00 00:00:01:00'].join('\n'),
    );
    expect(errors).toEqual([
      {
        line: 1,
        field: 'FCM',
        message:
          'Line 1: FCM: DROP FRAME needs a 29.97 or 59.94 fps timeline, not 24; import with fps 29.97 or 59.94.',
      },
    ]);
  });

  it('says what an EDL looks like when the file has no events', () => {
    const { rows, errors } = parseEdl('episode,shot\n101,SH010\n');
    expect(rows).toEqual([]);
    expect(errors.map((e) => e.line)).toEqual([1, 1, 2]);
    expect(errors[0].message).toMatch(
      /^Line 1: no events found; a CMX3600 EDL lists events such as "001 REEL V C/,
    );
    expect(errors[2].message).toBe(
      'Line 2: "101,SH010" is neither an event, a note (a line starting with *) nor an EDL statement such as TITLE:, FCM: or M2; start a comment with *.',
    );
  });
});
