import {
  convertMoney,
  displayRate,
  FxTable,
  money,
  Money,
  priceHours,
  priceMachineTime,
  ratioToNumber,
  sumMoney,
  zeroMoney,
} from '@frameledger/analytics';
import { money as gqlMoney } from '../../platform/graphql/money-format';
import { minutesToHours } from '../portfolio-ledger/exact';
import { MinutesRow, Period, RunsRow } from '../portfolio-ledger/ledger.repository';
import { Pricing } from '../pricing/pricing';
import { RefSource, WorkingLineType } from '../working/working.types';
import { reportLine } from '../working/working';
import { MoneyFigureType } from './quarterly-summary.types';

/** A priced line in the report currency: the money it adds and the working line that shows it. */
export interface PricedLine {
  amount: Money;
  line: WorkingLineType;
}

const fxNote = (from: string, fx: FxTable, quarter: string) =>
  from === fx.reportingCurrency ? '' : `, converted at the ${quarter} ${from} rate`;

/** Minutes by production and role, priced at the production's loaded rate and converted (unpriced without one). */
export function hoursLine(
  row: MinutesRow,
  what: string,
  quarter: string,
  pricing: Pricing,
  fx: FxTable,
  refs?: RefSource,
): PricedLine {
  const hours = minutesToHours(row.minutes);
  if (!pricing.hasRate(row.productionId, row.roleId)) {
    // Left out of the figure, never priced at zero: the line says so and missingRates lists the entries.
    const role = pricing.role(row.roleId).name;
    const label = `${pricing.production(row.productionId).code} ${role}: ${what}, NOT PRICED: its rate card has no ${role} rate`;
    return {
      amount: zeroMoney(fx.reportingCurrency),
      line: reportLine(label, { quantity: ratioToNumber(hours), unit: 'h' }, refs),
    };
  }
  const rate = pricing.rate(row.productionId, row.roleId);
  const amount = convertMoney(priceHours(hours, rate), quarter, fx);
  const label = `${pricing.production(row.productionId).code} ${pricing.role(row.roleId).name}: ${what}${fxNote(rate.currency, fx, quarter)}`;
  return {
    amount,
    line: reportLine(
      label,
      { quantity: ratioToNumber(hours), unit: 'h', rate: displayRate(rate), amount },
      refs,
    ),
  };
}

/**
 * Compute and licence cost of AI runs of one production in one currency, converted. The runs are
 * those finished in the period, or (`onFinishedTasks`) every run of the AI tasks finished in it.
 */
export function aiCostLines(
  row: RunsRow,
  what: string,
  quarter: string,
  pricing: Pricing,
  fx: FxTable,
  period: Period,
  onFinishedTasks = false,
): PricedLine[] {
  const code = pricing.production(row.productionId).code;
  const refs: RefSource = {
    query: {
      kind: onFinishedTasks ? 'FINISHED_TASK_RUN' : 'AI_RUN',
      productionId: row.productionId,
      currency: row.currency,
      ...period,
    },
    count: row.runs,
  };
  const out: PricedLine[] = [];
  const add = (cost: Money, kind: string, figures: { quantity?: number; unit?: string }) => {
    if (cost.amountMinor === 0n) return;
    const amount = convertMoney(cost, quarter, fx);
    const label = `${code}: ${kind} of ${row.runs} AI run(s) ${what}${fxNote(row.currency, fx, quarter)}`;
    out.push({ amount, line: reportLine(label, { ...figures, amount }, refs) });
  };
  // Machine time summed exactly over the runs and priced once here: 0.285 cents a run adds up.
  add(priceMachineTime(BigInt(row.computeExact), row.currency), 'compute', {
    quantity: Number(row.wallMs) / 3_600_000,
    unit: 'GPU h',
  });
  add(money(row.licenceMinor, row.currency), 'model licence fees', {});
  return out;
}

/** Lines in label order (production, then role), for reading. */
export const byLabel = (lines: PricedLine[]): PricedLine[] =>
  lines.sort((a, b) => (a.line.label < b.line.label ? -1 : a.line.label > b.line.label ? 1 : 0));

/** The figure the lines add up to. */
export function figureOf(lines: readonly PricedLine[], currency: string, note?: string): MoneyFigureType {
  const total = sumMoney(
    lines.map((l) => l.amount),
    currency,
  );
  return {
    value: gqlMoney(total.amountMinor, currency),
    working: { note, allLines: lines.map((l) => l.line) },
  };
}
