import {
  convertMoney,
  fteHoursPerYear,
  FxTable,
  makeRatio,
  quarterOf,
  Money,
  priceHours,
  Ratio,
  ratioToNumber,
  sumQuantities,
  displayRate,
  zeroMoney,
} from '@frameledger/analytics';
import { WorkingLineType } from '../working/working.types';
import { reportLine } from '../working/working';
import { CreatedRow, FinishedRow, Period } from '../portfolio-ledger/ledger.repository';
import { minutesToHours, quotient } from '../portfolio-ledger/exact';
import { quarterPeriod } from '../portfolio-ledger/quarters';
import { Pricing } from '../pricing/pricing';

/**
 * One production, role, task type and quarter: the grain every labour figure is priced and
 * converted at, so a total is the same exact sum whichever way its rows are grouped.
 */
export interface LabourContribution {
  productionId: string;
  roleId: string;
  taskTypeCode: string;
  quarter: string;
  displacedHours: Ratio;
  createdHours: Ratio;
  /** Standard FTE hours a year on the production's rate card: the FTE divisor. */
  fteHoursPerYear: Ratio;
  /** Displaced hours x the role's loaded rate, converted at the quarter's rate. */
  wagesDisplaced: Money;
  /** AI tasks whose displacement is counted here, and those without a bid (counted as displacing nothing). */
  finishedTasks: number;
  unbidTasks: number;
  lines: WorkingLineType[];
}

const keyOf = (productionId: string, roleId: string, taskTypeCode: string, quarter: string) =>
  `${productionId}|${roleId}|${taskTypeCode}|${quarter}`;

/**
 * Displaced hours D = max(0, B - K) of the AI tasks last finished in each quarter (summed per task
 * in SQL) and created hours C (AI operator and review time, by work date), priced with each
 * production's loaded rate and converted into the report currency at each quarter's FX rate.
 */
export function labourContributions(
  finished: readonly FinishedRow[],
  created: readonly CreatedRow[],
  quarters: ReadonlySet<string>,
  fyStartMonth: number,
  pricing: Pricing,
  fx: FxTable,
): LabourContribution[] {
  const byKey = new Map<
    string,
    { c: LabourContribution; displaced: Ratio[]; created: Ratio[]; entries: number }
  >();
  const slot = (productionId: string, roleId: string, taskTypeCode: string, quarter: string) => {
    const key = keyOf(productionId, roleId, taskTypeCode, quarter);
    let entry = byKey.get(key);
    if (!entry) {
      const c: LabourContribution = {
        productionId,
        roleId,
        taskTypeCode,
        quarter,
        displacedHours: makeRatio(0n),
        createdHours: makeRatio(0n),
        fteHoursPerYear: fteHoursPerYear(pricing.card(productionId)),
        wagesDisplaced: zeroMoney(fx.reportingCurrency),
        finishedTasks: 0,
        unbidTasks: 0,
        lines: [],
      };
      entry = { c, displaced: [], created: [], entries: 0 };
      byKey.set(key, entry);
    }
    return entry;
  };
  for (const row of finished) {
    const quarter = quarterOf(row.quarterStart, fyStartMonth);
    if (!quarters.has(quarter)) continue;
    const entry = slot(row.productionId, row.roleId, row.taskTypeCode, quarter);
    entry.displaced.push(quotient(row.displacedNum60, row.den, 60n));
    entry.c.finishedTasks += row.tasks;
    entry.c.unbidTasks += row.unbid;
  }
  for (const row of created) {
    const quarter = quarterOf(row.quarterStart, fyStartMonth);
    if (!quarters.has(quarter)) continue;
    const entry = slot(row.productionId, row.roleId, row.taskTypeCode, quarter);
    entry.created.push(minutesToHours(row.aiWorkMinutes));
    entry.entries += row.entries;
  }
  const periods = new Map([...quarters].map((q) => [q, quarterPeriod(q, fyStartMonth)]));
  return [...byKey.values()].map((e) => {
    e.c.displacedHours = sumQuantities(e.displaced);
    e.c.createdHours = sumQuantities(e.created);
    e.c.lines = workingLines(e.c, e.entries, periods.get(e.c.quarter)!, pricing, fx);
    return e.c;
  });
}

/** Prices the displaced hours (setting wagesDisplaced) and writes the lines that show it. */
function workingLines(
  c: LabourContribution,
  createdEntries: number,
  period: Period,
  pricing: Pricing,
  fx: FxTable,
): WorkingLineType[] {
  const production = pricing.production(c.productionId);
  const role = pricing.role(c.roleId);
  const where = `${production.code} ${role.name} ${pricing.taskTypeName(c.taskTypeCode)} ${c.quarter}`;
  const lines: WorkingLineType[] = [];
  if (c.finishedTasks > 0) {
    const rate = pricing.rate(c.productionId, c.roleId);
    c.wagesDisplaced = convertMoney(priceHours(c.displacedHours, rate), c.quarter, fx);
    const unbid = c.unbidTasks ? `; ${c.unbidTasks} without a bid count as 0` : '';
    lines.push(
      reportLine(
        `${where}: displaced = max(0, baseline - craft hours) over ${c.finishedTasks} AI task(s) last finished in the quarter${unbid}`,
        {
          quantity: ratioToNumber(c.displacedHours),
          unit: 'h',
          rate: displayRate(rate),
          amount: c.wagesDisplaced,
        },
        {
          query: {
            kind: 'FINISHED_TASK',
            productionId: c.productionId,
            baselineRoleId: c.roleId,
            taskTypeCode: c.taskTypeCode,
            ...period,
          },
          count: c.finishedTasks,
        },
      ),
    );
  }
  if (c.createdHours.num !== 0n) {
    lines.push(
      reportLine(
        `${where}: created (AI operator + AI review hours logged in the quarter)`,
        { quantity: ratioToNumber(c.createdHours), unit: 'h' },
        {
          query: {
            kind: 'TIME_ENTRY',
            productionId: c.productionId,
            roleId: c.roleId,
            taskTypeCode: c.taskTypeCode,
            aiTasks: true,
            aiWorkOnly: true,
            ...period,
          },
          count: createdEntries,
        },
      ),
    );
  }
  return lines;
}
