import { startTestServer, TestServer } from '../../../../test/support/server';
import type { PlanInputsQuery } from '../../../../web/src/gql/graphql';
import { planInputs, type PlanInputTaskNode } from '../../../../web/src/pages/production/whatif/plan-inputs';
import { runWhatIf } from '../../../../web/src/pages/production/whatif/what-if';
import { insertReportFixture, ReportFixture } from '../testing/report-fixture';

const INPUTS = `query($p: ID!, $after: String) { planInputs(productionId: $p) {
  productionId currency budget { amountMinor currency } planDate asOf spentOutsidePlan { amountMinor currency } daysToDelivery hoursPerDay
  gpuPrices { deviceClass pricePerHour { amountMinor currency } }
  tasks(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node {
    id label taskTypeCode taskTypeName roleCode rateMinorPerHour path aiForbidden done complexity frameCount
    baselineHoursOverride bidUnit bidOptimistic bidMostLikely bidPessimistic plannedReviewHours actualMinor } } } } }`;

const FEASIBILITY = `query($p: ID!, $s: ID) { feasibility(productionId: $p, scenarioId: $s) {
  verdict estimateAtCompletion { amountMinor } contingency { amountMinor } totalCost { amountMinor } headroom { amountMinor } } }`;

// Roto AI-assisted at 25% rework and 2 h review, 36 GPU seconds a frame at 10.00 an hour.
const SLIDERS = {
  pathByTaskType: { RPT_ROTO: 'AI_ASSISTED' as const },
  aiReviewHoursPerTask: 2,
  reworkRatePercent: 25,
  gpuSecondsPerFrame: 36,
  gpuPricePerHourMinor: 1000n,
  gpuCount: 1,
  headcount: { RPT_ROTO: 2, RPT_COMP: 1 },
  contingencyPercent: 10,
  hoursPerWeek: 40,
};

describe('planInputs: the plan reports’ inputs, exact, for the browser', () => {
  let server: TestServer;
  let f: ReportFixture;
  let planner: string;

  beforeAll(async () => {
    server = await startTestServer();
    f = await insertReportFixture(server.dataSource);
    planner = await server.login('planner@frameledger.local');
  });
  afterAll(() => server.stop());

  const pages = async (p: string) => {
    const nodes: PlanInputTaskNode[] = [];
    let head: PlanInputsQuery['planInputs'] | undefined;
    let after: string | undefined;
    do {
      const result = await server.gql(INPUTS, { p, after }, planner);
      expect(result.errors).toBeUndefined();
      const page = (result.data as PlanInputsQuery).planInputs;
      head ??= page;
      nodes.push(...page.tasks.edges.map((e) => e.node));
      after = page.tasks.pageInfo.hasNextPage ? (page.tasks.pageInfo.endCursor ?? undefined) : undefined;
    } while (after);
    return { head: head as PlanInputsQuery['planInputs'], nodes };
  };

  it('sends stored bids and rates as exact text, two tasks a page', async () => {
    const { head, nodes } = await pages(f.productions.a);
    expect(head).toMatchObject({ currency: 'USD', hoursPerDay: '8', budget: { amountMinor: '1000000' } });
    expect(nodes.map((t) => t.label)).toEqual(['S1 RPT_COMP', 'S1 RPT_ROTO', 'S2 RPT_PAINT']);
    // Paint is bid per frame: 35 / 28 / 20 frames a day; the roto role's 40.00 an hour + 25% fringe is 50.00.
    expect(nodes[2]).toMatchObject({
      bidUnit: 'FRAME',
      bidOptimistic: '35',
      bidMostLikely: '28',
      bidPessimistic: '20',
      rateMinorPerHour: '5000',
      done: true,
      frameCount: 280,
    });
  });

  it('priced in the browser, the plan costs what the server’s feasibility report says, to the minor unit', async () => {
    const [{ id: s }] = await server.dataSource.query(
      `INSERT INTO scenario (production_id, name, assumptions) VALUES ($1, 'AI roto', $2) RETURNING id`,
      [
        f.productions.a,
        JSON.stringify({
          pathByTaskType: [{ taskTypeCode: 'RPT_ROTO', path: 'AI_ASSISTED' }],
          aiReviewHoursPerTask: 2,
          reworkRatePercent: 25,
          gpuDeviceClass: 'L4',
          gpuPricePerHour: { amountMinor: '1000', currency: 'USD' },
          gpuSecondsPerFrame: 36,
          headcounts: [
            { roleCode: 'RPT_ROTO', people: 2 },
            { roleCode: 'RPT_COMP', people: 1 },
          ],
          gpuCount: 1,
          contingencyPercent: 10,
          hoursPerWeek: 40,
        }),
      ],
    );
    const server_ = await server.gql(FEASIBILITY, { p: f.productions.a, s }, planner);
    expect(server_.errors).toBeUndefined();
    const report = (server_.data as any).feasibility;
    const { head, nodes } = await pages(f.productions.a);
    const browser = runWhatIf(planInputs(head, nodes), SLIDERS);
    if ('error' in browser) throw new Error(browser.error);
    const minor = (x: Record<string, any>) =>
      ['estimateAtCompletion', 'contingency', 'totalCost', 'headroom'].map((k) => x[k].amountMinor);
    expect(minor({ ...browser.figures })).toEqual(minor(report));
    expect(browser.figures.verdict).toBe(report.verdict);
  });

  it('refuses a production that does not exist with NOT_FOUND', async () => {
    const result = await server.gql(INPUTS, { p: '00000000-0000-4000-8000-000000000000' }, planner);
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
