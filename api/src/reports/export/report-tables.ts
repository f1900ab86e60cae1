import {
  BidGrouping,
  BidVsActualFiguresType,
  BidVsActualType,
  CostFiguresType,
  CostReportType,
} from '../cost/cost-report.types';
import {
  LabourDimension,
  LabourFiguresType,
  LabourImpactRowType,
  LabourImpactType,
} from '../labour/labour-impact.types';
import type { BreakdownWithMoney } from '../cost/bid-vs-actual.service';
import { Cell, Column, fileSafe, moneyCell, ReportTable } from './report-table';

/** The production a report covers, as the sheet's header names it. */
export interface ProductionHeading {
  code: string;
  title: string;
}

const money = (header: string): Column => ({ header, kind: 'money' });
const hours = (header: string): Column => ({ header, kind: 'hours' });
const text = (header: string): Column => ({ header, kind: 'text' });
const count = (header: string): Column => ({ header, kind: 'count' });
const production = (p: ProductionHeading): [string, string] => ['Production', `${p.code} · ${p.title}`];

const COST_COLUMNS = [
  text('Task type'),
  count('Tasks'),
  money('Budget'),
  money('Bid'),
  money('Actual to date'),
  money('Estimate to complete'),
  money('EFC'),
  money('Variance (budget - EFC)'),
  money('Bid - EFC'),
];

/** Budget, actual to date, estimate to complete, EFC and variance by task type, as of a date. */
export function costReportTable(report: CostReportType, p: ProductionHeading): ReportTable {
  const c = report.currency;
  const figures = (f: CostFiguresType): Cell[] => [
    moneyCell(f.budget, c),
    moneyCell(f.bid, c),
    moneyCell(f.actualToDate, c),
    moneyCell(f.estimateToComplete, c),
    moneyCell(f.estimateAtCompletion, c),
    moneyCell(f.variance, c),
    moneyCell(f.bidVariance, c),
  ];
  return {
    title: 'Cost report',
    fileStem: `frameledger-cost-report-${fileSafe(p.code)}-${report.asOf}`,
    currency: c,
    facts: [production(p), ['As of', report.asOf], ['Currency', c], ['VFX budget', report.vfxBudget]],
    columns: COST_COLUMNS,
    rows: report.lines.map((l) => [l.taskType, l.tasks, ...figures(l)]),
    totals: ['Total', report.lines.reduce((n, l) => n + l.tasks, 0), ...figures(report.totals)],
    notes: [
      'Budget: the VFX budget, spread over task types by bid. EFC = actual to date + estimate to complete on each open task’s planned path.',
      'Variance = budget - EFC and bid - EFC: positive is under.',
    ],
  };
}

const BID_FIGURES = [
  count('Tasks'),
  hours('Bid hours'),
  hours('Actual hours'),
  hours('Hours variance'),
  money('Bid cost'),
  money('Actual cost'),
  money('Cost variance'),
];

function bidFigures(f: BidVsActualFiguresType, currency: string): Cell[] {
  return [
    f.tasks,
    f.bidHours,
    f.actualHours,
    f.hoursVariance,
    moneyCell(f.bidCost, currency),
    moneyCell(f.actualCost, currency),
    moneyCell(f.costVariance, currency),
  ];
}

const GROUP_HEADER: Record<BidGrouping, string> = {
  [BidGrouping.TASK_TYPE]: 'Task type',
  [BidGrouping.SHOT]: 'Shot',
  [BidGrouping.SEQUENCE]: 'Sequence',
  [BidGrouping.EPISODE]: 'Episode',
  [BidGrouping.TASK]: 'Task',
};

const today = (at: Date) => at.toISOString().slice(0, 10);
const BID_NOTE = 'Variance = bid - actual: positive is under the bid.';

/** Each group's bid against what was spent, to the day it is downloaded. */
export function bidVsActualTable(report: BidVsActualType, p: ProductionHeading, at: Date): ReportTable {
  const c = report.currency;
  return {
    title: 'Bid versus actual',
    fileStem: `frameledger-bid-vs-actual-${fileSafe(p.code)}-${report.groupBy.toLowerCase()}`,
    currency: c,
    facts: [
      production(p),
      ['As of', today(at)],
      ['Currency', c],
      ['Grouped by', GROUP_HEADER[report.groupBy]],
    ],
    columns: [text(GROUP_HEADER[report.groupBy]), ...BID_FIGURES],
    rows: report.rows.map((r) => [r.key, ...bidFigures(r, c)]),
    totals: ['Total', ...bidFigures(report.totals, c)],
    notes: [BID_NOTE],
  };
}

/** Every task of the breakdown by shot, with its bid and what it has cost so far. */
export function breakdownTable(breakdown: BreakdownWithMoney, p: ProductionHeading, at: Date): ReportTable {
  const c = breakdown.currency;
  const blank = [null, null, null, null, null, null, null];
  return {
    title: 'Breakdown with money',
    fileStem: `frameledger-breakdown-${fileSafe(p.code)}`,
    currency: c,
    facts: [production(p), ['As of', today(at)], ['Currency', c]],
    columns: [
      text('Shot'),
      text('Episode'),
      text('Sequence'),
      count('Frames'),
      text('Task type'),
      count('Complexity'),
      text('Path'),
      text('Status'),
      ...BID_FIGURES,
    ],
    rows: breakdown.tasks.map(({ task: t, figures }) => [
      t.shotCode,
      t.episode === null ? null : String(t.episode),
      t.sequence || null,
      t.frameCount,
      t.taskTypeName,
      t.complexity,
      t.path,
      t.status,
      ...bidFigures(figures, c),
    ]),
    totals: ['Total', ...blank, ...bidFigures(breakdown.totals, c)],
    notes: [BID_NOTE],
  };
}

const LABOUR_KEYS: Record<LabourDimension, [keyof LabourImpactRowType, string]> = {
  [LabourDimension.ROLE]: ['role', 'Role'],
  [LabourDimension.DEPARTMENT]: ['department', 'Department'],
  [LabourDimension.TASK_TYPE]: ['taskType', 'Task type'],
  [LabourDimension.QUARTER]: ['quarter', 'Quarter'],
};

const LABOUR_FIGURES = [
  hours('Displaced hours'),
  hours('Created hours'),
  hours('Net hours'),
  { header: 'Displaced FTE', kind: 'fte' },
  { header: 'Created FTE', kind: 'fte' },
  { header: 'Net FTE', kind: 'fte' },
  money('Wages displaced'),
  count('AI tasks finished'),
] satisfies Column[];

function labourFigures(f: LabourFiguresType, currency: string): Cell[] {
  return [
    f.displacedHours,
    f.createdHours,
    f.netHours,
    f.displacedFte,
    f.createdFte,
    f.netFte,
    moneyCell(f.wagesDisplaced, currency),
    f.finishedAiTasks,
  ];
}

/** Displaced, created and net hours and FTE, and wages displaced, by the chosen groups. */
export function labourImpactTable(report: LabourImpactType, productions: ProductionHeading[]): ReportTable {
  const c = report.currency;
  const keys = report.groupBy.map((d) => LABOUR_KEYS[d]);
  const span = `${report.quarters[0]}-to-${report.quarters[report.quarters.length - 1]}`;
  return {
    title: 'Labour impact',
    fileStem: `frameledger-labour-impact-${fileSafe(span)}`,
    currency: c,
    facts: [
      [
        productions.length === 1 ? 'Production' : 'Productions',
        productions.length === 0
          ? 'All productions'
          : productions.map((p) => `${p.code} · ${p.title}`).join(', '),
      ],
      ['Quarters', report.quarters.join(', ')],
      ['Currency', c],
      ['Grouped by', keys.map(([, header]) => header).join(', ') || 'Nothing'],
    ],
    columns: [...keys.map(([, header]) => text(header)), ...LABOUR_FIGURES],
    rows: report.rows.map((r) => [
      ...keys.map(([field]) => (r[field] as string | undefined) ?? null),
      ...labourFigures(r, c),
    ]),
    totals: ['Total', ...keys.slice(1).map(() => null), ...labourFigures(report.totals, c)],
    notes: [
      'Displaced = bid hours - craft hours on AI tasks, in the quarter their last AI run finished; created = AI operator and review hours; net = created - displaced.',
    ],
  };
}
