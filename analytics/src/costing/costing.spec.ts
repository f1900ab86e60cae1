import { money } from '../money/money';
import { aiRuns, rateCard, tasks, timeEntries } from '../worked-example.fixture';
import { allocateByWeight } from './allocate';
import { bidVsActual } from './bid-vs-actual';
import { computeCost, exactComputeCost, priceMachineTime, runRate } from './compute-cost';
import { costReport } from './cost-report';
import { taskCost } from './task-cost';

const usd = (minor: number) => money(minor, 'USD');

describe('task cost (SH010-ROTO, AI-assisted)', () => {
  const cost = taskCost({ task: tasks.roto, rateCard, timeEntries, aiRuns });

  it('prices the all-human baseline: 80 h x 59.00 = 4,720.00', () => {
    expect(cost.baselineCost).toEqual(usd(472_000));
  });

  it('prices every logged hour: ROTO 5 h operating + 3 h rework = 8 h x 59.00 = 472.00; COMP_SUP 2 h review x 77.00 = 154.00', () => {
    expect(cost.humanHours).toBe(10);
    expect(cost.humanCost).toEqual(usd(62_600));
  });

  it('adds compute (two 30-minute jobs at 2.50) and the licence (20.00): AI path cost 626.00 + 5.00 + 20.00 = 651.00', () => {
    expect(cost.machineHours).toBe(1);
    expect(cost.computeCost).toEqual(usd(500));
    expect(cost.actualCost).toEqual(usd(65_100));
  });

  it('measures the speed-up S = B / (M + human hours) = 80 / (1 + 10)', () => {
    expect(cost.speedUp).toBeCloseTo(80 / 11, 12);
  });

  it('shows its working: baseline, each role, each AI run, the licence', () => {
    expect(cost.working.lines.map((l) => [l.label, l.amount?.amountMinor])).toEqual([
      ['SH010-ROTO: baseline ROTO', 472_000n],
      ['SH010-ROTO: logged ROTO', 47_200n],
      ['SH010-ROTO: logged COMP_SUP', 15_400n],
      ['SH010-ROTO: AI run 1', 250n],
      ['SH010-ROTO: AI run 2', 250n],
      ['SH010-ROTO: model licence fee', 2_000n],
    ]);
    expect(cost.working.lines[1]).toMatchObject({
      quantity: 8,
      unit: 'h',
      rate: usd(5900),
      refs: ['e1', 'e2'],
    });
  });

  it('leaves hours of a role the card has no rate for out of the cost, never at zero: 90 min of DMP is NOT PRICED and listed', () => {
    const dmp = {
      id: 'e9',
      taskId: 'SH010-ROTO',
      role: 'DMP',
      kind: 'ARTIST' as const,
      workDate: '2026-08-06',
      minutes: 90,
    };
    const withDmp = taskCost({ task: tasks.roto, rateCard, timeEntries: [...timeEntries, dmp], aiRuns });
    expect(withDmp.humanHours).toBe(11.5);
    expect(withDmp.humanCost).toEqual(usd(62_600));
    expect(withDmp.unpricedEntries).toEqual([dmp]);
    expect(withDmp.working.lines.find((l) => l.label.includes('DMP'))).toEqual({
      label: `SH010-ROTO: logged DMP, NOT PRICED: rate card "${rateCard.name}" has no DMP rate`,
      quantity: 1.5,
      unit: 'h',
      refs: ['e9'],
    });
  });

  it('has no speed-up before any work', () => {
    expect(taskCost({ task: tasks.pending, rateCard, timeEntries, aiRuns }).speedUp).toBeNull();
  });
});

describe('compute cost', () => {
  it('is wall time x device price: 45 min on a 4.10/h GPU = 307.5 cents, rounded to the even 308', () => {
    expect(computeCost(2_700_000, usd(410))).toEqual(usd(308));
  });
  it('rounds a half cent to even: 15 min at 0.10/h = 0.025 -> 0.02', () => {
    expect(computeCost(900_000, usd(10))).toEqual(usd(2));
  });
});

describe('machine time priced once', () => {
  // A 57 s CPU job at 0.18 an hour: 57,000 ms x 18 = 1,026,000 minor units x 3,600,000, or 0.285 cents.
  const job = (i: number) => ({
    id: `job-${i}`,
    taskId: tasks.roto.id,
    finishedAt: '2026-05-01',
    wallMs: 57_000,
    computeCost: computeCost(57_000, usd(18)),
    computeCostExact: exactComputeCost(57_000, usd(18)),
  });

  it('keeps a 57 s CPU job exact (1,026,000) and rounds its own line to 0.00', () => {
    expect(job(0).computeCostExact).toBe(1_026_000n);
    expect(job(0).computeCost).toEqual(usd(0));
    expect(priceMachineTime(1_026_000n, 'USD')).toEqual(usd(0));
  });

  it('sums ten of them to 2.85 cents and rounds once to 0.03, with a working line for the fractions so the lines add up', () => {
    const runs = Array.from({ length: 10 }, (_, i) => job(i));
    const cost = taskCost({ task: tasks.roto, rateCard, timeEntries: [], aiRuns: runs });
    expect(cost.computeCost).toEqual(usd(3));
    const compute = cost.working.lines.filter(
      (l) => l.label.includes('AI run') || l.label.includes('machine time'),
    );
    expect(compute.map((l) => l.amount?.amountMinor)).toEqual([...Array(10).fill(0n), 3n]);
    expect(compute[10].label).toBe(
      `${tasks.roto.id}: machine time priced once, the runs' fractions of a minor unit`,
    );
  });

  it('adds no fractions line when the runs are whole minor units (vendor figures, or the worked example)', () => {
    const cost = taskCost({ task: tasks.roto, rateCard, timeEntries, aiRuns });
    expect(cost.working.lines.some((l) => l.label.includes('machine time'))).toBe(false);
  });
});

describe('the rate an AI cost line shows', () => {
  const run = { taskId: 't', finishedAt: '2026-05-01', wallMs: 5_400_000, computeCost: money(1844, 'USD') };

  it('is the compute rate when it gives the amount: 1.5 h x 12.29 = 18.435, rounded half-even to 18.44', () => {
    expect(runRate({ ...run, computeRate: money(1229, 'USD') })).toEqual(money(1229, 'USD'));
  });

  it('is the amount per wall hour when the compute rate does not give it: 18.44 / 1.5 h = 12.29(3), shown as 12.29; 1.50 / 1.5 h = 1.00', () => {
    expect(runRate({ ...run, computeRate: money(80, 'USD') })).toEqual(money(1229, 'USD'));
    expect(runRate({ ...run, computeCost: money(150, 'USD') })).toEqual(money(100, 'USD'));
    expect(runRate({ ...run, computeRate: money(1229, 'EUR') })).toEqual(money(1229, 'USD'));
  });

  it('is none without wall time (a flat invoice)', () => {
    expect(runRate({ ...run, wallMs: 0 })).toBeUndefined();
  });
});

describe('bid versus actual', () => {
  it('compares the human comp with its bid: 20 h bid, 18 h logged; 1,300.00 bid, 1,170.00 spent', () => {
    const comp = bidVsActual(taskCost({ task: tasks.comp, rateCard, timeEntries, aiRuns }));
    expect(comp).toMatchObject({
      bidHours: 20,
      actualHours: 18,
      hoursVariance: 2,
      bidCost: usd(130_000),
      actualCost: usd(117_000),
      costVariance: usd(13_000),
    });
  });
});

describe('cost report', () => {
  const report = costReport({
    rateCard,
    timeEntries,
    aiRuns,
    items: [
      { task: tasks.roto, budget: usd(100_000), complete: true },
      { task: tasks.comp, complete: false },
      { task: tasks.paint, complete: false, plannedCost: usd(81_825) },
    ],
  });

  it('closes a complete task: EFC = actual 651.00, variance 1,000.00 - 651.00 = 349.00', () => {
    expect(report.lines[0]).toMatchObject({
      actualToDate: usd(65_100),
      estimateToComplete: usd(0),
      estimateAtCompletion: usd(65_100),
      variance: usd(34_900),
    });
  });

  it('assumes an open task spends the rest of its budget: 1,300.00 - 1,170.00 = 130.00 to complete', () => {
    expect(report.lines[1]).toMatchObject({
      budget: usd(130_000),
      estimateToComplete: usd(13_000),
      estimateAtCompletion: usd(130_000),
      variance: usd(0),
    });
  });

  it('prices what is left of the planned path: paint 13 h x 59.00 + 1.25 compute = 768.25 spent of 818.25 planned, 50.00 to complete, EFC 818.25 against 590.00', () => {
    expect(report.lines[2]).toMatchObject({
      budget: usd(59_000),
      actualToDate: usd(76_825),
      estimateAtCompletion: usd(81_825),
      variance: usd(-22_825),
    });
  });

  it('totals are exact sums of the lines', () => {
    expect(report.totals).toEqual({
      budget: usd(100_000 + 130_000 + 59_000),
      actualToDate: usd(65_100 + 117_000 + 76_825),
      estimateToComplete: usd(13_000 + 5_000),
      estimateAtCompletion: usd(65_100 + 130_000 + 81_825),
      variance: usd(34_900 + 0 - 22_825),
    });
  });

  it('counts only work up to the as-of date: on 31 July SH010 had 5 h x 59.00 + one 2.50 job + 20.00 licence = 317.50', () => {
    const july = costReport({
      rateCard,
      timeEntries,
      aiRuns,
      asOf: '2026-07-31',
      items: [{ task: tasks.roto, complete: false }],
    });
    expect(july.lines[0].actualToDate).toEqual(usd(31_750));
  });

  it('refuses a task listed twice', () => {
    expect(() =>
      costReport({
        rateCard,
        timeEntries,
        aiRuns,
        items: [
          { task: tasks.comp, complete: false },
          { task: tasks.comp, complete: false },
        ],
      }),
    ).toThrow(/appears twice/);
  });
});

describe('allocateByWeight', () => {
  it('spreads 100.00 over bids of 1 : 1 : 1 as 33.34 + 33.33 + 33.33, adding up exactly', () => {
    expect(allocateByWeight(usd(10_000), [5n, 5n, 5n])).toEqual([usd(3_334), usd(3_333), usd(3_333)]);
  });

  it('follows the weights, the leftover cent to the largest remainder; no weight splits evenly', () => {
    // 1,000.00 x 2/7 = 285.714..., x 5/7 = 714.285...: 285.71 + 714.29.
    expect(allocateByWeight(usd(100_000), [2n, 5n])).toEqual([usd(28_571), usd(71_429)]);
    expect(allocateByWeight(usd(101), [0n, 0n])).toEqual([usd(51), usd(50)]);
  });
});
