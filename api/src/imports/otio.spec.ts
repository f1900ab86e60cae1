import { readFileSync } from 'fs';
import { join } from 'path';
import { parseOtio } from './otio';

const ENABLED = readFileSync(join(__dirname, '../../../test/fixtures/samples/otio/enabled.otio'), 'utf8');

/** The sample as an object, to derive variants from. */
const sample = () => JSON.parse(ENABLED);

const clip = (name: string, value: number, rate: number, extra: object = {}) => ({
  OTIO_SCHEMA: 'Clip.1',
  name,
  source_range: {
    OTIO_SCHEMA: 'TimeRange.1',
    start_time: { OTIO_SCHEMA: 'RationalTime.1', value: 0, rate },
    duration: { OTIO_SCHEMA: 'RationalTime.1', value, rate },
  },
  ...extra,
});
const timeline = (items: object[], extra: object = {}) =>
  JSON.stringify({
    OTIO_SCHEMA: 'Timeline.1',
    name: 'cut',
    tracks: {
      OTIO_SCHEMA: 'Stack.1',
      children: [{ OTIO_SCHEMA: 'Track.1', kind: 'Video', name: 'V1', children: items }],
    },
    ...extra,
  });

describe('parseOtio on enabled.otio', () => {
  // The vendored sample has two video tracks: Clip-001 and Clip-002 (3 frames each, both
  // "enabled": true) on Track-001, and a 3-frame Gap then Clip-003 (no "enabled" key, which
  // OTIO reads as enabled) on Track-002. Nothing in it is disabled, so all three clips are shots.
  it('reads the three clips and skips the gap', () => {
    const { rows, errors, title } = parseOtio(ENABLED);
    expect(errors).toEqual([]);
    expect(title).toBe('enable_test');
    expect(rows).toEqual([
      {
        code: 'Clip-001',
        clipName: 'Clip-001',
        frameCount: 3,
        frameIn: 0,
        frameOut: 2,
        fps: 24,
        timeScalar: null,
        notes: [],
        line: 1,
        track: 'Track-001',
        path: '$.tracks.children[0].children[0]',
      },
      {
        code: 'Clip-002',
        clipName: 'Clip-002',
        frameCount: 3,
        frameIn: 3,
        frameOut: 5,
        fps: 24,
        timeScalar: null,
        notes: [],
        line: 1,
        track: 'Track-001',
        path: '$.tracks.children[0].children[1]',
      },
      {
        code: 'Clip-003',
        clipName: 'Clip-003',
        frameCount: 3,
        frameIn: 3,
        frameOut: 5,
        fps: 24,
        timeScalar: null,
        notes: [],
        line: 1,
        track: 'Track-002',
        path: '$.tracks.children[1].children[1]',
      },
    ]);
  });

  it('skips a clip once it is disabled', () => {
    const doc = sample();
    doc.tracks.children[0].children[1].enabled = false;
    const { rows, errors } = parseOtio(JSON.stringify(doc));
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.code)).toEqual(['Clip-001', 'Clip-003']);
  });

  it('skips every clip of a disabled track and of an audio track', () => {
    const doc = sample();
    doc.tracks.children[0].enabled = false;
    doc.tracks.children[1].kind = 'Audio';
    expect(parseOtio(JSON.stringify(doc))).toEqual({ title: 'enable_test', rows: [], errors: [] });
  });
});

describe('parseOtio rules', () => {
  it('counts at the timeline rate, converting clips at another rate', () => {
    const text = timeline([clip('SH010', 50, 25), clip('SH020', 48, 24)], {
      global_start_time: { OTIO_SCHEMA: 'RationalTime.1', value: 86400, rate: 24 },
    });
    expect(parseOtio(text).rows.map((r) => [r.code, r.frameCount, r.fps])).toEqual([
      ['SH010', 48, 24],
      ['SH020', 48, 24],
    ]);
    expect(parseOtio(text, { fps: 25 }).rows.map((r) => r.frameCount)).toEqual([50, 50]);
  });

  it('falls back to the media available_range, reads Clip.2 references and marker names', () => {
    const range = clip('x', 10, 24).source_range;
    const text = timeline([
      {
        OTIO_SCHEMA: 'Clip.1',
        name: 'SH010 (V2)',
        source_range: null,
        media_reference: { available_range: range },
      },
      {
        OTIO_SCHEMA: 'Clip.2',
        name: 'SH020',
        active_media_reference_key: 'HIGH',
        media_references: { HIGH: { available_range: range } },
        markers: [{ OTIO_SCHEMA: 'Marker.2', name: 'fix edge' }],
      },
      { OTIO_SCHEMA: 'Transition.1', name: 'dissolve' },
      clip('', 5, 24),
    ]);
    const { rows, errors } = parseOtio(text);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.code, r.frameCount, r.notes])).toEqual([
      ['SH010', 10, []],
      ['SH020', 10, ['fix edge']],
      ['CLIP-3', 5, []],
    ]);
  });

  it.each([
    ['SerializableCollection.1', 'a collection (a bin of several items)'],
    ['Clip.1', 'a single clip'],
  ])('refuses a %s with a message saying what the file is', (schema, what) => {
    const { rows, errors } = parseOtio(JSON.stringify({ OTIO_SCHEMA: schema, children: [] }));
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      {
        line: 1,
        field: '$.OTIO_SCHEMA',
        message: `$.OTIO_SCHEMA: the file is ${what} ("${schema}"), not a Timeline; export the timeline itself, whose OTIO_SCHEMA is "Timeline.1".`,
      },
    ]);
  });

  it('refuses text that is not JSON, naming the line and column where it breaks', () => {
    const { errors } = parseOtio('{\n  "OTIO_SCHEMA": "Timeline.1",\n  "tracks": {},\n}');
    expect(errors).toEqual([
      {
        line: 4,
        message:
          'Line 4: the file is not JSON: a property name is missing (a comma too many?) at "}" at line 4, column 1; an OpenTimelineIO .otio file holding a Timeline (OTIO_SCHEMA "Timeline.1") is expected.',
      },
    ]);
    // Column 9 of line 2: the x after "name": (a NaN before it on line 1 is not the problem).
    expect(parseOtio('{"a": NaN,\n"name": x}').errors[0].message).toMatch(
      /^Line 2: the file is not JSON: unexpected text at "x" at line 2, column 9;/,
    );
    expect(parseOtio('TITLE: an EDL\n001 ...').errors[0].message).toMatch(/^Line 1: the file is not JSON/);
    // Too deep for any parser's stack: said, not thrown.
    expect(parseOtio('['.repeat(1_000_000)).errors[0].message).toMatch(
      /^Line 1: the file is not JSON: it is nested too deeply to read at line 1, column 1;/,
    );
  });

  it('refuses JSON that is not OpenTimelineIO', () => {
    expect(parseOtio('[1, 2]').errors[0]).toMatchObject({
      field: '$',
      message: expect.stringMatching(/no OTIO_SCHEMA/),
    });
  });

  it('names the JSON path of a clip it cannot read, and keeps the others', () => {
    const broken = {
      OTIO_SCHEMA: 'Clip.1',
      name: 'SH030',
      source_range: { start_time: { value: 0, rate: 0 } },
    };
    const nested = { OTIO_SCHEMA: 'Stack.1', children: [] };
    const { rows, errors } = parseOtio(timeline([clip('SH010', 5, 24), broken, nested]));
    expect(rows.map((r) => r.code)).toEqual(['SH010']);
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [1, '$.tracks.children[0].children[1].source_range.start_time'],
      [1, '$.tracks.children[0].children[1].source_range.duration'],
      [1, '$.tracks.children[0].children[2]'],
    ]);
    expect(errors[0].message).toBe(
      '$.tracks.children[0].children[1].source_range.start_time: "rate" is 0; a RationalTime\'s rate must be a positive, finite number of frames per second.',
    );
    expect(errors[1].message).toMatch(
      /duration: a RationalTime with a numeric "value" and a positive "rate"/,
    );
    expect(errors[2].message).toMatch(/flatten them in the editor/);
  });
});
