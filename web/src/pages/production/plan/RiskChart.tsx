import {
  Bar,
  CartesianGrid,
  ComposedChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { compactMoney, moneyToNumber } from '../../../format/money-number';
import type { MoneyValue } from '../../../format/money';
import { AXIS, GRID, SERIES } from '../../../ui/charts/palette';

interface Bin {
  count: number;
  from: MoneyValue;
  to: MoneyValue;
}

/** The Monte Carlo cost distribution with P50, P90 and the budget marked on it. */
export function RiskChart({
  bins,
  p50,
  p90,
  budget,
}: {
  bins: readonly Bin[];
  p50: MoneyValue;
  p90: MoneyValue;
  budget: MoneyValue;
}) {
  const currency = budget.currency;
  const data = bins.map((b) => {
    const from = moneyToNumber(b.from);
    const to = moneyToNumber(b.to);
    return { mid: (from + to) / 2, count: b.count, from, to };
  });
  const width = data.length ? data[0].to - data[0].from : 1;
  // The budget is drawn when it sits near the draws; far away it would squash them into one bar.
  const first = data[0]?.from ?? 0;
  const last = data.at(-1)?.to ?? 1;
  const budgetX = moneyToNumber(budget);
  const budgetNear = budgetX >= first - (last - first) && budgetX <= last + (last - first);
  const lo = budgetNear ? Math.min(first, budgetX) : first;
  const hi = budgetNear ? Math.max(last, budgetX) : last;
  return (
    <>
      <ResponsiveContainer width="100%" height={280}>
        <ComposedChart data={data} margin={{ top: 24, right: 24, left: 8, bottom: 0 }} barCategoryGap={1}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis
            dataKey="mid"
            type="number"
            domain={[lo - width / 2, hi + width / 2]}
            tickFormatter={compactMoney(currency)}
            tick={AXIS}
            scale="linear"
          />
          <YAxis
            tick={AXIS}
            width={48}
            allowDecimals={false}
            label={{ value: 'draws', angle: -90, position: 'insideLeft', fill: AXIS.stroke }}
          />
          <Tooltip
            labelFormatter={(mid: unknown) =>
              typeof mid === 'number' ? `around ${compactMoney(currency)(mid)}` : ''
            }
            formatter={(v: unknown) => [String(v), 'draws']}
          />
          <Bar
            dataKey="count"
            fill={SERIES.frontier}
            barSize={Math.max(4, 560 / Math.max(1, data.length))}
            isAnimationActive={false}
          />
          <ReferenceLine
            x={moneyToNumber(p50)}
            stroke={SERIES.plan}
            strokeWidth={2}
            label={{ value: 'P50', position: 'insideTopLeft', fill: SERIES.plan }}
          />
          <ReferenceLine
            x={moneyToNumber(p90)}
            stroke={SERIES.ai}
            strokeWidth={2}
            strokeDasharray="6 3"
            label={{ value: 'P90', position: 'insideTopRight', fill: '#8a5a00' }}
          />
          {budgetNear && (
            <ReferenceLine
              x={budgetX}
              stroke={SERIES.budget}
              strokeWidth={2}
              label={{ value: 'Budget', position: 'insideTopRight', fill: SERIES.budget }}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
      {!budgetNear && (
        <p className="muted">
          The budget ({compactMoney(currency)(budgetX)}) is far {budgetX > last ? 'above' : 'below'} every
          draw, off this chart.
        </p>
      )}
    </>
  );
}
