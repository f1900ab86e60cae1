import { Link, useLocation } from 'react-router-dom';
import { useLazyQuery, useQuery } from '../../../api/hooks';
import { formatMoneyFor } from '../../../format/money';
import { formatDate } from '../../../format/dates';
import { formatNumber, formatPercent } from '../../../format/numbers';
import { FilterBar } from '../../../ui/FilterBar';
import { ErrorState, Loading } from '../../../ui/states';
import { useNames } from '../../../ui/useNames';
import { WorkingButton } from '../../../ui/working/WorkingButton';
import { FeasibilityView } from './FeasibilityView';
import { FeasibilityQuery, FeasibilityWorkingQuery, RiskQuery } from './plan.operations';
import { RiskChart } from './RiskChart';
import { ScenarioPicker } from './ScenarioPicker';
import { useScenarioChoice } from './useScenarioChoice';

/** Does the plan fit? The server's feasibility and Monte Carlo risk for the tasks as planned or a scenario. */
export function PlanTab({ productionId }: { productionId: string }) {
  const choice = useScenarioChoice(productionId);
  const variables = { productionId, scenarioId: choice.scenarioId };
  const feasibility = useQuery(FeasibilityQuery, variables, { skip: !choice.ready });
  const risk = useQuery(RiskQuery, variables, { skip: !choice.ready });
  const loadWorking = useLazyQuery(FeasibilityWorkingQuery, variables);
  const names = useNames();
  const location = useLocation();
  const f = feasibility.data?.feasibility;
  const r = risk.data?.riskProfile;

  return (
    <section aria-labelledby="plan-title" className="stack">
      <h2 id="plan-title" className="visually-hidden">
        Feasibility and risk
      </h2>
      <FilterBar label="Which plan">
        <ScenarioPicker scenarios={choice.scenarios} value={choice.value} onChange={choice.choose} />
      </FilterBar>
      <div className="chart-grid">
        <section className="card" aria-labelledby="feasibility-title" aria-busy={feasibility.loading}>
          <h3 id="feasibility-title">Feasibility</h3>
          {feasibility.error && <ErrorState error={feasibility.error} retry={feasibility.refetch} />}
          {!f && feasibility.loading && <Loading what="the feasibility" />}
          {f && (
            <>
              <FeasibilityView
                figures={f}
                fix={(a) => (
                  <Link to={{ pathname: '../what-ifs', search: location.search }} relative="path">
                    {a.kind === 'NO_GPU' ? 'Give a GPU count' : `Add ${names.role(a.name)} headcount`} in the
                    what-ifs
                  </Link>
                )}
                efc={
                  <WorkingButton
                    title="the EFC"
                    load={() => loadWorking().then((w) => w.feasibility.working)}
                  >
                    {formatMoneyFor(f.estimateAtCompletion)}
                  </WorkingButton>
                }
              />
              <p className="muted">
                {f.basis.scenario}, {f.basis.tasks} tasks, planned on {formatDate(f.basis.planDate)} from what
                is spent to {formatDate(f.basis.asOf)}.
                {f.basis.unbidTasks.length > 0 &&
                  ` ${f.basis.unbidTasks.length} task(s) have no bid and count as 0 h: ${f.basis.unbidTasks.slice(0, 5).join(', ')}${f.basis.unbidTasks.length > 5 ? '…' : ''}.`}
              </p>
            </>
          )}
        </section>
        <section className="card" aria-labelledby="risk-title" aria-busy={risk.loading}>
          <h3 id="risk-title">Cost risk</h3>
          {risk.error && <ErrorState error={risk.error} retry={risk.refetch} />}
          {!r && risk.loading && <Loading what="the risk profile" />}
          {r && (
            <>
              <p data-testid="risk-probability">
                <strong>{formatPercent(r.probabilityWithinBudget)}</strong> chance the cost stays within the
                budget of {formatMoneyFor(r.budget)} (before contingency).
              </p>
              <RiskChart bins={r.histogram} p50={r.p50} p90={r.p90} budget={r.budget} />
              <dl className="figure-row">
                {(
                  [
                    ['P10', r.p10],
                    ['P50', r.p50],
                    ['P80', r.p80],
                    ['P90', r.p90],
                    ['Mean', r.mean],
                  ] as const
                ).map(([label, value]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>{formatMoneyFor(value)}</dd>
                  </div>
                ))}
              </dl>
              <p className="muted">
                {formatNumber(r.draws, 0)} draws, {r.method} over each task’s three-point bid, seed {r.seed}:
                the same seed gives the same answer.
              </p>
            </>
          )}
        </section>
      </div>
    </section>
  );
}
