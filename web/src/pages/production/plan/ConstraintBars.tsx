import { formatNumber, formatPercent } from '../../../format/numbers';

interface Constraint {
  kind: string;
  name: string;
  utilisation: number;
  weeks?: number | null;
}

/** Each limit the plan must fit, as needed / available; the first is the binding one. */
export function ConstraintBars({
  constraints,
  weeksToDelivery,
  nameOf,
}: {
  constraints: readonly Constraint[];
  weeksToDelivery: number;
  nameOf(c: Constraint): string;
}) {
  return (
    <ul className="constraints" aria-label="Constraints, tightest first">
      {constraints.map((c, i) => (
        <li
          key={`${c.kind}-${c.name}`}
          className={c.utilisation > 1 ? 'constraint constraint--over' : 'constraint'}
        >
          <span className="constraint__name">
            {nameOf(c)}
            {i === 0 && <strong> (binding)</strong>}
          </span>
          <span className="constraint__bar" aria-hidden="true">
            <span style={{ width: `${Math.min(100, c.utilisation * 100)}%` }} />
          </span>
          <span className="num">
            {formatPercent(c.utilisation)}
            {c.weeks !== null && c.weeks !== undefined && (
              <span className="muted">
                {' '}
                · {formatNumber(c.weeks, 1)} of {formatNumber(weeksToDelivery, 1)} wk
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
