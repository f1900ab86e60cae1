// What the shot table can hold, checked in the dry run (issue: a dry run passed a file whose
// commit then failed in the database).
import { BreakdownFormat } from './breakdown.types';
import { readBreakdown } from './breakdown-rows';

const otio = (name: string, frames: number) =>
  JSON.stringify({
    OTIO_SCHEMA: 'Timeline.1',
    name: 'limits',
    tracks: {
      OTIO_SCHEMA: 'Stack.1',
      children: [
        {
          OTIO_SCHEMA: 'Track.1',
          kind: 'Video',
          name: 'V1',
          children: [
            {
              OTIO_SCHEMA: 'Clip.1',
              name,
              source_range: {
                start_time: { value: 0, rate: 24 },
                duration: { value: frames, rate: 24 },
              },
            },
          ],
        },
      ],
    },
  });

describe('readBreakdown limits', () => {
  it('reports a shot code longer than 64 characters on its line, from a CSV or a clip name', () => {
    const code = 'S'.repeat(65);
    const csv = readBreakdown(
      BreakdownFormat.CSV,
      `episode,shot,frame_count\n1,${code},10\n1,SH020,10\n`,
      {},
    );
    expect(csv.rows.map((r) => r.code)).toEqual(['SH020']);
    expect(csv.errors.map((e) => [e.line, e.field])).toEqual([[2, 'shot']]);
    const edl = readBreakdown(
      BreakdownFormat.EDL,
      `001  A V C 01:00:00:00 01:00:01:00 00:00:00:00 00:00:01:00\n* FROM CLIP NAME:  ${code}\n`,
      {},
    );
    expect(edl.rows).toEqual([]);
    expect(edl.errors).toEqual([
      {
        line: 1,
        field: 'shot',
        message: `Line 1: the shot code made from the clip "${code}" is 65 characters; a shot code has at most 64, so shorten the name.`,
      },
    ]);
  });

  it('reports an OTIO clip of 2.5e9 frames at its JSON path instead of failing the commit', () => {
    const { rows, errors } = readBreakdown(BreakdownFormat.OTIO, otio('SH010', 2.5e9), {});
    expect(rows).toEqual([]);
    // Numbered from 1001, its last frame would be 2,500,001,000, past PostgreSQL's int.
    expect(errors).toEqual([
      {
        line: 1,
        field: '$.tracks.children[0].children[0]',
        message:
          "$.tracks.children[0].children[0]: the shot is 2500000000 frames (frames 1001 to 2500001000); frame numbers stop at 2,147,483,647, so check the clip's duration and rate.",
      },
    ]);
  });

  it('takes the longest shot whose numbers still fit: 1001 + 2,147,482,647 - 1 = 2,147,483,647', () => {
    expect(readBreakdown(BreakdownFormat.OTIO, otio('SH010', 2_147_482_647), {}).errors).toEqual([]);
    expect(readBreakdown(BreakdownFormat.OTIO, otio('SH010', 2_147_482_648), {}).errors).toHaveLength(1);
  });

  it('reports a CSV frame number past the column', () => {
    const { rows, errors } = readBreakdown(
      BreakdownFormat.CSV,
      'episode,shot,frame_in,frame_out\n1,SH010,1001,999999999999\n',
      {},
    );
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.field])).toEqual([[2, 'frame_count']]);
  });

  it('carries an edit speed effect onto the row', () => {
    const edl = [
      '001  A V C 01:00:00:00 01:00:02:00 00:00:00:00 00:00:01:00',
      'M2   A       048.0                01:00:00:00',
      '* FROM CLIP NAME:  SH010 (LAY1) (48.00 FPS)',
    ].join('\n');
    const { rows, errors } = readBreakdown(BreakdownFormat.EDL, edl, {});
    expect(errors).toEqual([]);
    expect(rows).toMatchObject([
      { code: 'SH010', frameIn: 1001, frameOut: 1024, frameCount: 24, timeScalar: 2 },
    ]);
  });

  it('reports an OTIO name that escapes a NUL, which PostgreSQL text cannot hold', () => {
    // "\\u0000" in the JSON text: the file itself holds no NUL, the parsed name does.
    const text = otio('SH\u0000010', 10).replace('"name":"limits"', '"name":"cut\\u0000"');
    const { rows, errors, title } = readBreakdown(BreakdownFormat.OTIO, text, {});
    expect(rows).toEqual([]);
    expect(title).toBeNull();
    expect(errors).toEqual([
      {
        line: 1,
        field: '$.tracks.children[0].children[0]',
        message:
          '$.tracks.children[0].children[0]: shot code: remove the NUL character (\\u0000); text cannot hold it.',
      },
      {
        line: 1,
        field: '$.name',
        message: '$.name: title: remove the NUL character (\\u0000); text cannot hold it.',
      },
    ]);
  });
});
