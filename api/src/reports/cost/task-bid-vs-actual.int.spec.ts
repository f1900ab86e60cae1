import { startTestServer, TestServer } from '../../../../test/support/server';
import { aiRun, insertReportFixture, ReportFixture } from '../testing/report-fixture';

const TASK = `query($p: ID!, $t: ID!) { taskBidVsActual(productionId: $p, taskId: $t) {
  taskId currency bidHours actualHours
  bidCost { amountMinor currency } actualCost { amountMinor currency } costVariance { amountMinor currency }
  fxRates { quarter from to rate }
  runs { runId jobId booked { amountMinor currency } inCardCurrency { amountMinor currency } }
  working { lines(first: 20) { edges { node { label amount { amountMinor currency } } } } } } }`;

// RPT-B prices in GBP: comp at 40.00 + 25% = 50.00 an hour, and GBP books 1.25 USD in 2031-Q2.
describe('one task against its bid, for the job page', () => {
  let server: TestServer;
  let f: ReportFixture;
  beforeAll(async () => {
    server = await startTestServer();
    f = await insertReportFixture(server.dataSource);
    // A job costed in USD on RPT-B's comp: 10.00 USD in 2031-Q2 is 8.00 GBP at the inverse of 1.25.
    await aiRun(server.dataSource, f.tasks.t3, 3_600_000, 1000, 'USD', '2031-05-15T10:00:00Z');
    // The fixture names roles and task types by their codes; names of their own show which the working uses.
    await server.dataSource.query(`UPDATE task_type SET name = 'Compositing' WHERE code = 'RPT_COMP'`);
    await server.dataSource.query(`UPDATE labour_role SET name = 'Compositor' WHERE code = 'RPT_COMP'`);
  });
  afterAll(() => server.stop());

  it('prices the AI path in the card’s currency, converting USD compute at the booked rate, and says which', async () => {
    const result = await server.gql(
      TASK,
      { p: f.productions.b, t: f.tasks.t3 },
      await server.login('operator@frameledger.local'),
    );
    expect(result.errors).toBeUndefined();
    const figures = result.data!.taskBidVsActual;
    // Bid 10 h x 50.00 = 500.00; spent 4 h x 50.00 = 200.00 + 8.00 compute = 208.00; saving 292.00.
    expect(figures).toMatchObject({
      taskId: f.tasks.t3,
      currency: 'GBP',
      bidHours: 10,
      actualHours: 4,
      bidCost: { amountMinor: '50000', currency: 'GBP' },
      actualCost: { amountMinor: '20800', currency: 'GBP' },
      costVariance: { amountMinor: '29200', currency: 'GBP' },
      fxRates: [{ quarter: '2031-Q2', from: 'USD', to: 'GBP', rate: '0.8' }],
    });
    // The job page shows a run's compute as billed and in the card's currency: 10.00 USD is 8.00 GBP.
    expect(figures.runs).toEqual([
      {
        runId: expect.any(String),
        jobId: null,
        booked: { amountMinor: '1000', currency: 'USD' },
        inCardCurrency: { amountMinor: '800', currency: 'GBP' },
      },
    ]);
    const labels = figures.working.lines.edges.map((e: any) => e.node.label);
    // Lines name the shot, task type and role by name; the run by its number (its ref names it).
    expect(labels).toEqual([
      'S3 Compositing: bid',
      'S3 Compositing: baseline Compositor',
      'S3 Compositing: logged Compositor',
      'S3 Compositing: AI run 1',
      'S3 Compositing: model licence fee',
      'FX 2031-Q2: 1 USD = 0.8 GBP (booked rate)',
    ]);
  });

  it('lists no rate when every run was costed in the card’s currency', async () => {
    const result = await server.gql(
      TASK,
      { p: f.productions.a, t: f.tasks.t1 },
      await server.login('planner@frameledger.local'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.taskBidVsActual.fxRates).toEqual([]);
    expect(result.data!.taskBidVsActual.currency).toBe('USD');
  });

  it('refuses a task of another production with a coded, actionable error', async () => {
    const result = await server.gql(
      TASK,
      { p: f.productions.a, t: f.tasks.t3 },
      await server.login('planner@frameledger.local'),
    );
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(result.errors?.[0].message).toMatch(/No task on this production has the id .*; check the id/);
  });
});
