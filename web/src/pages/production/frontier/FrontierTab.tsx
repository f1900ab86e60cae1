import { useState } from 'react';
import { useQuery } from '../../../api/hooks';
import { formatMoneyFor } from '../../../format/money';
import { moneyToNumber } from '../../../format/money-number';
import { formatNumber } from '../../../format/numbers';
import { Badge } from '../../../ui/Badge';
import { FilterBar } from '../../../ui/FilterBar';
import { ErrorState, Loading } from '../../../ui/states';
import { useFilters } from '../../../ui/useFilters';
import { codeToWords } from '../../../ui/words';
import { ScenarioPicker } from '../plan/ScenarioPicker';
import { useScenarioChoice } from '../plan/useScenarioChoice';
import { FrontierChart } from './FrontierChart';
import { CurrentPlanCostQuery, FrontierQuery } from './frontier.operations';
import { useAdoptPlan, type AdoptedPlan } from './useAdoptPlan';

const FILTERS = ['point'] as const;

/** Plans trading cost against displaced hours; pick one to see its paths, then adopt it. */
export function FrontierTab({ productionId }: { productionId: string }) {
  const [filters, setFilter] = useFilters(FILTERS);
  const choice = useScenarioChoice(productionId);
  const scenarioId = choice.scenarioId;
  const { data, error, loading, refetch } = useQuery(
    FrontierQuery,
    { productionId, scenarioId },
    { skip: !choice.ready },
  );
  // The current plan's cost comes from feasibility, which needs a crew; without one the marker is left off.
  const current = useQuery(CurrentPlanCostQuery, { productionId, scenarioId }, { skip: !choice.ready });
  const currentCost = current.data?.feasibility.planCost;
  const adoption = useAdoptPlan(productionId, scenarioId);
  const [adopted, setAdopted] = useState<AdoptedPlan>();
  const frontier = data?.planFrontier;
  const recommended = frontier?.leastDisplacementWithinBudget;
  const selectedIndex = filters.point
    ? Number(filters.point)
    : recommended?.status === 'OK'
      ? recommended.point.index
      : undefined;
  const selected = frontier?.points.find((p) => p.index === selectedIndex);

  const adopt = async () => {
    if (selectedIndex === undefined) return;
    const result = await adoption.adopt(selectedIndex);
    if (result) {
      setAdopted(result);
      setFilter('point', '');
      refetch();
      current.refetch();
    }
  };

  return (
    <section aria-labelledby="frontier-title" className="stack">
      <h2 id="frontier-title" className="visually-hidden">
        Labour-optimal plans
      </h2>
      <FilterBar label="Which plan">
        <ScenarioPicker scenarios={choice.scenarios} value={choice.value} onChange={choice.choose} />
      </FilterBar>
      {error && <ErrorState error={error} retry={refetch} />}
      {!frontier && loading && <Loading what="the frontier (the optimiser runs on the server)" />}
      {frontier && (
        <div className="frontier">
          <section className="card" aria-labelledby="frontier-chart-title" aria-busy={loading}>
            <h3 id="frontier-chart-title">Cost against displaced hours</h3>
            <p className="muted">
              Every point is a plan no other plan beats on both cost and displaced hours
              {frontier.exact
                ? '.'
                : ` (the frontier's outline: a plan between two points may be up to ${formatNumber(frontier.maxGapHours, 1)} h or ${formatMoneyFor(frontier.maxGapCost)} better).`}{' '}
              Select a point on the chart or in the list.
            </p>
            <FrontierChart
              currency={frontier.budgetBeforeContingency.currency}
              points={frontier.points.map((p) => ({
                index: p.index,
                cost: moneyToNumber(p.cost),
                displaced: p.displacedHours,
              }))}
              current={
                currentCost && {
                  index: -1,
                  cost: moneyToNumber(currentCost),
                  displaced: frontier.displacementCapHours,
                }
              }
              budget={moneyToNumber(frontier.budgetBeforeContingency)}
              selected={selectedIndex}
              onSelect={(i) => setFilter('point', String(i))}
            />
            <p className="muted">
              The budget line is the budget before contingency (
              {formatMoneyFor(frontier.budgetBeforeContingency)}). The current plan
              {currentCost && <> costs {formatMoneyFor(currentCost)} and</>} displaces{' '}
              <span data-testid="current-displaced">{formatNumber(frontier.displacementCapHours, 1)}</span> h.
            </p>
          </section>
          <div className="stack">
            <section className="card stack" aria-labelledby="point-title" data-testid="frontier-point">
              <h3 id="point-title">
                {selected ? `Plan ${selected.index + 1} of ${frontier.totalPoints}` : 'No plan selected'}
              </h3>
              {recommended && (
                <p>
                  <Badge tone={recommended.status === 'OK' ? 'good' : 'bad'}>
                    Least displacement within budget
                  </Badge>{' '}
                  {recommended.message}
                </p>
              )}
              {selected && (
                <>
                  <dl className="figure-row">
                    <div>
                      <dt>Cost</dt>
                      <dd data-testid="point-cost">{formatMoneyFor(selected.cost)}</dd>
                    </div>
                    <div>
                      <dt>Displaced</dt>
                      <dd>{formatNumber(selected.displacedHours, 1)} h</dd>
                    </div>
                  </dl>
                  <ul className="path-counts">
                    {selected.paths.map((p) => (
                      <li key={p.path}>
                        {p.tasks} task{p.tasks === 1 ? '' : 's'} {codeToWords(p.path)}
                      </li>
                    ))}
                  </ul>
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={() => void adopt()}
                    disabled={adoption.running}
                  >
                    {adoption.running ? 'Adopting…' : 'Adopt this plan'}
                  </button>
                  <p className="muted">
                    Adopting sets each task’s own path in one audited change; tasks done or with work logged
                    keep theirs.
                    {scenarioId && ' This scenario’s paths by task type still override them in its reports.'}
                  </p>
                </>
              )}
              {adoption.error && (
                <p className="form-error" role="alert">
                  {adoption.error}
                </p>
              )}
              {adopted && !adoption.running && (
                <p role="status" data-testid="adopted">
                  Adopted plan {adopted.index + 1}: {adopted.changed} task path
                  {adopted.changed === 1 ? '' : 's'} changed
                  {adopted.kept.length > 0 &&
                    `; ${adopted.kept.length} kept (done or with work logged): ${adopted.kept
                      .slice(0, 5)
                      .map((k) => k.task)
                      .join(', ')}${adopted.kept.length > 5 ? '…' : ''}`}
                  .
                </p>
              )}
            </section>
            <section className="card" aria-labelledby="points-title">
              <h3 id="points-title">All plans</h3>
              <ol className="point-list">
                {frontier.points.map((p) => (
                  <li key={p.index}>
                    <button
                      type="button"
                      className="button button--small"
                      aria-pressed={p.index === selectedIndex}
                      onClick={() => setFilter('point', String(p.index))}
                    >
                      {formatMoneyFor(p.cost)} · {formatNumber(p.displacedHours, 1)} h
                    </button>
                  </li>
                ))}
              </ol>
            </section>
          </div>
        </div>
      )}
    </section>
  );
}
