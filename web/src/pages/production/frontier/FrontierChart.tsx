import { memo, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import {
  CartesianGrid,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
  Legend,
  useXAxisScale,
  useYAxisScale,
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

/** The frontier's dots, in pixels: 3 px radius, as recharts draws a 36-area circle. */
const DOT_RADIUS = 3.4;
const HEIGHT = 360;
/** How near (px) a click or the pointer must come to a dot to mean it. */
const REACH = 10;

/**
 * Cost against displaced hours: the frontier (no plan is both cheaper and less displacing), the
 * current plan, the budget line and the selected point. Clicking a point selects it. Memoised:
 * only a change of points, current plan, budget or selection redraws it.
 */
export const FrontierChart = memo(function FrontierChart({
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
  const chosen = useMemo(() => points.filter((p) => p.index === selected), [points, selected]);
  // The frontier runs cheapest to least displacing, so its two ends span both axes: recharts
  // draws them (and sets the axes from them) while FrontierDots draws all the points at once.
  const ends = useMemo(() => (points.length > 1 ? [points[0], points[points.length - 1]] : points), [points]);
  const money = useMemo(() => compactMoney(currency), [currency]);
  const [box, width] = useWidth();
  return (
    <div ref={box} style={{ height: HEIGHT }}>
      {width > 0 && (
        <ScatterChart width={width} height={HEIGHT} margin={{ top: 16, right: 40, left: 8, bottom: 8 }}>
          <CartesianGrid stroke={GRID} />
          {/* interval 0: every tick drawn, none measured in the page first (a forced layout each). */}
          <XAxis
            type="number"
            dataKey="cost"
            name="Cost"
            tickFormatter={money}
            tick={AXIS}
            interval={0}
            domain={['auto', 'auto']}
            label={{ value: 'Plan cost', position: 'insideBottomRight', offset: -4, fill: AXIS.stroke }}
          />
          <YAxis
            type="number"
            dataKey="displaced"
            name="Displaced"
            tick={AXIS}
            interval={0}
            width={84}
            tickFormatter={(v: number) => `${formatNumber(v, 0)} h`}
            label={{ value: 'Displaced hours', angle: -90, position: 'insideLeft', fill: AXIS.stroke }}
          />
          <Tooltip
            cursor={{ strokeDasharray: '3 3' }}
            formatter={(v: unknown, name: unknown) =>
              typeof v === 'number' ? (name === 'Cost' ? money(v) : `${formatNumber(v, 1)} h`) : String(v)
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
          <FrontierDots points={points} money={money} onSelect={onSelect} />
          <Scatter
            name="Frontier plans"
            data={ends}
            fill={SERIES.frontier}
            shape="circle"
            zAxisId="dot"
            isAnimationActive={false}
            onClick={(p: { payload?: ChartPoint }) => p.payload && onSelect(p.payload.index)}
            cursor="pointer"
          />
          <Scatter
            name="Current plan"
            data={current ? [current] : []}
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
      )}
    </div>
  );
});

/**
 * The width of a box, read before the browser paints and again whenever it changes. Unlike
 * ResponsiveContainer, which waits a frame for its first ResizeObserver call, the chart is drawn
 * in the same commit as the list beside it.
 */
function useWidth() {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [box, width] as const;
}

/**
 * Every frontier point and the line through them as two SVG paths rather than a component per
 * point: 300 points draw in one go. A click selects the nearest point within reach; hovering one
 * names its cost and hours.
 */
function FrontierDots({
  points,
  money,
  onSelect,
}: {
  points: ChartPoint[];
  money(v: number): string;
  onSelect(index: number): void;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const [hover, setHover] = useState<number>();
  const drawn = useMemo(() => {
    if (!x || !y) return undefined;
    const at = points.map((p) => ({ point: p, px: Number(x(p.cost)), py: Number(y(p.displaced)) }));
    const r = DOT_RADIUS;
    return {
      at,
      /** Labels right of the middle read leftwards, so they stay inside the chart. */
      middle: at.length ? (at[0].px + at[at.length - 1].px) / 2 : 0,
      line: at.map((a, i) => `${i ? 'L' : 'M'}${a.px.toFixed(1)},${a.py.toFixed(1)}`).join(''),
      dots: at
        .map(
          (a) =>
            `M${(a.px - r).toFixed(1)},${a.py.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`,
        )
        .join(''),
    };
  }, [points, x, y]);
  if (!drawn) return null;
  const nearest = (event: MouseEvent<SVGGElement>) => {
    const svg = event.currentTarget.ownerSVGElement;
    const toChart = svg?.getScreenCTM()?.inverse();
    if (!svg || !toChart) return undefined;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(toChart);
    let best: number | undefined;
    let bestDistance = REACH * REACH;
    drawn.at.forEach((a, i) => {
      const d = (a.px - p.x) ** 2 + (a.py - p.y) ** 2;
      if (d <= bestDistance) [best, bestDistance] = [i, d];
    });
    return best;
  };
  const hovered = hover === undefined ? undefined : drawn.at[hover];
  return (
    <g
      className="frontier-dots"
      cursor="pointer"
      onClick={(e) => {
        const i = nearest(e);
        if (i !== undefined) onSelect(drawn.at[i].point.index);
      }}
      onMouseMove={(e) => setHover(nearest(e))}
      onMouseLeave={() => setHover(undefined)}
    >
      <path d={drawn.line} fill="none" stroke={SERIES.frontier} strokeWidth={1} />
      {/* A wide transparent stroke: the pointer finds the line between dots too. */}
      <path d={drawn.line} fill="none" stroke="transparent" strokeWidth={2 * REACH} />
      <path d={drawn.dots} fill={SERIES.frontier} />
      {hovered && (
        <g pointerEvents="none">
          <circle cx={hovered.px} cy={hovered.py} r={DOT_RADIUS + 3} fill="none" stroke={SERIES.plan} />
          <text
            x={hovered.px + (hovered.px > drawn.middle ? -8 : 8)}
            y={hovered.py - 8}
            textAnchor={hovered.px > drawn.middle ? 'end' : 'start'}
            fontSize={12}
            fill={AXIS.stroke}
            data-testid="frontier-hover"
          >
            {money(hovered.point.cost)} · {formatNumber(hovered.point.displaced, 1)} h
          </text>
        </g>
      )}
    </g>
  );
}
