import type { ReactNode } from 'react';
import { formatMoneyFor } from '../../../format/money';
import { formatNumber } from '../../../format/numbers';
import { Badge } from '../../../ui/Badge';
import { useNames } from '../../../ui/useNames';
import { ConstraintBars } from './ConstraintBars';
import type { FeasibilityFigures } from './feasibility-figures';
import { VERDICT } from './verdict';

/** Budget against plan cost with contingency, schedule against delivery, the binding constraint named. */
export function FeasibilityView({
  figures,
  planCost,
}: {
  figures: FeasibilityFigures;
  planCost?: ReactNode;
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
          <dt>Plan cost</dt>
          <dd>{planCost ?? formatMoneyFor(figures.planCost)}</dd>
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
      <ConstraintBars
        constraints={figures.constraints}
        weeksToDelivery={figures.weeksToDelivery}
        nameOf={nameOf}
      />
    </div>
  );
}
