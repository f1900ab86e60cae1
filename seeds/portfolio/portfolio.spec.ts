import {
  feasibility,
  loadedRate,
  money,
  priceHours,
  sumMoney,
  toRatio,
  type PlanTask,
} from '@frameledger/analytics';
import { DEMO_PRODUCTIONS, PORTFOLIO } from '../demo/productions';
import { typeOf } from './baseline';
import { centsPerHour } from './compute-rates';
import { perUsdIn } from './fx-rates';
import { generatePortfolio, GenTask } from './generate';
import { RATE_CARDS } from './rate-cards';
import { SCENARIOS } from './scenarios';

const portfolio = generatePortfolio();
const series = DEMO_PRODUCTIONS.find((p) => p.code === PORTFOLIO.series)!;
const card = RATE_CARDS.find((c) => c.productionCode === PORTFOLIO.series)!;

const rateOf = (role: string) => {
  const line = card.lines.find((l) => l.roleCode === role)!;
  return loadedRate({
    role,
    hourlyRate: money(line.hourlyMinor, card.currency),
    fringePercent: String(line.fringePercent),
    flatFringePerHour: money(line.flatFringeMinor, card.currency),
  });
};

/**
 * The expected cost of a task on a scenario's path, by docs/design.md, "The numbers": a HUMAN task costs its
 * baseline hours at the baseline role's loaded rate; an AI task costs its review hours plus the
 * scenario's rework share of the baseline at that rate, plus its GPU hours at the GPU price
 * (booked in ARS at the current quarter's rate).
 */
function planTask(task: GenTask, scenarioName: string): PlanTask {
  const { assumptions } = SCENARIOS.find(
    (s) => s.production === PORTFOLIO.series && s.name === scenarioName,
  )!;
  const chosen = assumptions.pathByTaskType.find((p) => p.taskTypeCode === task.type)?.path ?? task.path;
  const path = task.aiForbidden ? 'HUMAN' : chosen;
  const role = typeOf(task.type).baselineRole;
  const baseline = toRatio(String(task.baselineHours), 'baseline');
  if (path === 'HUMAN') {
    return {
      taskId: task.id,
      path,
      estimateToComplete: priceHours(baseline, rateOf(role)),
      hoursByRole: { [role]: task.baselineHours },
    };
  }
  const humanHours = task.plannedReviewHours + (task.baselineHours * assumptions.reworkRatePercent) / 100;
  const gpuHours = (task.frames * assumptions.gpuSecondsPerFrame) / 3600;
  const gpuCentsArs = Math.round(
    gpuHours * centsPerHour(assumptions.gpuDeviceClass) * perUsdIn('ARS', '2026-Q4'),
  );
  return {
    taskId: task.id,
    path,
    estimateToComplete: sumMoney(
      [priceHours(toRatio(String(humanHours), 'hours'), rateOf(role)), money(gpuCentsArs, 'ARS')],
      'ARS',
    ),
    hoursByRole: { [role]: humanHours },
    gpuHours,
  };
}

function plan(scenarioName: string) {
  const { assumptions } = SCENARIOS.find(
    (s) => s.production === PORTFOLIO.series && s.name === scenarioName,
  )!;
  return feasibility({
    tasks: portfolio.tasks
      .filter((t) => t.production === PORTFOLIO.series)
      .map((t) => planTask(t, scenarioName)),
    budget: money(series.vfxBudgetMinor, 'ARS'),
    contingencyPercent: String(assumptions.contingencyPercent),
    headcount: Object.fromEntries(assumptions.headcounts.map((h) => [h.roleCode, h.people])),
    gpuCount: assumptions.gpuCount,
    weeksToDelivery: 13, // from the demo's today (2026-11-20) to delivery (2027-02-26)
  });
}

describe('the demo portfolio', () => {
  it('has about 500 tasks over three productions, and is the same on every run', () => {
    expect(portfolio.tasks).toHaveLength(516);
    const count = (code: string) => portfolio.tasks.filter((t) => t.production === code).length;
    expect([count(PORTFOLIO.series), count(PORTFOLIO.film), count(PORTFOLIO.animation)]).toEqual([
      288, 132, 96,
    ]);
    const again = generatePortfolio();
    expect(again.entries).toEqual(portfolio.entries);
    expect(again.aiRuns.map((r) => r.computeCostMinor)).toEqual(
      portfolio.aiRuns.map((r) => r.computeCostMinor),
    );
  });

  it('logs time of every kind, never more than 10 h for one person on one day', () => {
    expect(new Set(portfolio.entries.map((e) => e.kind))).toEqual(
      new Set(['ARTIST', 'AI_OPERATOR', 'AI_REVIEW', 'REWORK', 'SUPERVISION']),
    );
    const days = new Map<string, number>();
    for (const e of portfolio.entries)
      days.set(`${e.person}|${e.workDate}`, (days.get(`${e.person}|${e.workDate}`) ?? 0) + e.minutes);
    expect(Math.max(...days.values())).toBeLessThanOrEqual(600);
    expect(portfolio.entries.every((e) => e.workDate >= '2025-07-01' && e.workDate <= '2026-11-20')).toBe(
      true,
    );
  });

  it('prices a DERRUMBE AI run in ARS at its quarter’s rate: wall hours x USD price x ARS per USD', () => {
    // The collapse's FX runs are this quarter's (2026-Q4, ARS 1,650 per USD): 2 h on an H100 at
    // $12.29 an hour would be ARS 40,557.00.
    const run = portfolio.aiRuns.find(
      (r) => r.currency === 'ARS' && r.deviceClass === 'H100' && r.finishedAt >= '2026-10-01',
    )!;
    expect(run.computeCostMinor).toBe(Math.round((run.wallMs / 3_600_000) * 1229 * 1650));
  });

  it('DERRUMBE: the all-human plan is over budget, the AI-assisted plan fits', () => {
    const human = plan('All human');
    const ai = plan('AI-assisted collapse');
    // ARS 503,279,728.77 and ARS 170,194,070.78 with 10% contingency, against ARS 330,000,000.00.
    expect(human.totalCost.amountMinor).toBe(50_327_972_877n);
    expect(ai.totalCost.amountMinor).toBe(17_019_407_078n);
    expect(human.verdict).toMatch(/^OVER_BUDGET/);
    expect(human.totalCost.amountMinor).toBeGreaterThan(BigInt(series.vfxBudgetMinor));
    expect(ai.totalCost.amountMinor).toBeLessThan(BigInt(series.vfxBudgetMinor));
    // With room to spare, so a PERT mean (about 8% above most likely) still fits.
    expect(Number(ai.totalCost.amountMinor) / Number(series.vfxBudgetMinor)).toBeLessThan(0.6);
    expect(Number(human.totalCost.amountMinor) / Number(series.vfxBudgetMinor)).toBeGreaterThan(1.4);
    expect(ai.verdict).toBe('FITS');
  });
});
