import { formatMoneyFor, type MoneyValue } from '../../../format/money';
import { formatNumber, formatPercent } from '../../../format/numbers';
import { Badge } from '../../../ui/Badge';
import { VERDICT } from '../plan/verdict';
import type { WhatIfResult } from './what-if';
import { moneyChange, numberChange, type Change } from './whatif-change';

type Outcome = WhatIfResult | { error: string };

/**
 * The what-if's headline figures, each with how far it moved from the plan the page opened with.
 * Kept in view (sticky) while the sliders beside it move.
 */
export function WhatIfChanges({ now, start }: { now: Outcome; start: Outcome }) {
  const was = 'error' in start ? undefined : start;
  return (
    <section className="card whatif__summary" aria-labelledby="whatif-summary" data-testid="whatif-summary">
      <h3 id="whatif-summary">Against the starting plan</h3>
      {'error' in now ? (
        <p className="form-error">{now.error}</p>
      ) : (
        <>
          <p>
            <Badge tone={VERDICT[now.figures.verdict].tone}>{VERDICT[now.figures.verdict].label}</Badge>
            {was && was.figures.verdict !== now.figures.verdict && (
              <span className="muted"> (was {VERDICT[was.figures.verdict].label.toLowerCase()})</span>
            )}
          </p>
          <dl className="figure-row">
            <Money
              label="EFC"
              id="efc"
              now={now.figures.estimateAtCompletion}
              was={was?.figures.estimateAtCompletion}
            />
            <Money
              label="Total with contingency"
              id="total"
              now={now.figures.totalCost}
              was={was?.figures.totalCost}
            />
            <Money label="Headroom" id="headroom" now={now.figures.headroom} was={was?.figures.headroom} />
            <Figure
              label="Schedule"
              id="schedule"
              value={`${formatNumber(now.figures.scheduleWeeks, 1)} weeks`}
              change={was && numberChange(now.figures.scheduleWeeks, was.figures.scheduleWeeks, 'weeks', 1)}
            />
            {now.probabilityWithinBudget !== null && (
              <Figure
                label="Chance within budget"
                id="chance"
                value={formatPercent(now.probabilityWithinBudget)}
                change={
                  was?.probabilityWithinBudget != null
                    ? numberChange(
                        now.probabilityWithinBudget * 100,
                        was.probabilityWithinBudget * 100,
                        'points',
                        1,
                      )
                    : undefined
                }
              />
            )}
          </dl>
        </>
      )}
    </section>
  );
}

function Money({ label, id, now, was }: { label: string; id: string; now: MoneyValue; was?: MoneyValue }) {
  return (
    <Figure
      label={label}
      id={id}
      value={formatMoneyFor(now)}
      negative={now.amountMinor.startsWith('-')}
      change={was && moneyChange(now, was)}
    />
  );
}

function Figure({
  label,
  id,
  value,
  negative,
  change,
}: {
  label: string;
  id: string;
  value: string;
  negative?: boolean;
  change?: Change;
}) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className={negative ? 'negative' : undefined} data-testid={`whatif-${id}`}>
        {value}
      </dd>
      {change && (
        <dd className={`change change--${change.direction}`} data-testid={`whatif-${id}-change`}>
          {change.text}
        </dd>
      )}
    </div>
  );
}
