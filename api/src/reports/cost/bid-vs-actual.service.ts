import { Injectable } from '@nestjs/common';
import {
  bidVsActual,
  BidVsActual,
  makeRatio,
  Money,
  Ratio,
  ratioToNumber,
  sumMoney,
  sumQuantities,
  taskCost,
  TimeEntry,
} from '@frameledger/analytics';
import { asUserErrors } from '../analytics-errors';
import { minutesToHours } from '../portfolio-ledger/exact';
import { TaskRow } from '../production-ledger/production-ledger.repository';
import { ProductionLedger, ProductionLedgerService } from '../production-ledger/production-ledger.service';
import { missingRates } from '../working/missing-rate';
import { gqlMoney, toWorking, withNames } from '../working/working';
import { notFound } from '../../common/errors';
import {
  BidGrouping,
  BidVsActualFiguresType,
  BidVsActualType,
  TaskBidVsActualType,
} from './cost-report.types';
import { fxLines, fxRatesUsed } from './fx-used';

const keyOf: Record<BidGrouping, (t: TaskRow, name: string) => string> = {
  [BidGrouping.TASK_TYPE]: (t) => t.taskTypeCode,
  [BidGrouping.SHOT]: (t) => t.shotCode,
  [BidGrouping.SEQUENCE]: (t) => t.sequence || '(no sequence)',
  [BidGrouping.EPISODE]: (t) => (t.episode === null ? '(no episode)' : `Episode ${t.episode}`),
  [BidGrouping.TASK]: (_, name) => name,
};

function byTask<T extends { taskId: string }>(records: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const r of records) grouped.set(r.taskId, [...(grouped.get(r.taskId) ?? []), r]);
  return grouped;
}

interface TaskFigures {
  task: TaskRow;
  /** Its entries of roles the card has no rate for (left out of the actual cost). */
  unpriced: TimeEntry[];
  result: BidVsActual;
  bidHours: Ratio;
  actualHours: Ratio;
}

/** Every task of a production in shot order with its bid against what it has cost (the breakdown with money). */
export interface BreakdownWithMoney {
  currency: string;
  tasks: Array<{ task: TaskRow; figures: BidVsActualFiguresType }>;
  totals: BidVsActualFiguresType;
}

/** The bid and actual figures of some tasks, summed exactly. */
function sum(members: TaskFigures[], currency: string, ledger: ProductionLedger): BidVsActualFiguresType {
  const total = (pick: (b: BidVsActual) => Money) =>
    gqlMoney(
      sumMoney(
        members.map((m) => pick(m.result)),
        currency,
      ),
    );
  const bid = sumQuantities(members.map((m) => m.bidHours));
  const actual = sumQuantities(members.map((m) => m.actualHours));
  return {
    tasks: members.length,
    bidHours: ratioToNumber(bid),
    actualHours: ratioToNumber(actual),
    hoursVariance: ratioToNumber(sumQuantities([bid, makeRatio(-actual.num, actual.den)])),
    bidCost: total((b) => b.bidCost),
    actualCost: total((b) => b.actualCost),
    costVariance: total((b) => b.costVariance),
    working: withNames(
      toWorking({
        lines: members.flatMap((m) => m.result.working.lines),
        note: 'Variance = bid - actual; positive is under the bid.',
      }),
      ledger.names,
      ledger.roleNames,
    ),
  };
}

/** Each task's bid (B(t) x loaded rate) against every hour, GPU hour and licence fee spent on it, grouped. */
@Injectable()
export class BidVsActualService {
  constructor(private readonly ledgers: ProductionLedgerService) {}

  bidVsActual(productionId: string, groupBy: BidGrouping): Promise<BidVsActualType> {
    return asUserErrors(async () => {
      const { ledger, currency, tasks } = await this.taskFigures(productionId);
      const groups = new Map<string, TaskFigures[]>();
      for (const figures of tasks) {
        const key = keyOf[groupBy](figures.task, ledger.names.get(figures.task.id) as string);
        groups.set(key, [...(groups.get(key) ?? []), figures]);
      }
      return {
        productionId,
        currency,
        groupBy,
        rows: [...groups.entries()]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([key, members]) => ({ key, ...sum(members, currency, ledger) })),
        totals: sum(tasks, currency, ledger),
        missingRates: missingRates(
          tasks.flatMap((f) => f.unpriced).map((e) => ({ ...e, production: ledger.production.code })),
        ),
      };
    });
  }

  breakdown(productionId: string): Promise<BreakdownWithMoney> {
    return asUserErrors(async () => {
      const { ledger, currency, tasks } = await this.taskFigures(productionId);
      return {
        currency,
        tasks: tasks.map((f) => ({ task: f.task, figures: sum([f], currency, ledger) })),
        totals: sum(tasks, currency, ledger),
      };
    });
  }

  /** One task's baseline against its AI path so far, with the FX rates that converted its compute. */
  task(productionId: string, taskId: string): Promise<TaskBidVsActualType> {
    return asUserErrors(async () => {
      const { ledger, currency, tasks } = await this.taskFigures(productionId);
      const figures = tasks.find((f) => f.task.id === taskId);
      if (!figures) throw notFound('task on this production', taskId);
      const runs = ledger.aiRuns.filter((r) => r.taskId === taskId);
      const fxRates = fxRatesUsed(runs, ledger.fx);
      const totals = sum([figures], currency, ledger);
      return {
        ...totals,
        working: { ...totals.working, allLines: [...totals.working.allLines, ...fxLines(fxRates)] },
        taskId,
        currency,
        fxRates,
        runs: runs.map((r) => ({
          runId: r.id,
          jobId: r.jobId,
          booked: gqlMoney(r.bookedCompute),
          inCardCurrency: gqlMoney(r.computeCost),
        })),
        missingRates: missingRates(
          figures.unpriced.map((e) => ({ ...e, production: ledger.production.code })),
        ),
      };
    });
  }

  private async taskFigures(productionId: string) {
    const ledger = await this.ledgers.load(productionId);
    const currency = ledger.rateCard.currency;
    const zero = makeRatio(0n);
    const runsOf = byTask(ledger.aiRuns);
    const entriesOf = byTask(ledger.timeEntries);
    const tasks = ledger.tasks.map((t): TaskFigures => {
      const runs = runsOf.get(t.id) ?? [];
      const entries = entriesOf.get(t.id) ?? [];
      const bidHours = ledger.bids.get(t.id)?.mostLikely ?? zero;
      const cost = taskCost({
        task: {
          id: t.id,
          path: t.path,
          baselineRole: ledger.pricing.role(t.baselineRoleId).code,
          baselineHours: bidHours,
          licenceFee: sumMoney(
            runs.map((r) => r.licenceFee),
            currency,
          ),
        },
        rateCard: ledger.rateCard,
        timeEntries: entries,
        aiRuns: runs,
      });
      return {
        task: t,
        unpriced: cost.unpricedEntries,
        result: bidVsActual(cost),
        bidHours,
        actualHours: sumQuantities(entries.map((e) => minutesToHours(e.minutes))),
      };
    });
    return { ledger, currency, tasks };
  }
}
