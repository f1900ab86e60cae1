import { startTestServer, TestServer } from '../../../../test/support/server';
import {
  aiRun,
  aiRotoScenario,
  card,
  entry,
  insertReportFixture,
  production,
  ReportFixture,
  shot,
  task,
} from '../testing/report-fixture';

const PREVIEW = `query($p: ID!, $s: ID, $i: Int!) { planAdoptionPreview(productionId: $p, scenarioId: $s, index: $i) {
  index fingerprint cost { amountMinor } costEffect { amountMinor }
  changes { task from to costBefore { amountMinor } costAfter { amountMinor } costEffect { amountMinor } }
  kept { task path wanted reason } } }`;
const ADOPT = `mutation($p: ID!, $s: ID, $i: Int!, $f: String!) { adoptFrontierPoint(productionId: $p, scenarioId: $s, index: $i, fingerprint: $f) {
  adoptionId index changed cost { amountMinor } changes { task from to } kept { task path wanted reason } } }`;
const UNDO = `mutation($a: ID!) { undoPlanAdoption(adoptionId: $a) { adoptionId restored { task from to } } }`;

// Four roto shots of 100 frames bid 30 / 40 / 60 h at 50.00 an hour loaded. Under the scenario
// (2 h review, 25% rework, 36 GPU seconds a frame at 10.00 an hour) a task costs 2,083.33 HUMAN,
// 630.83 AI-assisted and 2 h x 50.00 + 10.00 = 110.00 AI-final: the cheapest point (index 0) puts
// every open task with no work on AI_FINAL. R3 is DONE, R4 has 2 h logged and R5 an AI run: the
// frontier keeps them on HUMAN (R3 at what it cost, nothing; R4 and R5 at 2,083.33), so only R1
// and R2 move: each saves 2,083.33 - 110.00 = 1,973.33. The point costs 2 x 110.00 + 2 x 2,083.33.
describe('adopting a frontier point: previewed, one audited transaction, undone as one step', () => {
  let server: TestServer;
  let f: ReportFixture;
  let planner: string;
  let p: string;
  let s: string;
  const ids: Record<string, string> = {};
  const audits = async () =>
    (
      await server.dataSource.query(
        `SELECT action, payload FROM audit_event WHERE production_id = $1 ORDER BY seq`,
        [p],
      )
    ).map((r: { action: string; payload: unknown }) => r);
  const paths = async () =>
    Object.fromEntries(
      (
        await server.dataSource.query(
          `SELECT s.code, t.path FROM task t JOIN shot s ON s.id = t.shot_id WHERE t.production_id = $1`,
          [p],
        )
      ).map((r: { code: string; path: string }) => [r.code, r.path]),
    );

  beforeAll(async () => {
    server = await startTestServer();
    f = await insertReportFixture(server.dataSource);
    planner = await server.login('planner@frameledger.local');
    const db = server.dataSource;
    const [{ id: template }] = await db.query(
      `SELECT id FROM bid_template WHERE task_type_code = 'RPT_ROTO'`,
    );
    p = await production(db, 'RPT-ADOPT', 'USD', 1_000_000, 'USD', '2031-06-01');
    await card(db, p, 'USD', { [f.roles.roto]: 4000 });
    for (const [code, status] of [
      ['R1', 'PLANNED'],
      ['R2', 'PLANNED'],
      ['R3', 'DONE'],
      ['R4', 'IN_PROGRESS'],
      ['R5', 'IN_PROGRESS'],
    ])
      ids[code] = await task(db, p, await shot(db, p, code, 100), 'RPT_ROTO', template, 'HUMAN', status);
    await entry(db, ids.R4, f.roles.roto, 'ARTIST', 120, '2031-01-10');
    await aiRun(db, ids.R5, 60_000, 100, 'USD', '2031-01-11T10:00:00Z');
    s = await aiRotoScenario(db, p);
  });
  afterAll(() => server.stop());

  const preview = async (i: number) => {
    const result = await server.gql(PREVIEW, { p, s, i }, planner);
    expect(result.errors).toBeUndefined();
    return (result.data as any).planAdoptionPreview;
  };

  it('refuses a point the frontier does not have, writing nothing', async () => {
    for (const result of [
      await server.gql(PREVIEW, { p, s, i: 999 }, planner),
      await server.gql(ADOPT, { p, s, i: 999, f: 'x' }, planner),
    ])
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'index' });
    expect(await audits()).toEqual([]);
    expect(Object.values(await paths())).toEqual(['HUMAN', 'HUMAN', 'HUMAN', 'HUMAN', 'HUMAN']);
  });

  it('previews exactly what would change and the money, and what is left alone and why', async () => {
    const seen = await preview(0);
    expect(seen).toMatchObject({
      index: 0,
      cost: { amountMinor: '438666' },
      costEffect: { amountMinor: '-394666' },
    });
    const move = {
      from: 'HUMAN',
      to: 'AI_FINAL',
      costBefore: { amountMinor: '208333' },
      costAfter: { amountMinor: '11000' },
      costEffect: { amountMinor: '-197333' },
    };
    expect(seen.changes).toEqual([
      { task: 'R1 RPT_ROTO', ...move },
      { task: 'R2 RPT_ROTO', ...move },
    ]);
    expect(seen.kept).toEqual([
      { task: 'R3 RPT_ROTO', path: 'HUMAN', wanted: 'HUMAN', reason: 'DONE' },
      { task: 'R4 RPT_ROTO', path: 'HUMAN', wanted: 'HUMAN', reason: 'WORK_LOGGED' },
      { task: 'R5 RPT_ROTO', path: 'HUMAN', wanted: 'HUMAN', reason: 'WORK_LOGGED' },
    ]);
    expect(await audits()).toEqual([]);
  });

  it('refuses a fingerprint that is not what the preview now says, writing nothing', async () => {
    const result = await server.gql(ADOPT, { p, s, i: 0, f: 'stale' }, planner);
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0].message).toMatch(/preview it again/);
    expect(await audits()).toEqual([]);
    expect(Object.values(await paths())).toEqual(['HUMAN', 'HUMAN', 'HUMAN', 'HUMAN', 'HUMAN']);
  });

  it('adopts what was previewed in one audit event, and undoes it in one: every path back, DONE and worked-on tasks never touched', async () => {
    const result = await server.gql(ADOPT, { p, s, i: 0, f: (await preview(0)).fingerprint }, planner);
    expect(result.errors).toBeUndefined();
    const adopted = (result.data as any).adoptFrontierPoint;
    expect(adopted).toMatchObject({ index: 0, changed: 2, cost: { amountMinor: '438666' } });
    expect(adopted.kept.map((k: { task: string }) => k.task)).toEqual([
      'R3 RPT_ROTO',
      'R4 RPT_ROTO',
      'R5 RPT_ROTO',
    ]);
    expect(await paths()).toEqual({ R1: 'AI_FINAL', R2: 'AI_FINAL', R3: 'HUMAN', R4: 'HUMAN', R5: 'HUMAN' });
    let events = await audits();
    expect(events.map((e: { action: string }) => e.action)).toEqual(['plan.adopt_frontier_point']);
    expect(events[0].payload).toMatchObject({
      adoptionId: adopted.adoptionId,
      changes: [
        { taskId: ids.R1, from: 'HUMAN', to: 'AI_FINAL' },
        { taskId: ids.R2, from: 'HUMAN', to: 'AI_FINAL' },
      ],
    });

    const undone = await server.gql(UNDO, { a: adopted.adoptionId }, planner);
    expect(undone.errors).toBeUndefined();
    expect((undone.data as any).undoPlanAdoption.restored).toEqual([
      { task: 'R1 RPT_ROTO', from: 'AI_FINAL', to: 'HUMAN' },
      { task: 'R2 RPT_ROTO', from: 'AI_FINAL', to: 'HUMAN' },
    ]);
    expect(Object.values(await paths())).toEqual(['HUMAN', 'HUMAN', 'HUMAN', 'HUMAN', 'HUMAN']);
    events = await audits();
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'plan.adopt_frontier_point',
      'plan.adoption.undo',
    ]);
    expect(events[1].payload.changes).toEqual([
      { taskId: ids.R1, from: 'AI_FINAL', to: 'HUMAN' },
      { taskId: ids.R2, from: 'AI_FINAL', to: 'HUMAN' },
    ]);

    const again = await server.gql(UNDO, { a: adopted.adoptionId }, planner);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0].message).toMatch(/already undone/);
    expect(await audits()).toHaveLength(2);
  });

  it('refuses to undo, changing nothing, once a task it moved has had work logged', async () => {
    const result = await server.gql(ADOPT, { p, s, i: 0, f: (await preview(0)).fingerprint }, planner);
    const { adoptionId } = (result.data as any).adoptFrontierPoint;
    await entry(server.dataSource, ids.R1, f.roles.roto, 'AI_REVIEW', 60, '2031-02-01');
    const undone = await server.gql(UNDO, { a: adoptionId }, planner);
    expect(undone.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(undone.errors?.[0].message).toContain('R1 RPT_ROTO (work logged since)');
    expect(await paths()).toEqual({ R1: 'AI_FINAL', R2: 'AI_FINAL', R3: 'HUMAN', R4: 'HUMAN', R5: 'HUMAN' });
    expect(await audits()).toHaveLength(3);
  });
});
