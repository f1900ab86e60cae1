import fc from 'fast-check';
import {
  AnalyticsInputError,
  feasibility,
  hourlyRate,
  loadedRate,
  makeRatio,
  planAssumptions,
  planFeasibilityInput,
  planRiskInput,
  simulateCost,
  TASK_PATHS,
  type HourlyRate,
} from '@frameledger/analytics';
import { planInputTask, planTask } from '../../../../../api/src/reports/plan/plan-task';
import type { TaskRow } from '../../../../../api/src/reports/production-ledger/production-ledger.repository';
import { taskBid } from '../../../../../api/src/reports/production-ledger/task-bid';
import type { PlanInputsQuery } from '../../../gql/graphql';
import { planInputs, type PlanInputTaskNode } from './plan-inputs';
import { runWhatIf, type WhatIfAssumptions } from './what-if';

// The browser's path (planInputs as exact text over JSON -> plan-inputs.ts -> runWhatIf) against
// the server's path (stored rows -> plan-task.ts -> the plan reports' feasibility and risk), on
// random plans and sliders: the same plan cost, total, headroom and risk to the minor unit.

/** A decimal with up to three places, as PostgreSQL's trim_scale prints a numeric. */
const decimal = (min: number, max: number) =>
  fc.integer({ min: min * 1000, max: max * 1000 }).map((n) => String(n / 1000));

const row = fc.record({
  n: fc.nat(999),
  taskTypeCode: fc.constantFrom('ROTO', 'PAINT', 'COMP'),
  path: fc.constantFrom(...TASK_PATHS),
  status: fc.constantFrom('PLANNED' as const, 'IN_PROGRESS' as const, 'DONE' as const),
  complexity: fc.integer({ min: 1, max: 5 }),
  frameCount: fc.integer({ min: 1, max: 600 }),
  aiForbidden: fc.boolean(),
  override: fc.option(decimal(0, 80), { freq: 4 }),
  template: fc.option(
    fc.record({
      unit: fc.constantFrom('SHOT' as const, 'FRAME' as const),
      o: decimal(1, 60),
      m: decimal(1, 60),
      p: decimal(1, 60),
    }),
    { freq: 6 },
  ),
  review: decimal(0, 6),
});

const taskRow = (r: typeof row extends fc.Arbitrary<infer T> ? T : never, i: number) => {
  // A per-frame template's most frames a day is its optimistic figure; per shot, its fewest hours.
  const sorted =
    r.template && [r.template.o, r.template.m, r.template.p].sort((a, b) => Number(a) - Number(b));
  const [o, m, p] = !sorted ? [null, null, null] : r.template?.unit === 'FRAME' ? sorted.reverse() : sorted;
  const t: TaskRow = {
    id: `t${i}`,
    shotCode: `S${String(r.n).padStart(3, '0')}`,
    sequence: 'SQ1',
    episode: null,
    taskTypeCode: r.taskTypeCode,
    taskTypeName: r.taskTypeCode,
    baselineRoleId: r.taskTypeCode,
    path: r.path,
    status: r.status,
    complexity: r.complexity,
    baselineHoursOverride: r.override,
    plannedAiReviewHours: r.review,
    aiForbidden: r.aiForbidden,
    frameCount: r.frameCount,
    unit: r.template?.unit ?? null,
    optimistic: o,
    mostLikely: m,
    pessimistic: p,
  };
  return t;
};

const sliders = fc.record({
  pathByTaskType: fc.dictionary(fc.constantFrom('ROTO', 'PAINT', 'COMP'), fc.constantFrom(...TASK_PATHS)),
  aiReviewHoursPerTask: fc.option(fc.integer({ min: 0, max: 80 }).map((n) => n / 4)),
  reworkRatePercent: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
  gpuSecondsPerFrame: fc.integer({ min: 0, max: 100 }).map((n) => n / 10),
  gpuPricePerHourMinor: fc.bigInt({ min: 1n, max: 50_000n }),
  gpuCount: fc.integer({ min: 1, max: 8 }),
  headcount: fc.record({
    ROTO: fc.integer({ min: 1, max: 6 }),
    PAINT: fc.integer({ min: 1, max: 6 }),
    COMP: fc.integer({ min: 1, max: 6 }),
  }),
  contingencyPercent: fc.integer({ min: 0, max: 30 }),
  hoursPerWeek: fc.integer({ min: 20, max: 60 }),
});

const rateOf = (code: string, minor: number, fringe: string): HourlyRate =>
  loadedRate({
    role: code,
    hourlyRate: { amountMinor: BigInt(minor), currency: 'EUR' },
    fringePercent: fringe,
  });

describe('what-if: the browser prices a plan as the server does', () => {
  it('random plans, sliders and spending give the same EFC, total, headroom and risk to the minor unit', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        sliders,
        fc.integer({ min: 100_000, max: 50_000_000 }),
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom('7.5', '8', '10'),
        fc.integer({ min: 1500, max: 15000 }),
        fc.integer({ min: 0, max: 40_000 }).map((n) => String(n / 1000)),
        (specs, s: WhatIfAssumptions, budgetMinor, days, hoursPerDay, minor, fringe) => {
          const rows = specs.map(taskRow);
          const rate = (code: string) => rateOf(code, minor + code.length, fringe);
          const budget = { amountMinor: BigInt(budgetMinor), currency: 'EUR' };
          const gpuRate = hourlyRate({ amountMinor: s.gpuPricePerHourMinor, currency: 'EUR' });
          // Every other task has work on it, some of it more than its plan; 3 x minor was spent on omitted tasks.
          const actual = (i: number) =>
            i % 2 === 0
              ? { amountMinor: BigInt((minor * (i + 1) * 37) % 900_000), currency: 'EUR' }
              : undefined;
          const spent = {
            byTask: new Map(rows.flatMap((t, i) => (actual(i) ? [[t.id, actual(i)!] as const] : []))),
            outsidePlan: { amountMinor: BigInt(3 * minor), currency: 'EUR' },
          };

          // The server: PlanContextService and PlanReportsService, less the database.
          const a = planAssumptions({ ...s, gpuRate });
          const plan = {
            tasks: rows.map((t) =>
              planTask(t, taskBid(t, hoursPerDay), t.taskTypeCode, rate(t.taskTypeCode)),
            ),
            budget,
            weeksToDelivery: makeRatio(BigInt(days), 7n),
            spent,
          };
          let server, serverRisk;
          try {
            server = feasibility(planFeasibilityInput(plan, a));
            serverRisk = simulateCost(planRiskInput(plan, a, 10_000, 1));
          } catch (error) {
            if (!(error instanceof AnalyticsInputError)) throw error;
            server = { error: error.message };
          }

          // The browser: planInputs as GraphQL sends it (JSON), read back by plan-inputs.ts.
          const nodes = JSON.parse(
            JSON.stringify(
              rows.map((t, i) => planInputTask(t, t.taskTypeCode, rate(t.taskTypeCode), actual(i))),
            ),
          ) as PlanInputTaskNode[];
          const head = {
            currency: 'EUR',
            budget: { amountMinor: String(budgetMinor), currency: 'EUR' },
            planDate: '2026-01-05',
            daysToDelivery: days,
            hoursPerDay,
            gpuPrices: [],
            spentOutsidePlan: { amountMinor: String(3 * minor), currency: 'EUR' },
          } as unknown as PlanInputsQuery['planInputs'];
          const browser = runWhatIf(planInputs(head, nodes), s);

          // A plan the server refuses (no people for a role's work) is refused alike, in the same words.
          if ('error' in server) return expect(browser).toEqual(server);
          if ('error' in browser) throw new Error(browser.error);
          expect(browser.figures.estimateAtCompletion.amountMinor).toBe(
            server.estimateAtCompletion.amountMinor.toString(),
          );
          expect(browser.figures.totalCost.amountMinor).toBe(server.totalCost.amountMinor.toString());
          expect(browser.figures.headroom.amountMinor).toBe(server.headroom.amountMinor.toString());
          expect(browser.figures.verdict).toBe(server.verdict);
          expect(browser.probabilityWithinBudget).toBe(serverRisk?.probabilityWithinBudget);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('worked example: one 280-frame roto task at 28 frames a day, 8 h days, 50.00 an hour, HUMAN', () => {
    // Bid 35 / 28 / 16.8 frames a day -> 64 / 80 / 133 1/3 h; PERT (64 + 4 x 80 + 133 1/3) / 6 = 86 2/9 h;
    // x 50.00 = 4,311.11 EUR; 10% contingency 431.11; total 4,742.22.
    const node: PlanInputTaskNode = {
      id: 't1',
      label: 'S010 ROTO',
      taskTypeCode: 'ROTO',
      taskTypeName: 'Rotoscoping',
      roleCode: 'ROTO_ARTIST',
      rateMinorPerHour: '5000',
      path: 'HUMAN',
      aiForbidden: false,
      done: false,
      complexity: 2,
      frameCount: 280,
      baselineHoursOverride: null,
      bidUnit: 'FRAME',
      bidOptimistic: '35',
      bidMostLikely: '28',
      bidPessimistic: '16.8',
      plannedReviewHours: '0',
      actualMinor: null,
    };
    const head = {
      currency: 'EUR',
      budget: { amountMinor: '1000000', currency: 'EUR' },
      planDate: '2026-01-05',
      daysToDelivery: 70,
      hoursPerDay: '8',
      gpuPrices: [],
      spentOutsidePlan: { amountMinor: '0', currency: 'EUR' },
    } as unknown as PlanInputsQuery['planInputs'];
    const result = runWhatIf(planInputs(head, [node]), {
      pathByTaskType: {},
      aiReviewHoursPerTask: null,
      reworkRatePercent: 0,
      gpuSecondsPerFrame: 0,
      gpuPricePerHourMinor: 0n,
      gpuCount: 1,
      headcount: { ROTO_ARTIST: 1 },
      contingencyPercent: 10,
      hoursPerWeek: 40,
    });
    if ('error' in result) throw new Error(result.error);
    expect(result.figures.estimateAtCompletion.amountMinor).toBe('431111');
    expect(result.figures.contingency.amountMinor).toBe('43111');
    expect(result.figures.totalCost.amountMinor).toBe('474222');
  });
});
