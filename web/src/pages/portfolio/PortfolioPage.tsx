import { useMemo } from 'react';
import { queryString } from '../../api/files';
import { useLazyQuery, useQueries, useQuery } from '../../api/hooks';
import { formatMoneyFor } from '../../format/money';
import { moneyToNumber } from '../../format/money-number';
import { formatHours, formatNumber, formatPercent } from '../../format/numbers';
import { quartersEnding, quartersSince } from '../../format/quarters';
import type { WorkingFieldsFragment } from '../../gql/graphql';
import { DownloadButton } from '../../ui/DownloadButton';
import { FilterBar } from '../../ui/FilterBar';
import { MissingRatesWarning } from '../../ui/MissingRatesWarning';
import { ProductionSelect } from '../../ui/ProductionSelect';
import { literalOptions, SelectField } from '../../ui/SelectField';
import { ErrorState, Loading } from '../../ui/states';
import { Tile } from '../../ui/Tile';
import { useFilters } from '../../ui/useFilters';
import { WorkingButton } from '../../ui/working/WorkingButton';
import { ProductionsQuery } from '../production-list/productions.operations';
import { LabourHoursChart, SavingsChart, SpendChart } from '../../ui/charts/charts';
import {
  FxCurrenciesQuery,
  PortfolioSummaryQuery,
  PortfolioTrendQuery,
  PortfolioWorkingQuery,
} from './portfolio.operations';
import { useNames } from '../../ui/useNames';

const FILTERS = ['quarter', 'currency', 'production'] as const;
const TREND_QUARTERS = 6;

/** The executive's quarter across every production: spend, savings, AI share, speed-up, labour. */
export default function PortfolioPage() {
  const [filters, setFilter] = useFilters(FILTERS);
  const productions = useQuery(ProductionsQuery, { first: 100 });
  const fx = useQuery(FxCurrenciesQuery, {});
  const choices = useMemo(() => portfolioChoices(productions.data, fx.data), [productions.data, fx.data]);
  const quarter = filters.quarter || choices.quarters[0] || '';
  const currency = filters.currency || choices.currency;
  // One production, or all of them (the api takes a list; one is what a planner picks here).
  const productionIds = filters.production ? [filters.production] : undefined;
  const ready = Boolean(quarter && currency);
  const summary = useQuery(PortfolioSummaryQuery, { quarter, currency, productionIds }, { skip: !ready });
  const trend = useQueries(
    PortfolioTrendQuery,
    ready
      ? quartersEnding(quarter, TREND_QUARTERS).map((q) => ({ quarter: q, currency, productionIds }))
      : [],
  );
  const loadWorking = useLazyQuery(PortfolioWorkingQuery, { quarter, currency, productionIds });
  const names = useNames();
  // After an error nothing is shown but the error; while another quarter or currency loads, the
  // figures on screen belong to the previous choice, so they are dimmed and say whose they are.
  const s = summary.error ? undefined : summary.data?.quarterlySummary;
  const stale = Boolean(s && (s.quarter !== quarter || s.currency !== currency));
  const trendData = trend.data?.map(({ quarterlySummary: q }) => ({
    quarter: q.quarter,
    human: moneyToNumber(q.humanSpend.value),
    ai: moneyToNumber(q.aiSpend.value),
    savings: moneyToNumber(q.savings.value),
  }));
  const working =
    (pick: (w: Awaited<ReturnType<typeof loadWorking>>['quarterlySummary']) => WorkingFieldsFragment) => () =>
      loadWorking().then((w) => pick(w.quarterlySummary));

  return (
    <section aria-labelledby="portfolio-title" className="page">
      <header className="page__header">
        <h1 id="portfolio-title">Portfolio</h1>
        {s && (
          <DownloadButton
            primary
            label={`Download ${s.quarter} summary (PDF)`}
            path={`/files/reports/quarterly.pdf${queryString({ quarter: s.quarter, currency: s.currency, productionIds: filters.production || undefined })}`}
            fileName={`frameledger-quarterly-${s.quarter}-${s.currency}.pdf`}
          />
        )}
      </header>
      <FilterBar label="Quarter, currency and production">
        <SelectField
          label="Quarter"
          value={quarter}
          onChange={(v) => setFilter('quarter', v)}
          options={literalOptions(choices.quarters)}
        />
        <SelectField
          label="Reporting currency"
          value={currency}
          onChange={(v) => setFilter('currency', v)}
          options={literalOptions(choices.currencies)}
        />
        <ProductionSelect
          value={filters.production}
          onChange={(v) => setFilter('production', v)}
          allLabel="All productions"
        />
      </FilterBar>
      {productions.error && <ErrorState error={productions.error} retry={productions.refetch} />}
      {summary.error && <ErrorState error={summary.error} retry={summary.refetch} />}
      {!s && (summary.loading || productions.loading) && <Loading what="the quarter" />}
      {s && (
        <>
          <MissingRatesWarning entries={s.missingRates} what={`the ${s.quarter} figures`} />
          {stale && (
            <p className="muted" role="status">
              Showing {s.quarter} in {s.currency} until {quarter} in {currency} loads.
            </p>
          )}
          <div className={stale ? 'tiles tiles--stale' : 'tiles'} aria-busy={summary.loading}>
            <Tile
              testId="tile-spend"
              label="Spend"
              value={formatMoneyFor(s.totalSpend)}
              detail={
                <>
                  human{' '}
                  <WorkingButton title="spend on human tasks" load={working((w) => w.humanSpend.working)}>
                    {formatMoneyFor(s.humanSpend.value)}
                  </WorkingButton>
                  , AI{' '}
                  <WorkingButton title="spend on AI tasks" load={working((w) => w.aiSpend.working)}>
                    {formatMoneyFor(s.aiSpend.value)}
                  </WorkingButton>
                </>
              }
            />
            <Tile
              testId="tile-savings"
              label="Savings against all-human"
              value={
                <WorkingButton
                  title="savings against the all-human baseline"
                  load={working((w) => w.savings.working)}
                >
                  {formatMoneyFor(s.savings.value)}
                </WorkingButton>
              }
              detail={
                <>
                  baseline{' '}
                  <WorkingButton
                    title="the all-human baseline"
                    load={working((w) => w.allHumanBaseline.working)}
                  >
                    {formatMoneyFor(s.allHumanBaseline.value)}
                  </WorkingButton>{' '}
                  − AI path{' '}
                  <WorkingButton title="the AI path cost" load={working((w) => w.aiPathCost.working)}>
                    {formatMoneyFor(s.aiPathCost.value)}
                  </WorkingButton>
                </>
              }
            />
            <Tile
              label="AI share of tasks"
              value={
                s.aiShareOfTasks === null || s.aiShareOfTasks === undefined
                  ? '—'
                  : formatPercent(s.aiShareOfTasks)
              }
              detail={`${s.aiTasksWorked} of ${s.tasksWorked} tasks worked`}
            />
            <Tile
              label="AI share of hours"
              value={
                s.aiShareOfHours === null || s.aiShareOfHours === undefined
                  ? '—'
                  : formatPercent(s.aiShareOfHours)
              }
              detail={`${formatHours(s.aiTaskHours)} of ${formatHours(s.hoursLogged)} logged`}
            />
            <Tile
              label="Median speed-up"
              value={
                <WorkingButton title="the median speed-up" load={working((w) => w.speedUp.working)}>
                  {s.speedUp.median === null || s.speedUp.median === undefined
                    ? '—'
                    : `${formatNumber(s.speedUp.median, 1)}×`}
                </WorkingButton>
              }
              detail={`over ${s.speedUp.tasks} finished AI task${s.speedUp.tasks === 1 ? '' : 's'}`}
            />
            <Tile
              testId="tile-fte"
              label="Displaced · created FTE"
              value={
                <WorkingButton
                  title="displaced and created labour"
                  load={working((w) => w.labourTotals.working)}
                >
                  {formatNumber(s.labourTotals.displacedFte, 2)} ·{' '}
                  {formatNumber(s.labourTotals.createdFte, 2)}
                </WorkingButton>
              }
              detail={
                <>
                  {formatHours(s.labourTotals.displacedHours)} displaced,{' '}
                  {formatHours(s.labourTotals.createdHours)} created; loaded wages (rate + fringes) displaced{' '}
                  {formatMoneyFor(s.labourTotals.wagesDisplaced)}
                  <span className="tile__definition" data-testid="displaced-definition">
                    Displaced: the bid hours of AI tasks finished this quarter that no one had to log, as
                    full-time people; created: hours spent running and reviewing AI.
                  </span>
                </>
              }
            />
          </div>
          <div className="chart-grid">
            <section className="card" aria-labelledby="spend-chart">
              <h2 id="spend-chart">Spend, human and AI, by quarter</h2>
              {trend.error && <ErrorState error={trend.error} />}
              {trendData ? (
                <SpendChart currency={currency} data={trendData} />
              ) : (
                !trend.error && <Loading what="the trend" />
              )}
            </section>
            <section className="card" aria-labelledby="savings-chart">
              <h2 id="savings-chart">Savings trend</h2>
              {trendData && <SavingsChart currency={currency} data={trendData} />}
            </section>
            <section className="card chart-grid__wide" aria-labelledby="labour-chart">
              <h2 id="labour-chart">Displaced and created hours by role, {s.quarter}</h2>
              {s.labourByRole.length ? (
                <LabourHoursChart
                  data={s.labourByRole.map((r) => ({
                    group: r.role ? names.role(r.role) : '—',
                    displaced: r.displacedHours,
                    created: r.createdHours,
                  }))}
                />
              ) : (
                <p className="muted">No AI task finished and no AI time was logged in {s.quarter}.</p>
              )}
            </section>
          </div>
        </>
      )}
    </section>
  );
}

/**
 * Quarters since the first production started, and the reporting currencies: those in use (the
 * commonest first), then every other currency the FX table converts into or from.
 */
function portfolioChoices(
  data:
    | {
        productions: {
          edges: { node: { startDate: string; reportingCurrency?: string; currency: string } }[];
        };
      }
    | undefined,
  fx: { fxRates: { edges: { node: { currency: string; reportingCurrency: string } }[] } } | undefined,
) {
  const nodes = data?.productions.edges.map((e) => e.node) ?? [];
  if (!nodes.length) return { quarters: [] as string[], currencies: [] as string[], currency: '' };
  const first = nodes.map((n) => n.startDate).sort()[0];
  const counts = new Map<string, number>();
  for (const n of nodes)
    counts.set(n.reportingCurrency ?? n.currency, (counts.get(n.reportingCurrency ?? n.currency) ?? 0) + 1);
  const inUse = [...counts].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const fromFx = (fx?.fxRates.edges ?? []).flatMap((e) => [e.node.reportingCurrency, e.node.currency]);
  const currencies = [...new Set([...inUse, ...[...new Set(fromFx)].sort()])];
  return { quarters: quartersSince(first), currencies, currency: inUse[0] };
}
