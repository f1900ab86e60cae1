import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
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
import { FrontierChart, type ChartPoint } from './FrontierChart';
import type { PlanFrontierQuery } from '../../../gql/graphql';
import { CurrentPlanCostQuery, FrontierQuery } from './frontier.operations';
import { AdoptDialog } from './AdoptDialog';
import { useAdoptPlan } from './useAdoptPlan';

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
  // Asked once the frontier is drawn: feasibility takes longer than the frontier on a large
  // production, and asked alongside it the server and the page share their time between the two.
  const current = useQuery(CurrentPlanCostQuery, { productionId, scenarioId }, { skip: !data });
  const currentCost = current.data?.feasibility.estimateAtCompletion;
  const adoption = useAdoptPlan(productionId, scenarioId);
  const frontier = data?.planFrontier;
  const recommended = frontier?.leastDisplacementWithinBudget;
  const selectedIndex = filters.point
    ? Number(filters.point)
    : recommended?.status === 'OK'
      ? recommended.point.index
      : undefined;
  const selected = frontier?.points.find((p) => p.index === selectedIndex);
  // The chart's points are worked out once per answer, so selecting a point redraws only the marks.
  const chartPoints = useMemo<ChartPoint[]>(
    () =>
      frontier?.points.map((p) => ({
        index: p.index,
        cost: moneyToNumber(p.cost),
        displaced: p.displacedHours,
      })) ?? [],
    [frontier],
  );
  // The current plan's marker is one object per answer, so the memoised chart redraws only when it moves.
  const currentPoint = useMemo<ChartPoint | undefined>(
    () =>
      currentCost &&
      frontier && {
        index: -1,
        cost: moneyToNumber(currentCost),
        displaced: frontier.displacementCapHours,
      },
    [currentCost, frontier],
  );
  // A stable handler (the router's setter changes with the address), so the memoised list and
  // chart do not redraw every point when only the selection moves.
  const setFilterRef = useRef(setFilter);
  useEffect(() => {
    setFilterRef.current = setFilter;
  }, [setFilter]);
  const select = useCallback((i: number) => setFilterRef.current('point', String(i)), []);
  const planLabel = (index: number) => `plan ${index + 1} of ${frontier?.totalPoints ?? '?'}`;

  const afterChange = () => {
    refetch();
    current.refetch();
  };
  const confirm = async () => {
    if (await adoption.confirm()) afterChange();
  };
  const undo = async () => {
    if (await adoption.undo()) afterChange();
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
              points={chartPoints}
              current={currentPoint}
              budget={moneyToNumber(frontier.budgetBeforeContingency)}
              selected={selectedIndex}
              onSelect={select}
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
                    onClick={() => void adoption.ask(selected.index)}
                    disabled={adoption.running !== undefined}
                  >
                    {adoption.running === 'preview' ? 'Working out the changes…' : 'Adopt this plan…'}
                  </button>
                  <p className="muted">
                    You will see which task paths change and which are left alone (done or with work logged)
                    before anything is written; an adoption can be undone as one step.
                    {scenarioId && ' This scenario’s paths by task type still override them in its reports.'}
                  </p>
                </>
              )}
              {adoption.error && !adoption.preview && (
                <p className="form-error" role="alert">
                  {adoption.error}
                </p>
              )}
              {adoption.adopted && (
                <div role="status" data-testid="adopted" className="stack">
                  <p>
                    Adopted {planLabel(adoption.adopted.index)}: {formatNumber(adoption.adopted.changed, 0)}{' '}
                    task path
                    {adoption.adopted.changed === 1 ? '' : 's'} changed
                    {adoption.adopted.kept.length > 0 &&
                      `; ${formatNumber(adoption.adopted.kept.length, 0)} left alone (done or with work logged)`}
                    .
                  </p>
                  <button
                    type="button"
                    className="button"
                    onClick={() => void undo()}
                    disabled={adoption.running !== undefined}
                  >
                    {adoption.running === 'undo' ? 'Undoing…' : 'Undo this adoption'}
                  </button>
                </div>
              )}
              {adoption.undone && (
                <p role="status" data-testid="undone">
                  Undone: {formatNumber(adoption.undone.restored.length, 0)} task path
                  {adoption.undone.restored.length === 1 ? '' : 's'} set back as they were.
                </p>
              )}
            </section>
            <section className="card" aria-labelledby="points-title">
              <h3 id="points-title">All plans</h3>
              <PointList points={frontier.points} selected={selectedIndex} onSelect={select} />
            </section>
          </div>
        </div>
      )}
      {adoption.preview && (
        <AdoptDialog
          preview={adoption.preview}
          planLabel={planLabel(adoption.preview.index)}
          busy={adoption.running === 'adopt'}
          error={adoption.error}
          onConfirm={() => void confirm()}
          onClose={adoption.cancel}
        />
      )}
    </section>
  );
}

type Point = NonNullable<PlanFrontierQuery['planFrontier']>['points'][number];

/**
 * Every plan as a button. Memoised: selecting a point re-renders the list only to move the
 * pressed state, and the formatted labels are worked out once per frontier.
 */
const PointList = memo(function PointList({
  points,
  selected,
  onSelect,
}: {
  points: Point[];
  selected?: number;
  onSelect(index: number): void;
}) {
  const labels = useMemo(
    () => points.map((p) => `${formatMoneyFor(p.cost)} · ${formatNumber(p.displacedHours, 1)} h`),
    [points],
  );
  return (
    <ol className="point-list">
      {points.map((p, i) => (
        <li key={p.index}>
          <button
            type="button"
            className="button button--small"
            aria-pressed={p.index === selected}
            onClick={() => onSelect(p.index)}
          >
            {labels[i]}
          </button>
        </li>
      ))}
    </ol>
  );
});
