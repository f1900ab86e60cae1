import { readdirSync, readFileSync } from 'node:fs';
import { hourlyRate, money, type RiskInput } from '@frameledger/analytics';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { aiRotoScenario, card, insertReportFixture, production, shot, task } from '../testing/report-fixture';
import { reportCaller } from './report-caller';
import { ReportPool } from './report-pool';

const PREVIEW = `query($p: ID!, $s: ID) { planAdoptionPreview(productionId: $p, scenarioId: $s, index: 0) { fingerprint } }`;
const ADOPT = `mutation($p: ID!, $s: ID, $f: String!) { adoptFrontierPoint(productionId: $p, scenarioId: $s, index: 0, fingerprint: $f) { changed } }`;
const RISK = `query($p: ID!, $s: ID) { riskProfile(productionId: $p, scenarioId: $s, draws: 1000) { p50 { amountMinor } } }`;

// A Monte Carlo run of 200 tasks x 1,000,000 draws: seconds of one thread, which is what keeps the
// one-thread pool busy while the requests below arrive (they take milliseconds).
const heavy: RiskInput = {
  currency: 'USD',
  draws: 1_000_000,
  tasks: Array.from({ length: 200 }, (_, i) => ({
    taskId: `t${i}`,
    hours: { optimistic: 10, mostLikely: 20, pessimistic: 40 },
    rate: hourlyRate(money(5000n, 'USD')),
  })),
};

describe('heavy reports run on worker threads, capped per person and by queue', () => {
  let server: TestServer;
  let pool: ReportPool;
  let p: string;
  let s: string;
  let r1: string;
  const tokens: Record<string, string> = {};
  const userId = async (email: string) =>
    (await server.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id as string;
  const written = async () => ({
    path: (await server.dataSource.query(`SELECT path FROM task WHERE id = $1`, [r1]))[0].path,
    audits: (
      await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE production_id = $1`, [
        p,
      ])
    )[0].n,
  });

  beforeAll(async () => {
    server = await startTestServer({
      REPORT_THREADS: '1',
      REPORT_MAX_PER_USER: '1',
      REPORT_QUEUE_LIMIT: '1',
    });
    pool = server.app.get(ReportPool);
    const f = await insertReportFixture(server.dataSource);
    const db = server.dataSource;
    for (const who of ['planner', 'admin', 'executive'])
      tokens[who] = await server.login(`${who}@frameledger.local`);
    const [{ id: template }] = await db.query(
      `SELECT id FROM bid_template WHERE task_type_code = 'RPT_ROTO'`,
    );
    p = await production(db, 'RPT-POOL', 'USD', 1_000_000, 'USD', '2031-06-01');
    await card(db, p, 'USD', { [f.roles.roto]: 4000 });
    r1 = await task(db, p, await shot(db, p, 'R1', 100), 'RPT_ROTO', template, 'HUMAN', 'PLANNED');
    s = await aiRotoScenario(db, p);
  });
  afterAll(() => server.stop());

  it('answers `me` while the pool is saturated, and refuses past the caps with a retry hint, writing nothing', async () => {
    const { fingerprint: f } = (await server.gql(PREVIEW, { p, s }, tokens.planner)).data!
      .planAdoptionPreview;
    const before = await written();
    // The planner's own report holds the only thread; someone else's waits in the one queue place.
    const planner = await userId('planner@frameledger.local');
    const running = reportCaller.run(planner, () => pool.run('risk', heavy));
    const waiting = reportCaller.run('someone-else', () => pool.run('risk', heavy));
    expect(pool.load).toEqual({ running: 1, waiting: 1 });

    const me = await server.gql(`{ me { role } }`, {}, tokens.executive);
    expect(me).toEqual({ data: { me: { role: 'EXECUTIVE' } } });

    const mine = await server.gql(ADOPT, { p, s, f }, tokens.planner);
    expect(mine.errors?.[0].message).toMatch(
      /^You already have 1 heavy report running; wait about 5 seconds/,
    );
    const full = await server.gql(RISK, { p, s }, tokens.admin);
    expect(full.errors?.[0].message).toMatch(/^Every report thread is busy and 1 reports are waiting/);
    for (const refused of [mine, full])
      expect(refused.errors?.[0].extensions).toEqual({
        code: 'RESOURCE_EXHAUSTED',
        retryable: true,
        retryAfterSeconds: 5,
      });
    expect(pool.load).toEqual({ running: 1, waiting: 1 });
    expect(await written()).toEqual(before);

    // Once the pool drains, the same adoption goes through on the same fingerprint.
    await Promise.all([running, waiting]);
    expect((await server.gql(ADOPT, { p, s, f }, tokens.planner)).data).toEqual({
      adoptFrontierPoint: { changed: 1 },
    });
    expect((await written()).path).toBe('AI_FINAL');
  });

  it('gives the same risk answer from the thread as the seed promises, and carries analytics refusals', async () => {
    const twice = [
      await server.gql(RISK, { p, s }, tokens.planner),
      await server.gql(RISK, { p, s }, tokens.planner),
    ];
    expect(twice[0].data).toEqual(twice[1].data);
    const bad = await reportCaller
      .run('x', () => pool.run('risk', { ...heavy, draws: 0 }))
      .catch((e: Error) => e);
    expect(bad).toMatchObject({ name: 'AnalyticsInputError', field: 'draws' });
  });

  // Linux keeps a nice value per thread (the 20th field of /proc/<pid>/task/<tid>/stat).
  const threadNices = () =>
    readdirSync('/proc/self/task').map((tid) => {
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
      return { tid: Number(tid), nice: Number(fields[16]) };
    });

  it('runs reports on threads that give way to the request thread (REPORT_THREAD_NICE, 10 by default)', async () => {
    await reportCaller.run('x', () => pool.run('risk', { ...heavy, draws: 1000 }));
    const threads = threadNices();
    expect(threads.find((t) => t.tid === process.pid)?.nice).toBe(0);
    expect(threads.filter((t) => t.nice === 10).length).toBeGreaterThanOrEqual(1);
  });
});
