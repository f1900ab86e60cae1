import { makeRatio, toNumber as ratioToNumber } from '../exact/ratio';
import { money } from '../money/money';
import { hourlyRate } from '../rates/hourly-rate';
import {
  chosenPath,
  pathPlan,
  planAssumptions,
  type PlanAssumptions,
  type PlanTaskInput,
} from './plan-model';
import { adoptionPlan } from './adoption';
import { feasibility } from '../feasibility/feasibility';
import { simulateCost } from '../risk/monte-carlo';
import { frontierBudget, frontierTasks, planFeasibilityInput, planRiskInput } from './plan-report';

const usd = (minor: number) => money(minor, 'USD');
const h = (n: number) => makeRatio(BigInt(n));

// A roto shot of 100 frames bid 30 / 40 / 60 h, at a loaded 50.00 an hour.
const roto: PlanTaskInput = {
  id: 't1',
  label: 'S1 ROTO',
  taskTypeCode: 'ROTO',
  roleCode: 'ROTO',
  rate: hourlyRate(usd(5000)),
  path: 'HUMAN',
  aiForbidden: false,
  remaining: true,
  bid: { optimistic: h(30), mostLikely: h(40), pessimistic: h(60) },
  plannedReviewHours: h(3),
  frameCount: 100,
};

// 25% rework, 2 h review, 36 GPU seconds a frame at 10.00 an hour.
const scenario: PlanAssumptions = {
  pathByTaskType: { ROTO: 'AI_ASSISTED' },
  aiReviewHoursPerTask: h(2),
  reworkShare: makeRatio(1n, 4n),
  gpuSecondsPerFrame: h(36),
  gpuRate: hourlyRate(usd(1000)),
  headcount: {},
  gpuCount: 1,
  contingencyPercent: h(10),
  hoursPerWeek: h(40),
};

describe('plan model', () => {
  it('plans HUMAN work at the PERT mean of the bid: (30 + 4 x 40 + 60) / 6 = 41 2/3 h x 50.00 = 2,083.33, displacing nothing', () => {
    const plan = pathPlan(roto, 'HUMAN', scenario);
    expect(plan.expectedHours).toEqual(makeRatio(125n, 3n));
    expect(plan.expectedCost).toEqual(usd(208_333));
    expect(plan.displacedHours).toEqual(h(0));
    expect(plan.gpuHours).toEqual(h(0));
  });

  it('plans AI-assisted work as 25% rework + 2 h review: 9.5 / 12 / 17 h, 620.83, plus 100 x 36 s = 1 GPU hour at 10.00; displaces 40 - 10 = 30 h', () => {
    const plan = pathPlan(roto, 'AI_ASSISTED', scenario);
    expect(plan.hours).toEqual({ optimistic: makeRatio(19n, 2n), mostLikely: h(12), pessimistic: h(17) });
    expect(plan.gpuHours).toEqual(h(1));
    expect(plan.gpuCost).toEqual(usd(1000));
    expect(plan.expectedCost).toEqual(usd(62_083 + 1000));
    expect(plan.displacedHours).toEqual(h(30));
  });

  it('plans AI-final work as review only, displacing the whole bid', () => {
    const plan = pathPlan(roto, 'AI_FINAL', scenario);
    expect(ratioToNumber(plan.expectedHours)).toBe(2);
    expect(plan.expectedCost).toEqual(usd(10_000 + 1000));
    expect(plan.displacedHours).toEqual(h(40));
  });

  it("keeps a task's own review hours when the scenario gives none", () => {
    const plan = pathPlan(roto, 'AI_FINAL', { ...scenario, aiReviewHoursPerTask: null });
    expect(plan.expectedHours).toEqual(h(3));
  });

  it("takes the scenario's path for the task type, but HUMAN where policy forbids AI", () => {
    expect(chosenPath(roto, scenario)).toBe('AI_ASSISTED');
    expect(chosenPath({ ...roto, taskTypeCode: 'COMP' }, scenario)).toBe('HUMAN');
    expect(chosenPath({ ...roto, aiForbidden: true }, scenario)).toBe('HUMAN');
  });

  it('reads sliders exactly: 12.5% rework is the share 1/8, 0.1 h review is 1/10 h', () => {
    const a = planAssumptions({
      pathByTaskType: {},
      aiReviewHoursPerTask: 0.1,
      reworkRatePercent: 12.5,
      gpuSecondsPerFrame: '2',
      gpuRate: null,
      headcount: {},
      gpuCount: 1,
      contingencyPercent: 10,
      hoursPerWeek: 40,
    });
    expect(a.reworkShare).toEqual(makeRatio(1n, 8n));
    expect(a.aiReviewHoursPerTask).toEqual(makeRatio(1n, 10n));
  });
});

describe('adoptionPlan', () => {
  const state = (id: string, path: PlanTaskInput['path'], done = false, hasWork = false) =>
    [id, { id, path, done, hasWork }] as const;
  const tasks = ['t1', 't2', 't3', 't4'].map((id) => ({ ...roto, id }));

  it('moves open untouched tasks, priced before and after; keeps DONE and worked-on tasks with why', () => {
    const states = new Map([
      state('t1', 'HUMAN'),
      state('t2', 'AI_FINAL'),
      state('t3', 'HUMAN', true),
      state('t4', 'HUMAN', false, true),
    ]);
    const wanted = tasks.map((t) => ({ taskId: t.id, path: 'AI_FINAL' as const }));
    const plan = adoptionPlan(tasks, states, wanted, scenario, 'USD');
    // HUMAN 2,083.33 -> AI_FINAL 110.00: saves 1,973.33. t2 is already there.
    expect(plan.changes).toEqual([
      {
        taskId: 't1',
        from: 'HUMAN',
        to: 'AI_FINAL',
        costBefore: usd(208_333),
        costAfter: usd(11_000),
        costEffect: usd(-197_333),
      },
    ]);
    expect(plan.kept).toEqual([
      { taskId: 't3', path: 'HUMAN', wanted: 'AI_FINAL', reason: 'DONE' },
      { taskId: 't4', path: 'HUMAN', wanted: 'AI_FINAL', reason: 'WORK_LOGGED' },
    ]);
    // Left alone even where the plan keeps its path, so the planner sees every task adoption will not touch.
    const same = adoptionPlan(tasks, states, [{ taskId: 't3', path: 'HUMAN' }], scenario, 'USD');
    expect(same.kept).toEqual([{ taskId: 't3', path: 'HUMAN', wanted: 'HUMAN', reason: 'DONE' }]);
    expect(plan.costEffect).toEqual(usd(-197_333));
  });
});

describe('a plan that starts from what is spent', () => {
  // t1 open with 1,000.00 spent on HUMAN (planned 2,083.33): 1,083.33 left. t2 DONE with 500.00
  // spent. t3 untouched. 200.00 went on an omitted task.
  const tasks = [
    { ...roto, id: 't1' },
    { ...roto, id: 't2', remaining: false },
    { ...roto, id: 't3' },
  ];
  const plan = {
    tasks,
    budget: usd(1_000_000),
    weeksToDelivery: h(10),
    spent: {
      byTask: new Map([
        ['t1', usd(100_000)],
        ['t2', usd(50_000)],
      ]),
      outsidePlan: usd(20_000),
    },
  };
  const human = { ...scenario, pathByTaskType: {} };

  it('prices EFC as spent + what is left: 1,000.00 + 1,083.33 + 500.00 + 2,083.33 + 200.00 = 4,866.66', () => {
    const result = feasibility(planFeasibilityInput(plan, human));
    expect(result.actualToDate).toEqual(usd(170_000));
    expect(result.estimateToComplete).toEqual(usd(108_333 + 208_333));
    expect(result.estimateAtCompletion).toEqual(usd(486_666));
  });

  it('draws only what is left on top of what is spent: the mean is the EFC within a cent a task', () => {
    const risk = simulateCost(planRiskInput(plan, human, 20_000, 7));
    expect(Number(risk.p10.amountMinor)).toBeGreaterThan(170_000);
    expect(Math.abs(Number(risk.mean.amountMinor) - 486_666)).toBeLessThan(3_000);
  });

  it('lets a frontier point cost (10,000.00 - 200.00 + 10% x 1,500.00) / 1.1 = 9,045.45 to fit with contingency on what is left', () => {
    expect(frontierBudget(plan, human)).toEqual(usd(904_545));
  });

  it('keeps DONE and worked-on tasks on their path in the frontier, at spent + what is left', () => {
    const options = frontierTasks(plan, scenario).map((t) =>
      t.options.map((o) => [o.path, o.cost.amountMinor]),
    );
    expect(options[0]).toEqual([['HUMAN', 208_333n]]);
    expect(options[1]).toEqual([['HUMAN', 50_000n]]);
    expect(options[2].map(([path]) => path)).toEqual(['HUMAN', 'AI_ASSISTED', 'AI_FINAL']);
  });
});
