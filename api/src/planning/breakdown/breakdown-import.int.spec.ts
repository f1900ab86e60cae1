import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestServer, TestServer } from '../../../../test/support/server';

const SAMPLES = join(__dirname, '../../../../test/fixtures/samples');
const sample = (path: string) => readFileSync(join(SAMPLES, path), 'utf8');
const FIXTURES = join(__dirname, '../../../../test/fixtures/imports');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const IMPORT = `mutation($productionId: ID!, $format: BreakdownFormat!, $content: String!, $dryRun: Boolean!,
    $episodeNumber: Int, $taskTypeCode: String, $complexity: Int, $fps: Float) {
  importBreakdown(productionId: $productionId, format: $format, content: $content, dryRun: $dryRun,
      episodeNumber: $episodeNumber, taskTypeCode: $taskTypeCode, complexity: $complexity, fps: $fps) {
    dryRun committed title newEpisodes newShots newTasks
    shots { line code episodeNumber frameIn frameOut frameCount fps timeScalar exists shotId }
    tasks { line shotCode taskTypeCode complexity path exists }
    errors { line field message }
  }
}`;

describe('importBreakdown', () => {
  let server: TestServer;
  let planner: string;
  let productionId: string;
  const counts = async (id = productionId) => {
    const [row] = await server.dataSource.query(
      `SELECT (SELECT count(*)::int FROM shot WHERE production_id = $1) AS shots,
              (SELECT count(*)::int FROM task WHERE production_id = $1) AS tasks,
              (SELECT count(*)::int FROM episode WHERE production_id = $1) AS episodes,
              (SELECT count(*)::int FROM audit_event WHERE production_id = $1) AS events`,
      [id],
    );
    return row;
  };
  const run = (vars: Record<string, unknown>, token = planner) =>
    server.gql(IMPORT, { productionId, dryRun: true, ...vars }, token);

  beforeAll(async () => {
    server = await startTestServer();
    planner = await server.login('planner@frameledger.local');
    const created = await server.gql(
      `mutation { createProduction(input: { code: "IMPORTS", title: "Import tests", currency: "USD", vfxBudgetMinor: "100000000",
         startDate: "2026-01-01", deliveryDate: "2026-12-31", country: "US" }) { id } }`,
      {},
      planner,
    );
    productionId = created.data!.createProduction.id;
  });
  afterAll(() => server?.stop());

  it('dry-runs screening_example.edl: shots of 31, 50, 28, 115, 101, 161 and 170 frames first, and writes nothing', async () => {
    const before = await counts();
    const result = await run({ format: 'EDL', content: sample('edl/screening_example.edl') });
    expect(result.errors).toBeUndefined();
    const report = result.data!.importBreakdown;
    expect(report).toMatchObject({
      dryRun: true,
      committed: false,
      title: 'Example_Screening.01',
      errors: [],
    });
    expect(report.shots.slice(0, 7).map((s: { frameCount: number }) => s.frameCount)).toEqual([
      31, 50, 28, 115, 101, 161, 170,
    ]);
    // The file holds nine picture events; the last two (reel ZZ100_51) are shots too.
    expect(
      report.shots.map((s: { code: string; frameCount: number }) => [s.code, s.frameCount]).slice(7),
    ).toEqual([
      ['ZZ100_510', 136],
      ['ZZ100_510B', 257],
    ]);
    expect(report.shots[0]).toMatchObject({
      code: 'ZZ100_501',
      frameIn: 1001,
      frameOut: 1031,
      fps: 24,
      exists: false,
      shotId: null,
    });
    expect(await counts()).toEqual(before);
  });

  it('commits an edit into an episode with a task per shot, all in one transaction with one audit event', async () => {
    const before = await counts();
    const result = await run({
      format: 'EDL',
      content: sample('edl/screening_example.edl'),
      dryRun: false,
      episodeNumber: 3,
      taskTypeCode: 'ROTO',
      complexity: 2,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.importBreakdown).toMatchObject({
      committed: true,
      newEpisodes: 1,
      newShots: 9,
      newTasks: 9,
    });
    expect(result.data!.importBreakdown.shots.every((s: { shotId: string | null }) => s.shotId)).toBe(true);
    const after = await counts();
    expect(after).toEqual({
      shots: before.shots + 9,
      tasks: before.tasks + 9,
      episodes: before.episodes + 1,
      events: before.events + 1,
    });
    const [event] = await server.dataSource.query(
      `SELECT action, payload FROM audit_event WHERE production_id = $1 ORDER BY seq DESC LIMIT 1`,
      [productionId],
    );
    expect(event).toEqual({
      action: 'breakdown.import',
      payload: {
        before: null,
        after: {
          format: 'EDL',
          title: 'Example_Screening.01',
          newEpisodes: 1,
          newShots: 9,
          reusedShots: 0,
          newTasks: 9,
        },
      },
    });
  });

  it('reuses shots and tasks that exist already when the same edit comes again', async () => {
    const result = await run({
      format: 'EDL',
      content: sample('edl/screening_example.edl'),
      episodeNumber: 3,
      taskTypeCode: 'ROTO',
      complexity: 2,
    });
    expect(result.data!.importBreakdown).toMatchObject({
      newEpisodes: 0,
      newShots: 0,
      newTasks: 0,
      errors: [],
    });
    expect(result.data!.importBreakdown.tasks.every((t: { exists: boolean }) => t.exists)).toBe(true);
  });

  it('counts no new shot, task or episode for shots that exist in another episode: the summary agrees with the 9 errors', async () => {
    const result = await run({
      format: 'EDL',
      content: sample('edl/screening_example.edl'),
      episodeNumber: 4,
      taskTypeCode: 'ROTO',
      complexity: 2,
    });
    const report = result.data!.importBreakdown;
    expect(report.errors).toHaveLength(9);
    expect(report.errors[0].message).toContain('exists already in episode 3, not episode 4');
    expect(report).toMatchObject({ newEpisodes: 0, newShots: 0, newTasks: 0 });
  });

  it('reads an OpenTimelineIO timeline', async () => {
    const result = await run({ format: 'OTIO', content: sample('otio/enabled.otio') });
    expect(result.data!.importBreakdown.errors).toEqual([]);
    expect(result.data!.importBreakdown.shots.length).toBeGreaterThan(0);
  });

  it('refuses a CSV commit with one bad line as a whole, naming the line, and writes nothing', async () => {
    const before = await counts();
    const csv = [
      'episode,sequence,shot,frame_in,frame_out,task_type,complexity',
      '1,COL,COL010,1001,1096,ROTO,3',
      '1,COL,COL020,1001,1048,PAINT,2',
      '1,COL,COL030,1001,0900,COMP,2',
    ].join('\n');
    const dry = await run({ format: 'CSV', content: csv });
    expect(dry.data!.importBreakdown.errors).toEqual([
      {
        line: 4,
        field: 'frame_out',
        message:
          'Line 4: frame_out 900 is before frame_in 1001; the range is inclusive, so frame_out must be at least frame_in.',
      },
    ]);
    expect(
      dry.data!.importBreakdown.shots.map((s: { code: string; frameCount: number }) => [
        s.code,
        s.frameCount,
      ]),
    ).toEqual([
      ['COL010', 96],
      ['COL020', 48],
    ]);
    const commit = await run({ format: 'CSV', content: csv, dryRun: false });
    expect(commit.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'frame_out',
      line: 4,
    });
    expect(commit.errors?.[0].message).toBe(
      'One problem in the CSV file; nothing was imported. Line 4: frame_out 900 is before frame_in 1001; the range is inclusive, so frame_out must be at least frame_in.',
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses an EDL with a bad timecode, naming the line and the field', async () => {
    const edl = 'TITLE: broken\n\n001  REEL1 V C 01:00:00:00 01:00:01:30 00:00:00:00 00:00:01:00\n';
    const commit = await run({ format: 'EDL', content: edl, dryRun: false });
    expect(commit.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'source-out',
      line: 3,
    });
    expect(commit.errors?.[0].message).toMatch(
      /Line 3: source-out timecode "01:00:01:30" is not HH:MM:SS:FF \(frames 00-23 at 24 fps\)/,
    );
  });

  it('suggests the frame rate when an EDL read at 24 fps counts frame 24', async () => {
    const withSuggestion = IMPORT.replace(
      'errors { line field message }',
      'errors { line field message suggestion }',
    );
    const at24 = await server.gql(
      withSuggestion,
      { productionId, dryRun: true, format: 'EDL', content: sample('edl/25fps.edl'), fps: 24 },
      planner,
    );
    const hints = at24.data!.importBreakdown.errors.filter((e: { field: string }) => e.field === 'fps');
    expect(hints).toHaveLength(1);
    expect(hints[0].suggestion).toBe('Import at 25 or 30 fps, the rate the edit was cut at.');
    const at25 = await run({ format: 'EDL', content: sample('edl/25fps.edl'), fps: 25 });
    expect(at25.data!.importBreakdown.errors).toEqual([]);
  });

  it.each([-1, 0])(
    'refuses episode number %d, naming the field, and writes nothing',
    async (episodeNumber) => {
      const before = await counts();
      for (const dryRun of [true, false]) {
        const refused = await run({
          format: 'EDL',
          content: sample('edl/25fps.edl'),
          fps: 25,
          episodeNumber,
          dryRun,
        });
        expect(refused.data).toBeNull();
        expect(refused.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'episodeNumber',
        });
        expect(refused.errors?.[0].message).toBe('episodeNumber: episodes are numbered from 1');
      }
      expect(await counts()).toEqual(before);
    },
  );

  it('refuses an OTIO file that is not a timeline', async () => {
    const clip = JSON.stringify({ OTIO_SCHEMA: 'Clip.2', name: 'lonely clip' });
    const commit = await run({ format: 'OTIO', content: clip, dryRun: false });
    expect(commit.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '$.OTIO_SCHEMA' });
    expect(commit.errors?.[0].message).toMatch(/the file is a single clip \("Clip.2"\), not a Timeline/);
  });

  it('refuses a CSV with a missing column on line 1, listing the columns expected', async () => {
    const commit = await run({
      format: 'CSV',
      content: 'episode,frame_in,frame_out\n1,1001,1010\n',
      dryRun: false,
    });
    expect(commit.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'shot', line: 1 });
    expect(commit.errors?.[0].message).toMatch(
      /Line 1: the header has no "shot" column\. Expected columns: episode, shot/,
    );
  });

  it('names a line whose shot exists already with other frames, and one with an unknown task type', async () => {
    const csv = [
      'episode,shot,frame_count,task_type,complexity',
      '3,ZZ100_501,99,,',
      '3,NEW010,10,ROTO,2',
      '3,NEW020,10,SPLINE,2',
    ].join('\n');
    const dry = await run({ format: 'CSV', content: csv });
    const errors = dry.data!.importBreakdown.errors.map((e: { line: number; field: string }) => [
      e.line,
      e.field,
    ]);
    expect(errors).toEqual([
      [2, 'frame_count'],
      [4, 'task_type'],
    ]);
    expect(dry.data!.importBreakdown.errors[0].message).toBe(
      'Line 2: shot ZZ100_501 exists already with 31 frames, but this file gives 99; rename the shot or correct its frames.',
    );
  });

  it('records speed effects on the shots, and a re-cut without them finds the same shots', async () => {
    const commit = await run({
      format: 'EDL',
      content: fixture('speed_effects.edl'),
      dryRun: false,
      episodeNumber: 4,
    });
    expect(commit.errors).toBeUndefined();
    const shots = commit.data!.importBreakdown.shots.map(
      (s: { code: string; frameCount: number; timeScalar: number | null }) => [
        s.code,
        s.frameCount,
        s.timeScalar,
      ],
    );
    // M2 048.0 and 012.0 on a 24 fps timeline are 2 and 0.5; the two FREEZE FRAME events are 0.
    expect(shots).toEqual([
      ['SH010', 24, null],
      ['SH020', 24, 2],
      ['SH030', 18, 0],
      ['SH040', 24, 0.5],
      ['SH050', 12, 0],
    ]);
    // Stored on the shot, and listed with it (Shot.timeScalar).
    const listed = await server.gql(
      `query($p: ID!) { shots(productionId: $p, first: 100) { edges { node { code frameIn frameOut timeScalar } } } }`,
      { p: productionId },
      planner,
    );
    const stored = listed
      .data!.shots.edges.map((e: { node: { code: string } }) => e.node)
      .filter((s: { code: string }) => /^SH0\d0$/.test(s.code));
    expect(stored.map((r: { code: string; timeScalar: number | null }) => [r.code, r.timeScalar])).toEqual([
      ['SH010', null],
      ['SH020', 2],
      ['SH030', 0],
      ['SH040', 0.5],
      ['SH050', 0],
    ]);
    expect(stored[2]).toMatchObject({ frameIn: 1001, frameOut: 1018 }); // 18 frames held from 1001
    // The same cut exported without the effects: same codes, same lengths, nothing new.
    const plain = await run({ format: 'EDL', content: fixture('speed_effects_plain.edl'), episodeNumber: 4 });
    expect(plain.data!.importBreakdown).toMatchObject({ errors: [], newShots: 0, newEpisodes: 0 });
    expect(plain.data!.importBreakdown.shots.every((s: { exists: boolean }) => s.exists)).toBe(true);
  });

  it('reports a shot code too long for the table in the dry run, on its line, and refuses the commit', async () => {
    // A 64-character clip name fits; its second use is made unique as "<name>-2", 66 characters.
    const name = 'LONG_CLIP_NAME_'.padEnd(64, 'X');
    const edl = [
      'TITLE: long names',
      '001  A V C 01:00:00:00 01:00:01:00 00:00:00:00 00:00:01:00',
      `* FROM CLIP NAME:  ${name}`,
      '002  A V C 01:00:01:00 01:00:02:00 00:00:01:00 00:00:02:00',
      `* FROM CLIP NAME:  ${name}`,
    ].join('\n');
    const before = await counts();
    const dry = await run({ format: 'EDL', content: edl });
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importBreakdown.errors).toEqual([
      {
        line: 4,
        field: 'shot',
        message: `Line 4: the shot code made from the clip "${name}-2" is 66 characters; a shot code has at most 64, so shorten the name.`,
      },
    ]);
    const commit = await run({ format: 'EDL', content: edl, dryRun: false });
    expect(commit.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'shot', line: 4 });
    expect(await counts()).toEqual(before);
  });

  it('reports an OTIO clip of 2.5e9 frames on its clip, never an internal error', async () => {
    const otio = fixture('non_finite_legacy.otio');
    // A production of its own: the shots above already use these codes with other lengths.
    const created = await server.gql(
      `mutation { createProduction(input: { code: "OTIOLIMITS", title: "OTIO limits", currency: "USD", vfxBudgetMinor: "100000000",
         startDate: "2026-01-01", deliveryDate: "2026-12-31", country: "US" }) { id } }`,
      {},
      planner,
    );
    const own = { productionId: created.data!.createProduction.id as string };
    const dry = await run({ ...own, format: 'OTIO', content: otio });
    expect(dry.errors).toBeUndefined();
    const problems = dry.data!.importBreakdown.errors.map((e: { field: string }) => e.field);
    expect(problems).toEqual([
      // The parser's own problems first, then what the shot table cannot hold.
      '$.tracks.children[0].children[4].source_range.duration', // Infinity
      '$.tracks.children[0].children[6].source_range.start_time', // -Infinity
      '$.tracks.children[0].children[5]', // 2.5e9 frames
    ]);
    expect(dry.data!.importBreakdown.errors[2].message).toBe(
      "$.tracks.children[0].children[5]: the shot is 2500000000 frames (frames 1001 to 2500001000); frame numbers stop at 2,147,483,647, so check the clip's duration and rate.",
    );
    expect(dry.data!.importBreakdown.shots.map((s: { code: string }) => s.code)).toEqual([
      'SH010',
      'SH020',
      'SH030',
    ]);
    const before = await counts(own.productionId);
    const commit = await run({ ...own, format: 'OTIO', content: otio, dryRun: false });
    expect(commit.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problemCount: 3 });
    expect(await counts(own.productionId)).toEqual(before);
  });

  it("imports a task of a studio's own type, named by its name, and refuses an unknown taskTypeCode", async () => {
    const saved = await server.gql(
      `mutation {
        saveTaskType(input: { code: "FACE_REPL", name: "Face Replacement", baselineRoleCode: "COMPOSITOR" }) { code }
        setBidTemplate(input: { taskTypeCode: "FACE_REPL", unit: SHOT, complexity: 3, optimistic: 4, mostLikely: 6, pessimistic: 10 }) { id }
      }`,
      {},
      planner,
    );
    expect(saved.errors).toBeUndefined();
    const csv = 'episode,shot,frame_count,task_type,complexity\n5,FR010,48,Face Replacement,3\n';
    const commit = await run({ format: 'CSV', content: csv, dryRun: false });
    expect(commit.errors).toBeUndefined();
    expect(commit.data!.importBreakdown.tasks).toEqual([
      { line: 2, shotCode: 'FR010', taskTypeCode: 'FACE_REPL', complexity: 3, path: 'HUMAN', exists: false },
    ]);
    const unknown = await run({ format: 'EDL', content: sample('edl/gap_test.edl'), taskTypeCode: 'SPLINE' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taskTypeCode' });
    expect(unknown.errors?.[0].message).toMatch(
      /^The task type "SPLINE" is not one of the task types: .*FACE_REPL/,
    );
  });

  it('refuses a production that does not exist, and the reviewer', async () => {
    const missing = await server.gql(
      IMPORT,
      { productionId: '3f0c2a8e-5b1d-4c7e-9a2f-0d6b8e4c1a77', format: 'CSV', content: 'x', dryRun: true },
      planner,
    );
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const reviewer = await server.login('reviewer@frameledger.local');
    const refused = await run({ format: 'EDL', content: sample('edl/screening_example.edl') }, reviewer);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
