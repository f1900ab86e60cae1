import type { MoneyValue } from '../../format/money';
import { MoneyText } from '../../ui/MoneyText';
import { ErrorState } from '../../ui/states';
import { WorkingButton } from '../../ui/working/WorkingButton';
import type { TaskCostQuery } from '../../gql/graphql';
import type { QueryState } from '../../api/hooks';

type TaskCost = TaskCostQuery['taskBidVsActual'];

const negate = (m: MoneyValue): MoneyValue => ({
  amountMinor: m.amountMinor.startsWith('-') ? m.amountMinor.slice(1) : m.amountMinor,
  currency: m.currency,
});

/**
 * The task's baseline, its AI path cost so far and the saving, all in the rate card's currency:
 * the api converts compute costed in another currency at the quarter's booked rate, named here.
 */
export function JobCost({
  cost,
  roleName,
  cardName,
}: {
  cost: QueryState<TaskCostQuery>;
  roleName: string;
  cardName: string | null;
}) {
  if (cost.error)
    return (
      <>
        <dt>Cost</dt>
        <dd>
          <ErrorState error={cost.error} retry={cost.refetch} />
        </dd>
      </>
    );
  const c: TaskCost | undefined = cost.data?.taskBidVsActual;
  if (!c) return null;
  const over = c.costVariance.amountMinor.startsWith('-');
  return (
    <>
      <dt>Baseline cost</dt>
      <dd data-testid="baseline-cost">
        <MoneyText money={c.bidCost} />
        <div className="muted">
          at the {roleName} loaded rate{cardName && `, ${cardName}`}
        </div>
      </dd>
      <dt>AI path cost</dt>
      <dd data-testid="ai-path-cost">
        <WorkingButton title="the AI path cost of this task" load={() => Promise.resolve(c.working)}>
          <MoneyText money={c.actualCost} />
        </WorkingButton>
        <div className="muted">people's hours at loaded rates, compute and licence fees so far</div>
        {c.fxRates.map((r) => (
          <div className="muted" key={`${r.quarter} ${r.from}`}>
            {r.from} compute converted at 1 {r.from} = {r.rate} {r.to} ({r.quarter} booked rate)
          </div>
        ))}
      </dd>
      <dt>{over ? 'Over the baseline' : 'Saving'}</dt>
      <dd data-testid="ai-path-saving">
        <MoneyText money={negate(c.costVariance)} />
        <div className="muted">
          {over ? 'AI path cost − baseline cost' : 'baseline cost − AI path cost'}, in {c.currency}
        </div>
      </dd>
    </>
  );
}

/**
 * A job's compute as the rate card's currency reads it, beside the billed figure when the two
 * currencies differ: the api converts it at the booked rate, as the AI path cost does.
 */
export function InCardCurrency({
  billed,
  run,
}: {
  billed?: MoneyValue | null;
  run?: { inCardCurrency: MoneyValue };
}) {
  if (!billed || !run || run.inCardCurrency.currency === billed.currency) return null;
  return (
    <div className="muted">
      <MoneyText money={run.inCardCurrency} /> in the rate card’s currency (booked rate, as in the AI path
      cost)
    </div>
  );
}
