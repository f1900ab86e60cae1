import { Injectable } from '@nestjs/common';
import {
  formatQuantity,
  FxTable,
  makeRatio,
  median,
  priceHours,
  convertMoney,
  ratioToNumber,
  speedUp,
  subtractMoney,
  sumQuantities,
  Ratio,
} from '@frameledger/analytics';
import { money as gqlMoney } from '../../platform/graphql/money-format';
import { badInput } from '../../common/errors';
import { checkCurrency } from '../../rates/currency';
import { asUserErrors } from '../analytics-errors';
import { minutesToHours, quotient } from '../portfolio-ledger/exact';
import { FinishedRow, LedgerRepository, MedianTask, Period } from '../portfolio-ledger/ledger.repository';
import { quarterPeriod } from '../portfolio-ledger/quarters';
import { labourContributions } from '../labour/labour-contributions';
import { labourFigures, labourRows } from '../labour/labour-impact.service';
import { LabourDimension } from '../labour/labour-impact.types';
import { Pricing, PricingService } from '../pricing/pricing';
import { missingRates } from '../working/missing-rate';
import { reportLine } from '../working/working';
import { aiCostLines, byLabel, figureOf, hoursLine, PricedLine } from './money-lines';
import { MoneyFigureType, QuarterlySummaryType, SpeedUpFigureType } from './quarterly-summary.types';

/** Hours in a working label, to two places ("0.83 GPU h", not 0.8333333333333334). */
const hours = (h: Ratio) => formatQuantity(ratioToNumber(h), 2);

const ROUNDING =
  'Each hours x rate line is rounded half-even to a minor unit, then converted at the quarter’s rate (rounded once); totals are exact sums of the lines.';

@Injectable()
export class QuarterlySummaryService {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly pricing: PricingService,
  ) {}

  /** The quarter across every production, or only `productionIds`. */
  summary(
    quarter: string,
    currency: string,
    fyStartMonth: number,
    productionIds?: readonly string[],
  ): Promise<QuarterlySummaryType> {
    return asUserErrors(async () => {
      checkCurrency('currency', currency);
      const period = quarterPeriod(quarter, fyStartMonth);
      const pricing = await this.pricing.forProductions(productionIds);
      productionIds?.forEach((id, i) => {
        if (!pricing.productions.has(id))
          throw badInput(`productionIds[${i}]`, `No production has the id ${id}; pick one from productions.`);
      });
      const only = productionIds ?? null;
      const days = pricing.ledgerBidDays();
      await this.ledger.registerBidDays(days);
      const [hours, runs, worked, finished, finishedMinutes, finishedAiCost, middle, created, fx] =
        await Promise.all([
          this.ledger.hours(period, only),
          this.ledger.runs(period, only),
          this.ledger.tasksWorked(period, only),
          this.ledger.finished(period, fyStartMonth, days, { productionIds }),
          this.ledger.finishedMinutes(period, only),
          this.ledger.finishedAiCost(period, only),
          this.ledger.medianSpeedUp(period, days, only),
          this.ledger.created(period, fyStartMonth, { productionIds }),
          this.pricing.fxTable(currency, [quarter]),
        ]);
      // In production and role order, so the first missing FX rate named is always the same one.
      const ordered = [...hours].sort((x, y) => pricing.sortKey(x).localeCompare(pricing.sortKey(y)));
      const spendLine = (aiTask: boolean) =>
        byLabel(
          ordered
            .filter((h) => h.aiTask === aiTask)
            .map((h) => {
              const minutes = (BigInt(h.craftMinutes) + BigInt(h.aiWorkMinutes)).toString();
              const refs = {
                query: {
                  kind: 'TIME_ENTRY' as const,
                  productionId: h.productionId,
                  roleId: h.roleId,
                  aiTasks: aiTask,
                  ...period,
                },
                count: h.entries,
              };
              return hoursLine(
                { ...h, minutes },
                `hours logged on ${aiTask ? 'AI' : 'HUMAN'} tasks`,
                quarter,
                pricing,
                fx,
                refs,
              );
            }),
        );
      const humanSpend = figureOf(spendLine(false), currency, ROUNDING);
      const aiSpend = figureOf(
        [
          ...spendLine(true),
          ...byLabel(
            runs.flatMap((r) => aiCostLines(r, 'finished in the quarter', quarter, pricing, fx, period)),
          ),
        ],
        currency,
        ROUNDING,
      );
      const baseline = this.baseline(finished, quarter, pricing, fx, period);
      const aiPath = figureOf(
        byLabel([
          ...finishedMinutes.map((m) =>
            hoursLine(m, 'every hour logged on the AI tasks finished in the quarter', quarter, pricing, fx, {
              query: {
                kind: 'FINISHED_TASK_ENTRY',
                productionId: m.productionId,
                roleId: m.roleId,
                ...period,
              },
              count: m.entries,
            }),
          ),
          ...finishedAiCost.flatMap((r) =>
            aiCostLines(r, 'on the AI tasks finished in the quarter', quarter, pricing, fx, period, true),
          ),
        ]),
        currency,
        ROUNDING,
      );
      const contributions = labourContributions(
        finished,
        created,
        new Set([quarter]),
        fyStartMonth,
        pricing,
        fx,
      );
      const unpricedPairs = [...hours, ...finishedMinutes].filter(
        (r, i, all) =>
          !pricing.hasRate(r.productionId, r.roleId) &&
          all.findIndex((x) => x.productionId === r.productionId && x.roleId === r.roleId) === i,
      );
      const unpriced = await this.ledger.entriesOf(period, unpricedPairs);
      const minutes = (aiOnly: boolean) =>
        hours
          .filter((h) => !aiOnly || h.aiTask)
          .reduce((s, h) => s + BigInt(h.craftMinutes) + BigInt(h.aiWorkMinutes), 0n);
      const [allMinutes, aiMinutes] = [minutes(false), minutes(true)];
      return {
        quarter,
        currency,
        productionIds: only && [...only],
        productionCodes: only && only.map((id) => pricing.production(id).code),
        fiscalYearStartMonth: fyStartMonth,
        ...period,
        humanSpend,
        aiSpend,
        totalSpend: gqlMoney(humanSpend.value.amountMinor + aiSpend.value.amountMinor, currency),
        allHumanBaseline: baseline,
        aiPathCost: aiPath,
        savings: this.savings(baseline, aiPath, currency),
        tasksWorked: worked.tasks,
        aiTasksWorked: worked.aiTasks,
        aiShareOfTasks: worked.tasks ? worked.aiTasks / worked.tasks : null,
        hoursLogged: ratioToNumber(minutesToHours(allMinutes)),
        aiTaskHours: ratioToNumber(minutesToHours(aiMinutes)),
        aiShareOfHours: allMinutes ? ratioToNumber(makeRatio(aiMinutes, allMinutes)) : null,
        machineHours: ratioToNumber(
          makeRatio(
            runs.reduce((s, r) => s + BigInt(r.wallMs), 0n),
            3_600_000n,
          ),
        ),
        finishedAiTasks: finished.reduce((n, r) => n + r.tasks, 0),
        speedUp: this.speedUp(middle),
        labourByRole: labourRows(contributions, [LabourDimension.ROLE], pricing, currency, 1),
        labourTotals: labourFigures(contributions, currency, 1),
        missingRates: missingRates(
          unpriced.map((e) => ({
            ...e,
            production: pricing.production(e.productionId).code,
            role: pricing.role(e.roleId).code,
          })),
        ),
      };
    });
  }

  /** B x loaded rate of the AI tasks finished in the quarter, one line per production and baseline role. */
  private baseline(
    finished: readonly FinishedRow[],
    quarter: string,
    pricing: Pricing,
    fx: FxTable,
    period: Period,
  ): MoneyFigureType {
    const groups = new Map<string, { row: FinishedRow; hours: Ratio[]; tasks: number }>();
    for (const row of finished) {
      const key = `${row.productionId}|${row.roleId}`;
      const group = groups.get(key) ?? { row, hours: [], tasks: 0 };
      group.hours.push(quotient(row.baselineNum, row.den));
      group.tasks += row.tasks;
      groups.set(key, group);
    }
    const lines: PricedLine[] = [...groups.values()].map(({ row, hours, tasks }) => {
      const baselineHours = sumQuantities(hours);
      const rate = pricing.rate(row.productionId, row.roleId);
      const amount = convertMoney(priceHours(baselineHours, rate), quarter, fx);
      const label = `${pricing.production(row.productionId).code} ${pricing.role(row.roleId).name}: baseline hours of ${tasks} AI task(s) finished in the quarter`;
      const refs = {
        query: {
          kind: 'FINISHED_TASK' as const,
          productionId: row.productionId,
          baselineRoleId: row.roleId,
          ...period,
        },
        count: tasks,
      };
      return {
        amount,
        line: reportLine(label, { quantity: ratioToNumber(baselineHours), unit: 'h', amount }, refs),
      };
    });
    return figureOf(
      byLabel(lines),
      fx.reportingCurrency,
      `${ROUNDING} Baseline B(t): the bid's most likely hours (per frame: frames / frames a day x hours a day) or the planner's override.`,
    );
  }

  private savings(baseline: MoneyFigureType, aiPath: MoneyFigureType, currency: string): MoneyFigureType {
    const value = subtractMoney(
      { amountMinor: baseline.value.amountMinor, currency },
      { amountMinor: aiPath.value.amountMinor, currency },
    );
    return {
      value: gqlMoney(value.amountMinor, currency),
      working: {
        note: 'Savings = all-human baseline of the AI tasks finished in the quarter - what they cost on their AI path.',
        allLines: [
          { label: 'All-human baseline (its working is under the baseline figure)', amount: baseline.value },
          {
            label: 'AI path cost (its working is under the AI path figure)',
            amount: gqlMoney(-aiPath.value.amountMinor, currency),
          },
        ],
      },
    };
  }

  private speedUp(middle: readonly MedianTask[]): SpeedUpFigureType {
    const values = middle.map((t) => {
      const b = quotient(t.num, t.den);
      const m = makeRatio(BigInt(t.wallMs), 3_600_000n);
      const h = minutesToHours(t.minutes);
      return { task: t, b, m, h, s: speedUp(b, m, h) as Ratio };
    });
    const value = median(values.map((v) => v.s));
    return {
      median: value && ratioToNumber(value),
      tasks: middle[0]?.count ?? 0,
      working: {
        note: 'S = B / (M + H): baseline hours over machine hours plus every human hour on the task. The median is the middle task, or the mean of the two middle tasks.',
        allLines: values.map((v) =>
          reportLine(
            `${v.task.taskLabel}: S = ${hours(v.b)} h / (${hours(v.m)} GPU h + ${hours(v.h)} h)`,
            { quantity: ratioToNumber(v.s), unit: 'x' },
            { ids: [v.task.taskId] },
          ),
        ),
      },
    };
  }
}
