import { Injectable } from '@nestjs/common';
import {
  allocateByWeight,
  chosenPath,
  CostReportLine,
  money as analyticsMoney,
  Money,
  pathPlan,
  subtractMoney,
  sumMoney,
} from '@frameledger/analytics';
import { money } from '../../platform/graphql/money-format';
import { badInput } from '../../common/errors';
import { asUserErrors } from '../analytics-errors';
import { PlanContextService } from '../plan/plan-context.service';
import { costReportAsOf } from '../production-ledger/cost-as-of';
import { missingRates } from '../working/missing-rate';
import { gqlMoney, toWorking, withNames } from '../working/working';
import { CostFiguresType, CostReportType } from './cost-report.types';

/**
 * Budget, bid, actual to date, estimate to complete, EFC and variances per task type. What is
 * spent and what is left are priced by analytics.costReport as feasibility prices them ("tasks as
 * planned": each open task's expected cost on its own path under the default assumptions), so the
 * two EFCs agree to the minor unit on the same day. The VFX budget is spread over task types by
 * their bids; variance = budget - EFC, bid variance = bid - EFC, positive under (docs/reports.md).
 */
@Injectable()
export class CostReportService {
  constructor(private readonly context: PlanContextService) {}

  costReport(productionId: string, asOf: string): Promise<CostReportType> {
    return asUserErrors(async () => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) {
        throw badInput('asOf', `"${asOf}" is not a date; write it like 2026-07-31.`);
      }
      const c = await this.context.load(productionId, undefined, asOf);
      const { ledger, assumptions: a } = c;
      const planned = new Map(c.tasks.map((t) => [t.id, pathPlan(t, chosenPath(t, a), a).expectedCost]));
      const report = costReportAsOf(ledger, asOf, (id) => planned.get(id));
      const currency = ledger.rateCard.currency;
      const byType = new Map<string, CostReportLine[]>();
      ledger.tasks.forEach((t, i) =>
        byType.set(t.taskTypeCode, [...(byType.get(t.taskTypeCode) ?? []), report.lines[i]]),
      );
      const vfxBudget = analyticsMoney(ledger.production.budgetMinor, ledger.production.currency);
      const types = [...byType.entries()].sort(([x], [y]) => (x < y ? -1 : 1));
      const bidOf = (lines: CostReportLine[]) =>
        sumMoney(
          lines.map((l) => l.budget),
          currency,
        );
      const shares = allocateByWeight(
        vfxBudget,
        types.map(([, lines]) => bidOf(lines).amountMinor),
      );
      const figures = (lines: CostReportLine[], budget: Money): CostFiguresType => {
        const total = (pick: (l: CostReportLine) => Money) => sumMoney(lines.map(pick), currency);
        const bid = bidOf(lines);
        const efc = total((l) => l.estimateAtCompletion);
        return {
          budget: gqlMoney(budget),
          bid: gqlMoney(bid),
          actualToDate: gqlMoney(total((l) => l.actualToDate)),
          estimateToComplete: gqlMoney(total((l) => l.estimateToComplete)),
          estimateAtCompletion: gqlMoney(efc),
          variance: gqlMoney(subtractMoney(budget, efc)),
          bidVariance: gqlMoney(subtractMoney(bid, efc)),
          working: withNames(
            toWorking({ lines: lines.flatMap((l) => l.working.lines), note: report.working.note }),
            ledger.names,
            ledger.roleNames,
          ),
        };
      };
      return {
        productionId,
        asOf,
        currency,
        vfxBudget: money(ledger.production.budgetMinor, ledger.production.currency),
        lines: types.map(([taskType, lines], i) => ({
          taskType,
          tasks: lines.length,
          ...figures(lines, shares[i]),
        })),
        totals: figures(report.lines, vfxBudget),
        missingRates: missingRates(
          report.lines
            .flatMap((l) => l.unpricedEntries)
            .map((e) => ({ ...e, production: ledger.production.code })),
        ),
      };
    });
  }
}
