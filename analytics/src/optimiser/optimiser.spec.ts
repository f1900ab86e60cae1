import fc from 'fast-check';
import type { TaskPath } from '../vocabulary';
import { money } from '../money/money';
import { frontierData, frontierFromData, paretoFrontier } from './frontier';
import { cheapestWithinDisplacementCap, leastDisplacementWithinBudget, type ChosenPlan } from './queries';
import type { Frontier, OptimiserTask } from './types';

const usd = (minor: number) => money(minor, 'USD');
const HULL_ONLY = { maxPoints: 0, maxStored: 0 };

// A can go human, assisted or final; B human or final; C is a likeness shot where policy allows only HUMAN.
const tasks: OptimiserTask[] = [
  {
    taskId: 'A',
    options: [
      { path: 'HUMAN', cost: usd(100_000), displacedHours: 0 },
      { path: 'AI_ASSISTED', cost: usd(60_000), displacedHours: 5 },
      { path: 'AI_FINAL', cost: usd(30_000), displacedHours: 10 },
    ],
  },
  {
    taskId: 'B',
    options: [
      { path: 'HUMAN', cost: usd(50_000), displacedHours: 0 },
      { path: 'AI_FINAL', cost: usd(10_000), displacedHours: '8' },
    ],
  },
  {
    taskId: 'C',
    allowedPaths: ['HUMAN'],
    options: [
      { path: 'HUMAN', cost: usd(20_000), displacedHours: 0 },
      { path: 'AI_FINAL', cost: usd(1_000), displacedHours: 12 },
    ],
  },
];

const pointsOf = (f: Frontier) => f.points.map((p) => [Number(p.cost.amountMinor) / 100, p.displacedHours]);
const plan = (answer: ReturnType<typeof leastDisplacementWithinBudget>): ChosenPlan => {
  if (answer.status !== 'OK') throw new Error(answer.message);
  return answer;
};

describe('optimiser: worked example', () => {
  // All six plans (C is always human, 200.00): AH+BH 1,700/0; AA+BH 1,300/5; AF+BH 1,000/10;
  // AH+BF 1,300/8 (dominated by AA+BH); AA+BF 900/13; AF+BF 600/18.
  const frontier = paretoFrontier(tasks);

  it('lists every undominated plan, cheapest first', () => {
    expect(frontier.exact).toBe(true);
    expect(pointsOf(frontier)).toEqual([
      [600, 18],
      [900, 13],
      [1000, 10],
      [1300, 5],
      [1700, 0],
    ]);
    expect(frontier.choicesAt(2)).toEqual([
      { taskId: 'A', path: 'AI_FINAL', cost: usd(30_000), displacedHours: 10 },
      { taskId: 'B', path: 'HUMAN', cost: usd(50_000), displacedHours: 0 },
      { taskId: 'C', path: 'HUMAN', cost: usd(20_000), displacedHours: 0 },
    ]);
  });

  it('finds the least displacing plan within a budget', () => {
    expect(plan(leastDisplacementWithinBudget(frontier, usd(129_999))).point).toEqual({
      cost: usd(100_000),
      displacedHours: 10,
    });
    // The working adds up to the plan: 300.00 + 500.00 + 200.00 = 1,000.00.
    expect(
      plan(leastDisplacementWithinBudget(frontier, usd(100_000))).working.lines.map((l) => l.amount),
    ).toEqual([usd(30_000), usd(50_000), usd(20_000)]);
    expect(plan(leastDisplacementWithinBudget(frontier, usd(130_000))).point).toEqual({
      cost: usd(130_000),
      displacedHours: 5,
    });
    expect(leastDisplacementWithinBudget(frontier, usd(50_000))).toMatchObject({
      status: 'INFEASIBLE',
      message: 'No plan fits a budget of $500.00; the cheapest costs $600.00.',
    });
  });

  it('finds the cheapest plan within a displacement cap', () => {
    expect(cheapestWithinDisplacementCap(frontier, 12)).toMatchObject({
      status: 'OK',
      point: { cost: usd(100_000), displacedHours: 10 },
      exact: true,
    });
    expect(cheapestWithinDisplacementCap(frontier, '4.9')).toMatchObject({ point: { displacedHours: 0 } });
  });

  it('on the hull keeps only supported plans and states the gap', () => {
    const hull = paretoFrontier(tasks, HULL_ONLY);
    expect(hull.exact).toBe(false);
    // 900/13 lies above the line from 1,000/10 to 600/18, so the hull skips it.
    expect(pointsOf(hull)).toEqual([
      [600, 18],
      [1000, 10],
      [1300, 5],
      [1700, 0],
    ]);
    expect(hull.maxGapHours).toBe(8);
    expect(hull.maxGapCost).toEqual(usd(40_000));
    // Budget 900: the hull answers 18 h; the line bound at 900 is 18 - 8 x 300/400 = 12 h; the true best is 13 h.
    const answer = plan(leastDisplacementWithinBudget(hull, usd(90_000)));
    expect(answer).toMatchObject({ point: { displacedHours: 18 }, gapHours: 6, exact: false });
  });

  it('refuses a task with no allowed path and options in another currency', () => {
    expect(() => paretoFrontier([{ ...tasks[2], allowedPaths: [] }])).toThrow(
      'Task C has no allowed path; allow at least one or give it a HUMAN option.',
    );
    expect(() =>
      paretoFrontier([
        tasks[0],
        { taskId: 'D', options: [{ path: 'HUMAN', cost: money(1, 'EUR'), displacedHours: 0 }] },
      ]),
    ).toThrow(/priced in EUR/);
  });
});

// Small random instances, checked against brute force over every plan.
const PATHS: TaskPath[] = ['HUMAN', 'AI_ASSISTED', 'AI_FINAL'];
const taskArb = fc
  .array(fc.record({ cost: fc.integer({ min: 0, max: 5_000 }), tenths: fc.integer({ min: 0, max: 300 }) }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((opts): OptimiserTask => ({
    taskId: 'numbered below',
    options: opts.map((o, j) => ({ path: PATHS[j], cost: usd(o.cost), displacedHours: `${o.tenths / 10}` })),
  }));
const instanceArb = fc
  .array(taskArb, { minLength: 1, maxLength: 6 })
  .map((ts) => ts.map((t, i) => ({ ...t, taskId: `T${i}` })));

interface Plan {
  cost: number;
  tenths: number;
}

function allPlans(ts: OptimiserTask[]): Plan[] {
  let plans: Plan[] = [{ cost: 0, tenths: 0 }];
  for (const t of ts) {
    plans = plans.flatMap((p) =>
      t.options.map((o) => ({
        cost: p.cost + Number(o.cost.amountMinor),
        tenths: p.tenths + Math.round(Number(o.displacedHours) * 10),
      })),
    );
  }
  return plans;
}

const dominates = (a: Plan, b: Plan) =>
  a.cost <= b.cost && a.tenths <= b.tenths && (a.cost < b.cost || a.tenths < b.tenths);
const asPlan = (f: Frontier, i: number): Plan => ({
  cost: Number(f.points[i].cost.amountMinor),
  tenths: Math.round(f.points[i].displacedHours * 10),
});

function planOfChoices(ts: OptimiserTask[], f: Frontier, i: number): Plan {
  const chosen = f.choicesAt(i).map((c, t) => ts[t].options.find((o) => o.path === c.path)!);
  return {
    cost: chosen.reduce((s, o) => s + Number(o.cost.amountMinor), 0),
    tenths: chosen.reduce((s, o) => s + Math.round(Number(o.displacedHours) * 10), 0),
  };
}

describe.each([
  ['exact', undefined],
  ['hull', HULL_ONLY],
])('optimiser properties (%s)', (mode, limits) => {
  it('every frontier point is undominated by any plan, and its choices add up to it', () => {
    fc.assert(
      fc.property(instanceArb, (ts) => {
        const f = paretoFrontier(ts, limits);
        const plans = allPlans(ts);
        f.points.forEach((_, i) => {
          const p = asPlan(f, i);
          expect(plans.some((q) => dominates(q, p))).toBe(false);
          expect(planOfChoices(ts, f, i)).toEqual(p);
        });
        if (mode === 'exact') {
          // ...and every undominated plan is listed.
          const pareto = new Set(
            plans.filter((p) => !plans.some((q) => dominates(q, p))).map((p) => `${p.cost}/${p.tenths}`),
          );
          expect(new Set(f.points.map((_, i) => `${asPlan(f, i).cost}/${asPlan(f, i).tenths}`))).toEqual(
            pareto,
          );
        }
      }),
    );
  });

  it('crosses a thread boundary as plain data: a structured clone rebuilds the same points and choices', () => {
    fc.assert(
      fc.property(instanceArb, (ts) => {
        const here = paretoFrontier(ts, limits);
        const there = frontierFromData(structuredClone(frontierData(ts, limits)));
        expect(there.points).toEqual(here.points);
        expect([there.exact, there.maxGapHours, there.maxGapCost]).toEqual([
          here.exact,
          here.maxGapHours,
          here.maxGapCost,
        ]);
        here.points.forEach((_, i) => expect(there.choicesAt(i)).toEqual(here.choicesAt(i)));
      }),
    );
  });

  it('raising the budget never raises the least displacement, and the stated gap holds', () => {
    fc.assert(
      fc.property(
        instanceArb,
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 0, max: 5_000 }),
        (ts, budget, raise) => {
          const f = paretoFrontier(ts, limits);
          const low = leastDisplacementWithinBudget(f, usd(budget));
          const high = leastDisplacementWithinBudget(f, usd(budget + raise));
          if (low.status === 'OK' && high.status === 'OK')
            expect(high.point.displacedHours).toBeLessThanOrEqual(low.point.displacedHours);
          if (low.status === 'OK') {
            const best =
              Math.min(
                ...allPlans(ts)
                  .filter((p) => p.cost <= budget)
                  .map((p) => p.tenths),
              ) / 10;
            expect(low.point.displacedHours).toBeGreaterThanOrEqual(best - 1e-9);
            expect(low.point.displacedHours - low.gapHours).toBeLessThanOrEqual(best + 1e-9);
            expect(low.gapHours).toBeLessThanOrEqual(f.maxGapHours + 1e-9);
          } else {
            expect(allPlans(ts).every((p) => p.cost > budget)).toBe(true);
          }
        },
      ),
    );
  });

  it('the cheapest plan under a cap is within the stated gap of the true cheapest', () => {
    fc.assert(
      fc.property(instanceArb, fc.integer({ min: 0, max: 1_500 }), (ts, capTenths) => {
        const f = paretoFrontier(ts, limits);
        const answer = cheapestWithinDisplacementCap(f, capTenths / 10);
        const within = allPlans(ts).filter((p) => p.tenths <= capTenths);
        if (answer.status !== 'OK') return expect(within).toEqual([]);
        const best = Math.min(...within.map((p) => p.cost));
        const cost = Number(answer.point.cost.amountMinor);
        expect(cost).toBeGreaterThanOrEqual(best);
        expect(cost - Number(answer.gapCost.amountMinor)).toBeLessThanOrEqual(best);
        if (mode === 'exact') expect(cost).toBe(best);
      }),
    );
  });
});

describe('optimiser at scale', () => {
  it('falls back to the hull for thousands of tasks, with points strictly trading cost for displacement', () => {
    const many: OptimiserTask[] = Array.from({ length: 2_000 }, (_, i) => ({
      taskId: `T${i}`,
      options: [
        { path: 'HUMAN', cost: usd(50_000 + ((i * 7_919) % 40_000)), displacedHours: 0 },
        { path: 'AI_ASSISTED', cost: usd(30_000 + ((i * 104_729) % 20_000)), displacedHours: 10 + (i % 13) },
        { path: 'AI_FINAL', cost: usd(5_000 + ((i * 1_299_709) % 10_000)), displacedHours: 30 + (i % 17) },
      ],
    }));
    const f = paretoFrontier(many);
    expect(f.exact).toBe(false);
    for (let i = 1; i < f.points.length; i++) {
      expect(f.points[i].cost.amountMinor > f.points[i - 1].cost.amountMinor).toBe(true);
      expect(f.points[i].displacedHours).toBeLessThan(f.points[i - 1].displacedHours);
    }
    const middle = f.points.length >> 1;
    expect(planOfChoices(many, f, middle)).toEqual(asPlan(f, middle));
  });
});
