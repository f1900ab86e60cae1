import { money } from '../money/money';
import { feasibility, type FeasibilityInput } from './feasibility';

const usd = (minor: number) => money(minor, 'USD');

// Two tasks: 4,000.00 + 6,000.00 = 10,000.00 to complete; ROTO 300 h, COMP 120 h, 50 GPU hours.
const plan: FeasibilityInput = {
  tasks: [
    {
      taskId: 'SH010',
      path: 'AI_ASSISTED',
      estimateToComplete: usd(400_000),
      hoursByRole: { ROTO: 300 },
      gpuHours: 50,
    },
    { taskId: 'SH020', path: 'HUMAN', estimateToComplete: usd(600_000), hoursByRole: { COMP: '120' } },
  ],
  budget: usd(1_200_000),
  contingencyPercent: '10',
  headcount: { ROTO: 2, COMP: 1 },
  gpuCount: 1,
  weeksToDelivery: 4,
};

describe('feasibility', () => {
  it('fits: 10,000.00 + 10% = 11,000.00 within 12,000.00; ROTO 300 h / (2 x 40 h) = 3.75 weeks of 4', () => {
    const result = feasibility(plan);
    expect(result).toMatchObject({
      verdict: 'FITS',
      estimateAtCompletion: usd(1_000_000),
      contingency: usd(100_000),
      totalCost: usd(1_100_000),
      headroom: usd(100_000),
    });
    expect(result.scheduleWeeks).toBe(3.75);
    // ROTO runs at 3.75 / 4 = 94%, the budget at 11,000 / 12,000 = 92%, COMP at 3 / 4 = 75%.
    expect(result.binding).toMatchObject({ kind: 'ROLE', name: 'ROTO', weeks: 3.75 });
    expect(result.constraints.map((c) => c.name)).toEqual(['ROTO', 'budget', 'COMP', 'GPU']);
    expect(result.summary).toBe(
      'The plan fits with $1,000.00 to spare; the tightest constraint is ROTO (3.8 of 4 weeks).',
    );
  });

  it('is over budget when contingency tips it over: 10,000.00 + 25% = 12,500.00', () => {
    const result = feasibility({ ...plan, contingencyPercent: 25 });
    expect(result.verdict).toBe('OVER_BUDGET');
    expect(result.binding.kind).toBe('BUDGET');
    expect(result.headroom).toEqual(usd(-50_000));
  });

  it('is late when one roto artist needs 300 / 40 = 7.5 weeks', () => {
    const result = feasibility({ ...plan, headcount: { ROTO: 1, COMP: 1 } });
    expect(result).toMatchObject({
      verdict: 'LATE',
      scheduleWeeks: 7.5,
      binding: { kind: 'ROLE', name: 'ROTO' },
    });
  });

  it('counts GPU time round the clock: 50 GPU h is 50/168 of a week; late only when the GPUs are the bottleneck', () => {
    const gpuBound = feasibility({
      ...plan,
      tasks: [{ ...plan.tasks[0], gpuHours: 1_000 }],
      weeksToDelivery: 5,
    });
    expect(gpuBound).toMatchObject({ verdict: 'LATE', binding: { kind: 'GPU', name: 'GPU' } });
    expect(gpuBound.scheduleWeeks).toBeCloseTo(1_000 / 168, 12);
  });

  it('is over budget and late together', () => {
    const result = feasibility({ ...plan, budget: usd(500_000), headcount: { ROTO: 1, COMP: 1 } });
    expect(result.verdict).toBe('OVER_BUDGET_AND_LATE');
    expect(result.binding.kind).toBe('BUDGET'); // 11,000 / 5,000 = 220% beats ROTO's 7.5 / 4 = 188%
  });

  it('states work no one can do as an assumption with its figure, leaving it out of the schedule', () => {
    const result = feasibility({ ...plan, headcount: { ROTO: 2 }, gpuCount: 0 });
    expect(result.verdict).toBe('FITS');
    expect(result.assumptions).toEqual([
      {
        kind: 'UNSTAFFED_ROLE',
        name: 'COMP',
        hours: 120,
        sentence:
          '120 h of COMP work is left out of the schedule: the plan has no COMP headcount. Add people or move the work.',
      },
      {
        kind: 'NO_GPU',
        name: 'GPU',
        hours: 50,
        sentence: '50 GPU hours are left out of the schedule: the plan has no GPUs. Give it a GPU count.',
      },
    ]);
    expect(result.constraints.map((c) => c.name)).toEqual(['ROTO', 'budget']);
    expect(result.summary).toMatch(/Not scheduled: 120 h of COMP, 50 GPU hours \(no one to do it\)\.$/);
  });

  it('starts from what is spent: EFC = 2,500.00 spent + 10,000.00 to complete; contingency only on what is left', () => {
    // SH010 has 1,500.00 spent, an omitted task 1,000.00: EFC 12,500.00, + 10% of 10,000.00 = 13,500.00.
    const result = feasibility({
      ...plan,
      tasks: [{ ...plan.tasks[0], actualToDate: usd(150_000) }, plan.tasks[1]],
      spentOutsidePlan: usd(100_000),
      budget: usd(1_300_000),
    });
    expect(result).toMatchObject({
      verdict: 'OVER_BUDGET',
      actualToDate: usd(250_000),
      estimateToComplete: usd(1_000_000),
      estimateAtCompletion: usd(1_250_000),
      contingency: usd(100_000),
      totalCost: usd(1_350_000),
      headroom: usd(-50_000),
      variance: usd(50_000),
    });
  });
});
