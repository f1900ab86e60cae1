import { computeCost, exactComputeCost, money } from '@frameledger/analytics';
import { startTestServer, TestServer } from '../../../test/support/server';
import { aiRun, insertReportFixture, ReportFixture } from './testing/report-fixture';

/**
 * A 57 s job on the CPU at USD 0.18 an hour costs 57,000 / 3,600,000 x 18 = 0.285 cents: its own
 * line shows 0.00, but ten of them cost 2.85 cents, which the reports round once to 0.03.
 */
const CPU_RATE = money(18n, 'USD');
const JOB_MS = 57_000;

describe('machine time priced once, where reports sum it', () => {
  let server: TestServer;
  let f: ReportFixture;
  let executive: string;
  let planner: string;

  const costReport = async (): Promise<{ actual: bigint; labels: string[] }> => {
    const result = await server.gql(
      `query($p: ID!) { costReport(productionId: $p, asOf: "2031-12-31") {
         totals { actualToDate { amountMinor } }
         lines { working { lines(first: 100) { edges { node { label amount { amountMinor } } } } } } } }`,
      { p: f.productions.a },
      planner,
    );
    expect(result.errors).toBeUndefined();
    const report = result.data!.costReport;
    return {
      actual: BigInt(report.totals.actualToDate.amountMinor),
      labels: report.lines.flatMap((l: any) =>
        l.working.lines.edges.map((e: any) => `${e.node.label}: ${e.node.amount?.amountMinor}`),
      ),
    };
  };

  beforeAll(async () => {
    server = await startTestServer();
    f = await insertReportFixture(server.dataSource);
    [executive, planner] = [
      await server.login('executive@frameledger.local'),
      await server.login('planner@frameledger.local'),
    ];
  });
  afterAll(() => server.stop());

  it('books a 57 s CPU job at 0.285 cents exactly: 1,026,000 minor units x 3,600,000, shown as 0.00 on its line', () => {
    expect(exactComputeCost(JOB_MS, CPU_RATE)).toBe(1_026_000n);
    expect(computeCost(JOB_MS, CPU_RATE).amountMinor).toBe(0n);
  });

  it('counts ten such jobs in the quarterly total and the cost report as 2.85 cents, rounded once to 0.03', async () => {
    const before = await costReport();
    for (let i = 0; i < 10; i++) {
      await aiRun(
        server.dataSource,
        f.tasks.t1,
        JOB_MS,
        0,
        'USD',
        `2031-11-0${1 + (i % 9)}T12:00:00Z`,
        exactComputeCost(JOB_MS, CPU_RATE),
      );
    }

    const result = await server.gql(
      `query($p: [ID!]) { quarterlySummary(quarter: "2031-Q4", currency: "USD", productionIds: $p) {
         aiSpend { value { amountMinor } working { lines { edges { node { label quantity amount { amountMinor } } } } } }
         machineHours } }`,
      { p: [f.productions.a] },
      executive,
    );
    expect(result.errors).toBeUndefined();
    const q = result.data!.quarterlySummary;
    expect(q.aiSpend.value.amountMinor).toBe('3');
    expect(q.aiSpend.working.lines.edges.map((e: any) => e.node)).toEqual([
      {
        label: 'RPT-A: compute of 10 AI run(s) finished in the quarter',
        quantity: (10 * JOB_MS) / 3_600_000,
        amount: { amountMinor: '3' },
      },
    ]);
    expect(q.machineHours).toBeCloseTo(570 / 3600, 6);

    // The cost report: T1 (shot S1, roto) shows 0.00 on each of the ten lines and one line for their fractions.
    const after = await costReport();
    expect(after.actual - before.actual).toBe(3n);
    const added = after.labels.filter((l) => !before.labels.includes(l));
    expect(added.filter((l) => l.includes('AI run'))).toEqual(
      Array.from({ length: 10 }, (_, i) => `S1 RPT_ROTO: AI run ${i + 2}: 0`),
    );
    expect(added.filter((l) => !l.includes('AI run'))).toEqual([
      `S1 RPT_ROTO: machine time priced once, the runs' fractions of a minor unit: 3`,
    ]);
  });
});
