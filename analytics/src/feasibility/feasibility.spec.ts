import { money } from '../money/money';
import { feasibility, type FeasibilityInput } from './feasibility';

const usd = (minor: number) => money(minor, 'USD');

// Two tasks: 4,000.00 + 6,000.00 = 10,000.00 planned; ROTO 300 h, COMP 120 h, 50 GPU hours.
const plan: FeasibilityInput = {
  tasks: [
    {
      taskId: 'SH010',
      path: 'AI_ASSISTED',
      expectedCost: usd(400_000),
      hoursByRole: { ROTO: 300 },
      gpuHours: 50,
    },
    { taskId: 'SH020', path: 'HUMAN', expectedCost: usd(600_000), hoursByRole: { COMP: '120' } },
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
      planCost: usd(1_000_000),
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

  it('names a role with work and no people', () => {
    expect(() => feasibility({ ...plan, headcount: { ROTO: 2 } })).toThrow(
      'The plan needs 120 h of COMP work but no COMP headcount; add people or move the work.',
    );
    expect(() => feasibility({ ...plan, gpuCount: 0 })).toThrow(
      'The plan needs 50 GPU hours but no GPUs; give a GPU count.',
    );
  });
});
