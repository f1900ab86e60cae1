import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
  Legend,
} from 'recharts';
import { compactMoney } from '../../../format/money-number';
import { formatNumber } from '../../../format/numbers';
import { legendText } from '../../../ui/charts/charts';
import { AXIS, GRID, SERIES } from '../../../ui/charts/palette';

export interface ChartPoint {
  index: number;
  cost: number;
  displaced: number;
}

/**
 * Cost against displaced hours: the frontier (no plan is both cheaper and less displacing), the
 * current plan, the budget line and the selected point. Clicking a point selects it.
 */
export function FrontierChart({
  points,
  current,
  budget,
  selected,
  currency,
  onSelect,
}: {
  points: ChartPoint[];
  /** The plan as it stands; left out when its cost is unknown. */
  current?: ChartPoint;
  budget: number;
  selected?: number;
  currency: string;
  onSelect(index: number): void;
}) {
  const chosen = points.filter((p) => p.index === selected);
  return (
    <ResponsiveContainer width="100%" height={360}>
      <ScatterChart margin={{ top: 16, right: 24, left: 8, bottom: 8 }}>
        <CartesianGrid stroke={GRID} />
        <XAxis
          type="number"
          dataKey="cost"
          name="Cost"
          tickFormatter={compactMoney(currency)}
          tick={AXIS}
          domain={['auto', 'auto']}
          label={{ value: 'Plan cost', position: 'insideBottomRight', offset: -4, fill: AXIS.stroke }}
        />
        <YAxis
          type="number"
          dataKey="displaced"
          name="Displaced"
          tick={AXIS}
          width={84}
          tickFormatter={(v: number) => `${formatNumber(v, 0)} h`}
          label={{ value: 'Displaced hours', angle: -90, position: 'insideLeft', fill: AXIS.stroke }}
        />
        <Tooltip
          cursor={{ strokeDasharray: '3 3' }}
          formatter={(v: unknown, name: unknown) =>
            typeof v === 'number'
              ? name === 'Cost'
                ? compactMoney(currency)(v)
                : `${formatNumber(v, 1)} h`
              : String(v)
          }
        />
        {/* Marker sizes: the current plan and the selected one stand out from the frontier's dots. */}
        <ZAxis zAxisId="dot" range={[36, 36]} />
        <ZAxis zAxisId="mark" range={[220, 220]} />
        <Legend formatter={legendText} />
        <ReferenceLine
          x={budget}
          stroke={SERIES.budget}
          strokeWidth={2}
          label={{ value: 'Budget', position: 'insideTopRight', fill: SERIES.budget }}
        />
        <Scatter
          name="Frontier plans"
          data={points}
          fill={SERIES.frontier}
          line={{ stroke: SERIES.frontier }}
          shape="circle"
          zAxisId="dot"
          isAnimationActive={false}
          onClick={(p: { payload?: ChartPoint }) => p.payload && onSelect(p.payload.index)}
          cursor="pointer"
        />
        <Scatter
          name="Current plan"
          data={[current]}
          fill={SERIES.highlight}
          shape="diamond"
          isAnimationActive={false}
        />
        <Scatter
          name="Selected"
          data={chosen}
          fill={SERIES.plan}
          shape="star"
          zAxisId="mark"
          isAnimationActive={false}
        />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
