import { money } from '../money/money';
import { aiRuns, rateCard, roles, tasks, timeEntries } from '../worked-example.fixture';
import { labourImpact, type LabourImpactInput } from './labour-impact';

const base: LabourImpactInput = {
  tasks: Object.values(tasks),
  timeEntries,
  aiRuns,
  roles,
  rateCard,
  period: { from: '2026-Q3', to: '2026-Q4' },
  groupBy: ['ROLE'],
};

describe('labour impact', () => {
  it('by role: ROTO loses 80 - 3 craft = 77 h on SH010 and nothing on SH030 (12 h craft over a 10 h bid); gains 5 + 1 operator hours', () => {
    const { rows } = labourImpact(base);
    expect(rows.map((r) => [r.key.ROLE, r.displacedHours, r.createdHours, r.netHours])).toEqual([
      ['COMP_SUP', 0, 2, 2],
      ['ROTO', 77, 6, -71],
    ]);
  });

  it('prices displaced wages at the loaded rate: 77 h x 59.00 = 4,543.00', () => {
    const roto = labourImpact(base).rows.find((r) => r.key.ROLE === 'ROTO');
    expect(roto?.wagesDisplaced).toEqual(money(454_300, 'USD'));
    expect(roto?.working.lines[0]).toMatchObject({
      quantity: 77,
      rate: money(5900, 'USD'),
      amount: money(454_300, 'USD'),
      refs: ['SH010-ROTO'],
    });
  });

  it('divides by the FTE hours of the period: two quarters are 1,040 h, so 77 h is 77/1040 FTE', () => {
    const roto = labourImpact(base).rows.find((r) => r.key.ROLE === 'ROTO');
    expect(roto?.displacedFte).toBeCloseTo(77 / 1040, 12);
    expect(roto?.netFte).toBeCloseTo(-71 / 1040, 12);
  });

  it('by quarter: displacement lands when the last AI job finished (10 Aug, Q3); review logged on 2 Oct lands in Q4; each quarter is 520 h', () => {
    const { rows } = labourImpact({ ...base, groupBy: ['QUARTER'] });
    expect(rows.map((r) => [r.key.QUARTER, r.displacedHours, r.createdHours, r.displacedFte])).toEqual([
      ['2026-Q3', 77, 6, 77 / 520],
      ['2026-Q4', 0, 2, 0],
    ]);
  });

  it('by department and task type', () => {
    const byDepartment = labourImpact({ ...base, groupBy: ['DEPARTMENT'] }).rows;
    expect(byDepartment.map((r) => [r.key.DEPARTMENT, r.netHours])).toEqual([
      ['Compositing', 2],
      ['Prep', -71],
    ]);
    const byType = labourImpact({ ...base, groupBy: ['TASK_TYPE', 'QUARTER'] }).rows;
    expect(byType.map((r) => [r.key.TASK_TYPE, r.key.QUARTER, r.displacedHours, r.createdHours])).toEqual([
      ['PAINT', '2026-Q3', 0, 1],
      ['ROTO', '2026-Q3', 77, 5],
      ['ROTO', '2026-Q4', 0, 2],
    ]);
  });

  it('counts nothing for HUMAN tasks (the comp finished 2 h under bid) and holds back AI tasks whose job has not run', () => {
    const impact = labourImpact(base);
    expect(impact.totals.taskIds.sort()).toEqual(['SH010-ROTO', 'SH030-PAINT']);
    expect(impact.pendingTaskIds).toEqual(['SH040-ROTO']);
    expect(impact.totals).toMatchObject({
      displacedHours: 77,
      createdHours: 8,
      netHours: -69,
      wagesDisplaced: money(454_300, 'USD'),
    });
  });

  it('reports only the period asked for', () => {
    const q4 = labourImpact({ ...base, period: { from: '2026-Q4', to: '2026-Q4' } });
    expect(q4.totals).toMatchObject({ displacedHours: 0, createdHours: 2 });
  });

  it('uses the fiscal calendar when asked: with an April start, Q3 2026 work is in 2027-Q2', () => {
    const { rows } = labourImpact({
      ...base,
      fyStartMonth: 4,
      period: { from: '2027-Q2', to: '2027-Q3' },
      groupBy: ['QUARTER'],
    });
    expect(rows.map((r) => r.key.QUARTER)).toEqual(['2027-Q2', '2027-Q3']);
  });

  it('asks for a department it does not know', () => {
    expect(() => labourImpact({ ...base, roles: [], groupBy: ['DEPARTMENT'] })).toThrow(
      'Role ROTO has no department; add it to the labour roles.',
    );
  });
});
