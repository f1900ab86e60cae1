import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMoney, minorUnitExponent } from '@frameledger/analytics';
import { compactMoney } from '../../format/money-number';
import { formatNumber } from '../../format/numbers';
import { AXIS, GRID, SERIES } from './palette';

export interface QuarterSpend {
  quarter: string;
  human: number;
  ai: number;
  savings: number;
}

/** Money in a tooltip: the major-unit number the chart holds, formatted in the currency. */
const tooltipMoney = (currency: string) => (value: unknown) =>
  typeof value === 'number'
    ? formatMoney(
        { amountMinor: BigInt(Math.round(value * 10 ** minorUnitExponent(currency))), currency },
        navigator.language,
      )
    : String(value);

/** Spend on human tasks and on AI tasks, stacked per quarter. */
export function SpendChart({ data, currency }: { data: QuarterSpend[]; currency: string }) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="quarter" tick={AXIS} />
        <YAxis tickFormatter={compactMoney(currency)} tick={AXIS} width={72} />
        <Tooltip formatter={tooltipMoney(currency)} />
        <Legend formatter={legendText} />
        <Bar
          dataKey="human"
          name="Human tasks"
          stackId="spend"
          fill={SERIES.human}
          isAnimationActive={false}
        />
        <Bar dataKey="ai" name="AI tasks" stackId="spend" fill={SERIES.ai} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Savings against the all-human baseline, per quarter. */
export function SavingsChart({ data, currency }: { data: QuarterSpend[]; currency: string }) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="quarter" tick={AXIS} />
        <YAxis tickFormatter={compactMoney(currency)} tick={AXIS} width={72} />
        <Tooltip formatter={tooltipMoney(currency)} />
        <Legend formatter={legendText} />
        <Line
          dataKey="savings"
          name="Savings against all-human"
          stroke={SERIES.savings}
          strokeWidth={3}
          dot={{ r: 4 }}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

export interface GroupHours {
  /** The role, department, task type or quarter. */
  group: string;
  displaced: number;
  created: number;
}

/** Legend text in the page's ink, so the swatch carries the colour and the words stay readable. */
export const legendText = (value: string) => <span className="chart-legend">{value}</span>;

/** Displaced and created hours side by side per group (labour role, department, task type, quarter). */
export function LabourHoursChart({ data }: { data: GroupHours[] }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, 48 * data.length + 60)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, left: 8, bottom: 0 }}>
        <CartesianGrid stroke={GRID} horizontal={false} />
        <XAxis type="number" tick={AXIS} tickFormatter={(v: number) => `${formatNumber(v, 0)} h`} />
        <YAxis type="category" dataKey="group" tick={AXIS} width={170} />
        <Tooltip
          formatter={(v: unknown) => (typeof v === 'number' ? `${formatNumber(v, 1)} h` : String(v))}
        />
        <Legend formatter={legendText} />
        <Bar dataKey="displaced" name="Displaced hours" fill={SERIES.displaced} isAnimationActive={false} />
        <Bar dataKey="created" name="Created hours" fill={SERIES.created} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
