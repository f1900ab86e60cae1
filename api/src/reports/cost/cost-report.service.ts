import { Injectable } from '@nestjs/common';
import { costReport, CostReportLine, makeRatio, Money, sumMoney } from '@frameledger/analytics';
import { money } from '../../platform/graphql/money-format';
import { badInput } from '../../common/errors';
import { asUserErrors } from '../analytics-errors';
import { ProductionLedgerService } from '../production-ledger/production-ledger.service';
import { missingRates } from '../working/missing-rate';
import { gqlMoney, toWorking, withNames } from '../working/working';
import { CostFiguresType, CostReportType } from './cost-report.types';

const endOfDay = (date: string) => `${date}T23:59:59.999Z`;

/** Budget, actual to date, estimate to complete, EFC and variance per task type, priced by analytics.costReport. */
@Injectable()
export class CostReportService {
  constructor(private readonly ledgers: ProductionLedgerService) {}

  costReport(productionId: string, asOf: string): Promise<CostReportType> {
    return asUserErrors(async () => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) {
        throw badInput('asOf', `"${asOf}" is not a date; write it like 2026-07-31.`);
      }
      const ledger = await this.ledgers.load(productionId);
      const cutOff = Date.parse(endOfDay(asOf));
      const licence = new Map<string, Money[]>();
      for (const run of ledger.aiRuns) {
        if (Date.parse(run.finishedAt) <= cutOff)
          licence.set(run.taskId, [...(licence.get(run.taskId) ?? []), run.licenceFee]);
      }
      const currency = ledger.rateCard.currency;
      const zero = makeRatio(0n);
      const report = costReport({
        rateCard: ledger.rateCard,
        timeEntries: ledger.timeEntries,
        aiRuns: ledger.aiRuns,
        asOf: endOfDay(asOf),
        items: ledger.tasks.map((t) => ({
          task: {
            id: t.id,
            path: t.path,
            baselineRole: ledger.pricing.role(t.baselineRoleId).code,
            baselineHours: ledger.bids.get(t.id)?.mostLikely ?? zero,
            licenceFee: sumMoney(licence.get(t.id) ?? [], currency),
          },
          // An omitted task was cut from the plan: nothing is budgeted for it and nothing more will be spent.
          budget: t.status === 'OMITTED' ? { amountMinor: 0n, currency } : undefined,
          complete: t.status === 'DONE' || t.status === 'OMITTED',
        })),
      });
      const byType = new Map<string, CostReportLine[]>();
      ledger.tasks.forEach((t, i) =>
        byType.set(t.taskTypeCode, [...(byType.get(t.taskTypeCode) ?? []), report.lines[i]]),
      );
      const figures = (lines: CostReportLine[]): CostFiguresType => {
        const total = (pick: (l: CostReportLine) => Money) => gqlMoney(sumMoney(lines.map(pick), currency));
        return {
          budget: total((l) => l.budget),
          actualToDate: total((l) => l.actualToDate),
          estimateToComplete: total((l) => l.estimateToComplete),
          estimateAtCompletion: total((l) => l.estimateAtCompletion),
          variance: total((l) => l.variance),
          working: withNames(
            toWorking({ lines: lines.flatMap((l) => l.working.lines), note: report.working.note }),
            ledger.names,
          ),
        };
      };
      return {
        productionId,
        asOf,
        currency,
        vfxBudget: money(ledger.production.budgetMinor, ledger.production.currency),
        lines: [...byType.entries()]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([taskType, lines]) => ({ taskType, tasks: lines.length, ...figures(lines) })),
        totals: figures(report.lines),
        missingRates: missingRates(
          report.lines
            .flatMap((l) => l.unpricedEntries)
            .map((e) => ({ ...e, production: ledger.production.code })),
        ),
      };
    });
  }
}
