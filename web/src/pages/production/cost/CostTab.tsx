import { useLazyQuery, useQuery } from '../../../api/hooks';
import { formatMoneyFor, type MoneyValue } from '../../../format/money';
import { formatNumber } from '../../../format/numbers';
import type { BidGrouping } from '../../../gql/graphql';
import { FilterBar } from '../../../ui/FilterBar';
import { codeOptions, SelectField } from '../../../ui/SelectField';
import { ErrorState, Loading } from '../../../ui/states';
import { TextField } from '../../../ui/TextField';
import { useFilters } from '../../../ui/useFilters';
import { useNames } from '../../../ui/useNames';
import { WorkingButton } from '../../../ui/working/WorkingButton';
import { codeToWords } from '../../../ui/words';
import { ExportButtons } from '../../../ui/ExportButtons';
import { MissingRatesWarning } from '../../../ui/MissingRatesWarning';
import { BidVsActualQuery, CostReportQuery, CostWorkingQuery } from './cost.operations';

const FILTERS = ['asOf', 'groupBy'] as const;
const GROUPINGS: BidGrouping[] = ['TASK_TYPE', 'EPISODE', 'SEQUENCE', 'SHOT', 'TASK'];
const today = () => new Date().toISOString().slice(0, 10);

/** A variance: negative in parentheses (formatMoneyFor) and marked, never by colour alone. */
const signed = (m: MoneyValue) => (
  <span className={m.amountMinor.startsWith('-') ? 'negative' : undefined}>{formatMoneyFor(m)}</span>
);

interface BidFigures {
  tasks: number;
  bidHours: number;
  actualHours: number;
  bidCost: MoneyValue;
  actualCost: MoneyValue;
  costVariance: MoneyValue;
}

const bidFigures = (r: BidFigures) => (
  <>
    <td className="num">{r.tasks}</td>
    <td className="num">{formatNumber(r.bidHours, 1)}</td>
    <td className="num">{formatNumber(r.actualHours, 1)}</td>
    <td className="num">{formatMoneyFor(r.bidCost)}</td>
    <td className="num">{formatMoneyFor(r.actualCost)}</td>
    <td className="num">{signed(r.costVariance)}</td>
  </>
);

/** Budget, actual to date, estimate at completion and variance; then each bid against what it took. */
export function CostTab({ productionId }: { productionId: string }) {
  const [filters, setFilter] = useFilters(FILTERS);
  const asOf = filters.asOf || today();
  const groupBy = (filters.groupBy || 'TASK_TYPE') as BidGrouping;
  const report = useQuery(CostReportQuery, { productionId, asOf });
  const bids = useQuery(BidVsActualQuery, { productionId, groupBy });
  const loadWorking = useLazyQuery(CostWorkingQuery, { productionId, asOf });
  const names = useNames();
  const cost = report.data?.costReport;
  const bva = bids.data?.bidVsActual;

  return (
    <section aria-labelledby="cost-title" className="stack">
      <h2 id="cost-title" className="visually-hidden">
        Cost report and bid versus actual
      </h2>
      <FilterBar label="Cost report">
        <TextField label="As of" type="date" value={asOf} onChange={(v) => setFilter('asOf', v)} />
        <SelectField
          label="Bid versus actual by"
          value={groupBy}
          onChange={(v) => setFilter('groupBy', v)}
          options={codeOptions(GROUPINGS)}
        />
      </FilterBar>
      <section className="card stack" aria-labelledby="cost-report-title" aria-busy={report.loading}>
        <div className="section-head">
          <h3 id="cost-report-title">Cost report</h3>
          <ExportButtons report="cost-report" query={{ productionId, asOf }} what="the cost report" />
        </div>
        {report.error && <ErrorState error={report.error} retry={report.refetch} />}
        {!cost && report.loading && <Loading what="the cost report" />}
        {cost && (
          <>
            <MissingRatesWarning entries={cost.missingRates} what="the cost report" />
            <dl className="figure-row" data-testid="cost-totals">
              <div>
                <dt>VFX budget</dt>
                <dd>{formatMoneyFor(cost.vfxBudget)}</dd>
              </div>
              <div>
                <dt>Bid</dt>
                <dd>{formatMoneyFor(cost.totals.bid)}</dd>
              </div>
              <div>
                <dt>Actual to date</dt>
                <dd>{formatMoneyFor(cost.totals.actualToDate)}</dd>
              </div>
              <div>
                <dt>EFC</dt>
                <dd>
                  <WorkingButton
                    title="the estimate at completion"
                    load={() => loadWorking().then((w) => w.costReport.totals.working)}
                  >
                    {formatMoneyFor(cost.totals.estimateAtCompletion)}
                  </WorkingButton>
                </dd>
              </div>
              <div>
                <dt>Variance (budget − EFC)</dt>
                <dd>{signed(cost.totals.variance)}</dd>
              </div>
              <div>
                <dt>Bid − EFC</dt>
                <dd>{signed(cost.totals.bidVariance)}</dd>
              </div>
            </dl>
            <div className="table-wrap">
              <table className="table table--dense">
                <caption className="visually-hidden">Cost report by task type, as of {asOf}</caption>
                <thead>
                  <tr>
                    <th scope="col">Task type</th>
                    <th scope="col" className="num">
                      Tasks
                    </th>
                    <th scope="col" className="num">
                      Budget
                    </th>
                    <th scope="col" className="num">
                      Bid
                    </th>
                    <th scope="col" className="num">
                      Actual to date
                    </th>
                    <th scope="col" className="num">
                      To complete
                    </th>
                    <th scope="col" className="num">
                      EFC
                    </th>
                    <th scope="col" className="num">
                      Variance
                    </th>
                    <th scope="col" className="num">
                      Bid − EFC
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {cost.lines.map((l) => (
                    <tr key={l.taskType}>
                      <th scope="row">{names.taskType(l.taskType)}</th>
                      <td className="num">{l.tasks}</td>
                      <td className="num">{formatMoneyFor(l.budget)}</td>
                      <td className="num">{formatMoneyFor(l.bid)}</td>
                      <td className="num">{formatMoneyFor(l.actualToDate)}</td>
                      <td className="num">{formatMoneyFor(l.estimateToComplete)}</td>
                      <td className="num">
                        <WorkingButton
                          title={`the EFC of ${names.taskType(l.taskType)}`}
                          load={() =>
                            loadWorking().then(
                              (w) => w.costReport.lines.find((x) => x.taskType === l.taskType)?.working,
                            )
                          }
                        >
                          {formatMoneyFor(l.estimateAtCompletion)}
                        </WorkingButton>
                      </td>
                      <td className="num">{signed(l.variance)}</td>
                      <td className="num">{signed(l.bidVariance)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr data-testid="cost-total-row">
                    <th scope="row">Total</th>
                    <td className="num">{cost.lines.reduce((n, l) => n + l.tasks, 0)}</td>
                    <td className="num">{formatMoneyFor(cost.totals.budget)}</td>
                    <td className="num">{formatMoneyFor(cost.totals.bid)}</td>
                    <td className="num">{formatMoneyFor(cost.totals.actualToDate)}</td>
                    <td className="num">{formatMoneyFor(cost.totals.estimateToComplete)}</td>
                    <td className="num">{formatMoneyFor(cost.totals.estimateAtCompletion)}</td>
                    <td className="num">{signed(cost.totals.variance)}</td>
                    <td className="num">{signed(cost.totals.bidVariance)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
            <p className="muted">
              Budget: the VFX budget, spread over task types by bid. EFC = actual to date + what is left of
              each open task’s expected cost on its planned path. Variance = budget − EFC and bid − EFC:
              positive is under, negative (in parentheses) over.
            </p>
          </>
        )}
      </section>
      <section className="card stack" aria-labelledby="bva-title" aria-busy={bids.loading}>
        <div className="section-head">
          <h3 id="bva-title">Bid versus actual</h3>
          <ExportButtons report="bid-vs-actual" query={{ productionId, groupBy }} what="bid versus actual" />
        </div>
        {bids.error && <ErrorState error={bids.error} retry={bids.refetch} />}
        {!bva && bids.loading && <Loading what="bid versus actual" />}
        {bva && <MissingRatesWarning entries={bva.missingRates} what="bid versus actual" />}
        {bva && (
          <div className="table-wrap table-wrap--short">
            <table className="table table--dense" data-testid="bid-vs-actual">
              <caption className="visually-hidden">Bid versus actual by {codeToWords(groupBy)}</caption>
              <thead>
                <tr>
                  <th scope="col">{codeToWords(groupBy)}</th>
                  <th scope="col" className="num">
                    Tasks
                  </th>
                  <th scope="col" className="num">
                    Bid h
                  </th>
                  <th scope="col" className="num">
                    Actual h
                  </th>
                  <th scope="col" className="num">
                    Bid cost
                  </th>
                  <th scope="col" className="num">
                    Actual cost
                  </th>
                  <th scope="col" className="num">
                    Variance
                  </th>
                </tr>
              </thead>
              <tbody>
                {bva.rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{groupBy === 'TASK_TYPE' ? names.taskType(r.key) : r.key}</th>
                    {bidFigures(r)}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Total</th>
                  {bidFigures(bva.totals)}
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}
