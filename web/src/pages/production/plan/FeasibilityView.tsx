import type { ReactNode } from 'react';
import { formatMoneyFor } from '../../../format/money';
import { formatNumber } from '../../../format/numbers';
import { Badge } from '../../../ui/Badge';
import { useNames } from '../../../ui/useNames';
import { ConstraintBars } from './ConstraintBars';
import type { FeasibilityFigures } from './feasibility-figures';
import { VERDICT } from './verdict';

/**
 * The budget against the EFC (spent to date + estimate to complete) with contingency on what is
 * left, schedule against delivery, the binding constraint named, and the work no one is planned
 * to do stated as assumptions.
 */
export function FeasibilityView({
  figures,
  efc,
  fix,
}: {
  figures: FeasibilityFigures;
  efc?: ReactNode;
  /** A way to remove an assumption from the page (add the headcount or GPUs), where there is one. */
  fix?: (assumption: FeasibilityFigures['assumptions'][number]) => ReactNode;
}) {
  const names = useNames();
  const verdict = VERDICT[figures.verdict];
  const binding = figures.constraints[0];
  const nameOf = (c: { kind: string; name: string }) =>
    c.kind === 'BUDGET' ? 'Budget' : c.kind === 'GPU' ? 'GPU time' : names.role(c.name);
  return (
    <div className="stack" data-testid="feasibility">
      <p className="verdict">
        <Badge tone={verdict.tone}>
          <span data-testid="verdict">{verdict.label}</span>
        </Badge>{' '}
        {figures.summary}
      </p>
      <dl className="figure-row">
        <div>
          <dt>Budget</dt>
          <dd>{formatMoneyFor(figures.budget)}</dd>
        </div>
        <div>
          <dt>Spent to date</dt>
          <dd>{formatMoneyFor(figures.actualToDate)}</dd>
        </div>
        <div>
          <dt>To complete</dt>
          <dd>{formatMoneyFor(figures.estimateToComplete)}</dd>
        </div>
        <div>
          <dt>EFC</dt>
          <dd data-testid="efc">{efc ?? formatMoneyFor(figures.estimateAtCompletion)}</dd>
        </div>
        <div>
          <dt>Variance (budget − EFC)</dt>
          <dd className={figures.variance.amountMinor.startsWith('-') ? 'negative' : undefined}>
            {formatMoneyFor(figures.variance)}
          </dd>
        </div>
        <div>
          <dt>Contingency</dt>
          <dd>{formatMoneyFor(figures.contingency)}</dd>
        </div>
        <div>
          <dt>Total</dt>
          <dd data-testid="total-cost">{formatMoneyFor(figures.totalCost)}</dd>
        </div>
        <div>
          <dt>Headroom</dt>
          <dd className={figures.headroom.amountMinor.startsWith('-') ? 'negative' : undefined}>
            {formatMoneyFor(figures.headroom)}
          </dd>
        </div>
        <div>
          <dt>Schedule</dt>
          <dd>
            {formatNumber(figures.scheduleWeeks, 1)} of {formatNumber(figures.weeksToDelivery, 1)} weeks
          </dd>
        </div>
      </dl>
      {binding && (
        <p>
          Binding constraint: <strong data-testid="binding">{nameOf(binding)}</strong>
        </p>
      )}
      {figures.assumptions.length > 0 && (
        <div data-testid="assumptions">
          <p>Assumptions:</p>
          <ul>
            {figures.assumptions.map((a) => (
              <li key={a.sentence}>
                {a.sentence} {fix?.(a)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ConstraintBars
        constraints={figures.constraints}
        weeksToDelivery={figures.weeksToDelivery}
        nameOf={nameOf}
      />
    </div>
  );
}
