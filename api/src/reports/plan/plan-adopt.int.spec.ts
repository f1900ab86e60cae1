import { startTestServer, TestServer } from '../../../../test/support/server';
import {
  card,
  entry,
  insertReportFixture,
  production,
  ReportFixture,
  shot,
  task,
} from '../testing/report-fixture';

const ADOPT = `mutation($p: ID!, $s: ID, $i: Int!) { adoptFrontierPoint(productionId: $p, scenarioId: $s, index: $i) {
  index changed cost { amountMinor } kept { task path wanted reason } } }`;

// Four roto shots of 100 frames bid 30 / 40 / 60 h at 50.00 an hour loaded. Under the scenario
// (2 h review, 25% rework, 36 GPU seconds a frame at 10.00 an hour) a task costs 2,083.33 HUMAN,
// 630.83 AI-assisted and 2 h x 50.00 + 10.00 = 110.00 AI-final: the cheapest point (index 0) puts
// every task on AI_FINAL. R3 is DONE and R4 has 2 h logged, so only R1 and R2 can move.
describe('adoptFrontierPoint: one audited transaction for the whole plan', () => {
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
    ])
      ids[code] = await task(db, p, await shot(db, p, code, 100), 'RPT_ROTO', template, 'HUMAN', status);
    await entry(db, ids.R4, f.roles.roto, 'ARTIST', 120, '2031-01-10');
    [{ id: s }] = await db.query(
      `INSERT INTO scenario (production_id, name, assumptions) VALUES ($1, 'AI roto', $2) RETURNING id`,
      [
        p,
        JSON.stringify({
          pathByTaskType: [],
          aiReviewHoursPerTask: 2,
          reworkRatePercent: 25,
          gpuDeviceClass: 'L4',
          gpuPricePerHour: { amountMinor: '1000', currency: 'USD' },
          gpuSecondsPerFrame: 36,
          headcounts: [{ roleCode: 'RPT_ROTO', people: 2 }],
          gpuCount: 1,
          contingencyPercent: 10,
          hoursPerWeek: 40,
        }),
      ],
    );
  });
  afterAll(() => server.stop());

  it('refuses a point the frontier does not have, writing nothing', async () => {
    const result = await server.gql(ADOPT, { p, s, i: 999 }, planner);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'index' });
    expect(await audits()).toEqual([]);
    expect(Object.values(await paths())).toEqual(['HUMAN', 'HUMAN', 'HUMAN', 'HUMAN']);
  });

  it('moves R1 and R2 to AI_FINAL, keeps the DONE R3 and the worked-on R4, in one audit event', async () => {
    const result = await server.gql(ADOPT, { p, s, i: 0 }, planner);
    expect(result.errors).toBeUndefined();
    const adopted = (result.data as any).adoptFrontierPoint;
    // 4 x 110.00 on AI_FINAL.
    expect(adopted).toMatchObject({ index: 0, changed: 2, cost: { amountMinor: '44000' } });
    expect(adopted.kept).toEqual([
      { task: 'R3 RPT_ROTO', path: 'HUMAN', wanted: 'AI_FINAL', reason: 'DONE' },
      { task: 'R4 RPT_ROTO', path: 'HUMAN', wanted: 'AI_FINAL', reason: 'WORK_LOGGED' },
    ]);
    expect(await paths()).toEqual({ R1: 'AI_FINAL', R2: 'AI_FINAL', R3: 'HUMAN', R4: 'HUMAN' });
    const events = await audits();
    expect(events.map((e: { action: string }) => e.action)).toEqual(['plan.adopt_frontier_point']);
    expect(events[0].payload.changes).toEqual([
      { taskId: ids.R1, before: 'HUMAN', path: 'AI_FINAL' },
      { taskId: ids.R2, before: 'HUMAN', path: 'AI_FINAL' },
    ]);
  });
});
