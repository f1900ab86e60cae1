import { AnalyticsInputError } from '../errors';
import { toNonNegativeRatio, type Quantity } from '../exact/parse';
import { add, sub, toNumber, ZERO, type Ratio } from '../exact/ratio';
import { displacedHours } from './displaced';
import type { AiRun, TimeEntry } from '../ledger';
import { AI_PATHS, AI_WORK_KINDS, CRAFT_KINDS, type TaskPath } from '../vocabulary';
import { formatQuantity } from '../money/format';
import { sumMoney, zeroMoney, type Money } from '../money/money';
import { fte } from '../quarters/fte';
import { quarterOf, quartersBetween, toDate, type QuarterLabel } from '../quarters/quarter';
import { pricedLine } from '../rates/hourly-rate';
import { fteHoursPerYear, rateFor, type RateCard } from '../rates/rate-card';
import type { Working, WorkingLine } from '../working';
import { byTask, entryHours, hoursByRole } from '../costing/hours';

export interface LabourTask {
  id: string;
  taskType: string;
  path: TaskPath;
  baselineRole: string;
  /** B(t): the bid's most likely hours, or the planner's override. */
  baselineHours: Quantity;
}

export interface LabourRole {
  code: string;
  department: string;
}

export type LabourDimension = 'ROLE' | 'DEPARTMENT' | 'TASK_TYPE' | 'QUARTER';

export interface LabourImpactInput {
  tasks: readonly LabourTask[];
  timeEntries: readonly TimeEntry[];
  /** Only `taskId` and `finishedAt` matter here: they date a task's displacement. */
  aiRuns: readonly Pick<AiRun, 'taskId' | 'finishedAt'>[];
  roles: readonly LabourRole[];
  /** Loaded rates price displaced wages; its FTE hours per year divide hours into FTE. */
  rateCard: RateCard;
  /** Quarters to report, both ends included. */
  period: { from: QuarterLabel; to: QuarterLabel };
  fyStartMonth?: number;
  /** Dimensions to group by; an empty list gives one row for everything. */
  groupBy: readonly LabourDimension[];
}

export interface LabourFigures {
  displacedHours: number;
  createdHours: number;
  /** Created - displaced. */
  netHours: number;
  displacedFte: number;
  createdFte: number;
  netFte: number;
  /** Displaced hours x the displaced role's loaded rate. */
  wagesDisplaced: Money;
  taskIds: string[];
}

export interface LabourImpactRow extends LabourFigures {
  key: Partial<Record<LabourDimension, string>>;
  working: Working;
}

export interface LabourImpact {
  rows: LabourImpactRow[];
  totals: LabourFigures;
  /** AI tasks with no finished AI job yet: their displacement has no quarter, so it is not counted. */
  pendingTaskIds: string[];
}

/** One task's effect on one role in one quarter: the unit everything else groups. */
interface Contribution {
  task: LabourTask;
  role: string;
  quarter: QuarterLabel;
  displaced: Ratio;
  created: Ratio;
  /** Displaced hours x loaded rate; zero for created hours. */
  wagesDisplaced: Money;
  line: WorkingLine;
}

function lastFinish(runs: readonly Pick<AiRun, 'finishedAt'>[]): Date | undefined {
  let last: Date | undefined;
  for (const r of runs) {
    const d = toDate(r.finishedAt, 'aiRuns.finishedAt');
    if (!last || d > last) last = d;
  }
  return last;
}

/**
 * Per AI task: craft hours K = ARTIST + REWORK + SUPERVISION by role; displaced D = max(0, B - K)
 * for the baseline role, dated to the quarter the task's last AI job finished; created C =
 * AI_OPERATOR + AI_REVIEW by role, dated by work date. HUMAN tasks contribute nothing: finishing
 * under bid is not displacement.
 */
function contributions(input: LabourImpactInput, pending: string[]): Contribution[] {
  const fy = input.fyStartMonth ?? 1;
  const entries = byTask(input.timeEntries);
  const runs = byTask(input.aiRuns);
  const out: Contribution[] = [];
  for (const task of input.tasks) {
    if (!AI_PATHS.includes(task.path)) continue;
    const taskEntries = entries.get(task.id) ?? [];
    const finished = lastFinish(runs.get(task.id) ?? []);
    if (finished) {
      const baseline = toNonNegativeRatio(task.baselineHours, `tasks.${task.id}.baselineHours`);
      const craft = hoursByRole(taskEntries, CRAFT_KINDS).get(task.baselineRole) ?? ZERO;
      const displaced = displacedHours(baseline, craft);
      const line = pricedLine(
        `${task.id} ${task.baselineRole}: displaced = max(0, baseline ${formatQuantity(toNumber(baseline), 2)} h - craft ${formatQuantity(toNumber(craft), 2)} h)`,
        displaced,
        rateFor(input.rateCard, task.baselineRole),
        [task.id],
      );
      const wagesDisplaced = line.amount as Money;
      out.push({
        task,
        role: task.baselineRole,
        quarter: quarterOf(finished, fy),
        displaced,
        created: ZERO,
        wagesDisplaced,
        line,
      });
    } else {
      pending.push(task.id);
    }
    const created = new Map<string, { role: string; quarter: QuarterLabel; hours: Ratio; refs: string[] }>();
    for (const e of taskEntries) {
      if (!AI_WORK_KINDS.includes(e.kind)) continue;
      const quarter = quarterOf(toDate(e.workDate, 'timeEntries.workDate'), fy);
      const key = `${e.role}|${quarter}`;
      const slot = created.get(key) ?? { role: e.role, quarter, hours: ZERO, refs: [] };
      slot.hours = add(slot.hours, entryHours(e));
      if (e.id) slot.refs.push(e.id);
      created.set(key, slot);
    }
    for (const c of created.values()) {
      const line = {
        label: `${task.id} ${c.role}: created (AI operator + review)`,
        quantity: toNumber(c.hours),
        unit: 'h',
        refs: [task.id, ...c.refs],
      };
      const wagesDisplaced = zeroMoney(input.rateCard.currency);
      out.push({
        task,
        role: c.role,
        quarter: c.quarter,
        displaced: ZERO,
        created: c.hours,
        wagesDisplaced,
        line,
      });
    }
  }
  return out;
}

function dimensionValue(
  c: Contribution,
  dimension: LabourDimension,
  departments: Map<string, string>,
): string {
  switch (dimension) {
    case 'ROLE':
      return c.role;
    case 'QUARTER':
      return c.quarter;
    case 'TASK_TYPE':
      return c.task.taskType;
    case 'DEPARTMENT': {
      const department = departments.get(c.role);
      if (department === undefined) {
        throw new AnalyticsInputError(
          'roles',
          `Role ${c.role} has no department; add it to the labour roles.`,
        );
      }
      return department;
    }
  }
}

function figures(
  group: readonly Contribution[],
  currency: string,
  fteYear: Ratio,
  quarters: number,
): LabourFigures {
  let displaced = ZERO;
  let created = ZERO;
  for (const c of group) {
    displaced = add(displaced, c.displaced);
    created = add(created, c.created);
  }
  const net = sub(created, displaced);
  return {
    displacedHours: toNumber(displaced),
    createdHours: toNumber(created),
    netHours: toNumber(net),
    displacedFte: fte(displaced, fteYear, quarters),
    createdFte: fte(created, fteYear, quarters),
    netFte: fte(net, fteYear, quarters),
    wagesDisplaced: sumMoney(
      group.map((c) => c.wagesDisplaced),
      currency,
    ),
    taskIds: [...new Set(group.map((c) => c.task.id))],
  };
}

/**
 * Labour impact of AI use: displaced, created and net hours, FTE and displaced wages, grouped by
 * role, department, task type and/or quarter. FTE divides by the standard FTE hours for the
 * period a row covers: one quarter (520 h at 2,080 h a year) when grouped by quarter, otherwise
 * the whole reported period.
 */
export function labourImpact(input: LabourImpactInput): LabourImpact {
  const quarters = new Set(quartersBetween(input.period.from, input.period.to));
  const departments = new Map(input.roles.map((r) => [r.code, r.department]));
  const fteYear = fteHoursPerYear(input.rateCard);
  const currency = input.rateCard.currency;
  const pendingTaskIds: string[] = [];
  const counted = contributions(input, pendingTaskIds).filter((c) => quarters.has(c.quarter));

  const groups = new Map<
    string,
    { key: Partial<Record<LabourDimension, string>>; members: Contribution[] }
  >();
  for (const c of counted) {
    const key: Partial<Record<LabourDimension, string>> = {};
    for (const d of input.groupBy) key[d] = dimensionValue(c, d, departments);
    const id = JSON.stringify(input.groupBy.map((d) => key[d]));
    const group = groups.get(id) ?? { key, members: [] };
    group.members.push(c);
    groups.set(id, group);
  }
  const rowQuarters = input.groupBy.includes('QUARTER') ? 1 : quarters.size;
  const rows = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, g]): LabourImpactRow => ({
      key: g.key,
      ...figures(g.members, currency, fteYear, rowQuarters),
      working: {
        lines: g.members.map((c) => c.line),
        note: `FTE = hours / (${toNumber(fteYear)} h a year x ${rowQuarters}/4 of a year).`,
      },
    }));
  return { rows, totals: figures(counted, currency, fteYear, quarters.size), pendingTaskIds };
}
