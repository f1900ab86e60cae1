/**
 * Benchmark for the import parsers (docs/imports.md): an OTIO timeline of about 20 MB read as
 * plain JSON and with one bare NaN in it (OpenTimelineIO's own way of writing non-finite numbers,
 * read through the marker pass in api/src/imports/json.ts), an EDL of 10,000 events
 * and a breakdown CSV of 50,000 rows (csv-parse).
 *
 * Floors from the same run: JSON.parse of the plain timeline, and the CSV split at commas and
 * line ends with no quoting. Run with `npm run bench:imports`. Each timing is the median of five
 * runs after one warm-up run. Prints one JSON line.
 */
import { parseBreakdownCsv, parseEdl, parseOtio } from '../../api/src/imports';

const RUNS = 5;
const CLIPS = 16_500;
const EVENTS = 10_000;
const ROWS = 50_000;

function median(run: () => unknown): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]);
}

const time = (value: number) => ({ OTIO_SCHEMA: 'RationalTime.1', rate: 24, value });
const clips = Array.from({ length: CLIPS }, (_, i) => ({
  OTIO_SCHEMA: 'Clip.1',
  name: `SH${String(i).padStart(5, '0')} (LAY1)`,
  source_range: { OTIO_SCHEMA: 'TimeRange.1', start_time: time(86_400 + i * 48), duration: time(48) },
  metadata: { cmx_3600: { reel: `A${i}`, comments: ['x'.repeat(100)] } },
  markers: [],
  effects: [],
}));
const otio = JSON.stringify(
  {
    OTIO_SCHEMA: 'Timeline.1',
    name: 'bench',
    tracks: {
      OTIO_SCHEMA: 'Stack.1',
      children: [{ OTIO_SCHEMA: 'Track.1', kind: 'Video', children: clips }],
    },
  },
  null,
  4,
);
// One metadata value becomes a bare NaN, as Python's json module writes float('nan').
const otioNaN = otio.replace('"comments": [', '"gain": NaN,\n"comments": [');

const tc = (frame: number) =>
  [frame / 86_400, (frame / 1_440) % 60, (frame / 24) % 60, frame % 24]
    .map((n) => String(Math.floor(n)).padStart(2, '0'))
    .join(':');
const edl = [
  'TITLE: bench',
  'FCM: NON-DROP FRAME',
  ...Array.from({ length: EVENTS }, (_, i) => [
    `${String(i + 1).padStart(6, '0')}  A${i} V C ${tc(86_400 + i * 48)} ${tc(86_448 + i * 48)} ${tc(i * 48)} ${tc(48 + i * 48)}`,
    `* FROM CLIP NAME:  SH${String(i).padStart(5, '0')} (LAY1)`,
  ]).flat(),
].join('\n');

const csv = [
  'episode,sequence,shot,frame_in,frame_out,description,task_type,complexity',
  ...Array.from(
    { length: ROWS },
    (_, i) => `${1 + (i % 10)},SQ${i % 50},SH${i},1001,${1001 + (i % 200)},"rig removal, left",ROTO,3`,
  ),
].join('\n');

const checked = [parseOtio(otio), parseOtio(otioNaN), parseEdl(edl)].map((r) => [
  r.rows.length,
  r.errors.length,
]);
const csvRead = parseBreakdownCsv(csv);
if (checked.some(([rows, errors]) => errors !== 0 || rows === 0) || csvRead.errors.length !== 0) {
  throw new Error(`a bench input did not read cleanly: ${JSON.stringify(checked)}`);
}

console.log(
  JSON.stringify({
    otio_mb: Number((otio.length / 1e6).toFixed(1)),
    otio_clips: CLIPS,
    otio_json_parse_floor_ms: median(() => JSON.parse(otio)),
    otio_plain_json_ms: median(() => parseOtio(otio)),
    otio_with_nan_ms: median(() => parseOtio(otioNaN)),
    edl_events: EVENTS,
    edl_ms: median(() => parseEdl(edl)),
    csv_rows: ROWS,
    csv_split_floor_ms: median(() => csv.split('\n').map((line) => line.split(','))),
    csv_ms: median(() => parseBreakdownCsv(csv)),
  }),
);
