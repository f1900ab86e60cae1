import { Link, Navigate, Route, Routes, useParams } from 'react-router-dom';
import { useQuery } from '../../api/hooks';
import { formatDate } from '../../format/dates';
import { MoneyText } from '../../ui/MoneyText';
import { ErrorState, Loading } from '../../ui/states';
import { SubNav } from '../../ui/SubNav';
import { BreakdownTab } from './breakdown/BreakdownTab';
import { CostTab } from './cost/CostTab';
import { FrontierTab } from './frontier/FrontierTab';
import { PlanTab } from './plan/PlanTab';
import { RatesTab } from './rates/RatesTab';
import { RulebookTab } from './rulebook/RulebookTab';
import { TimeTab } from './time/TimeTab';
import { WhatIfTab } from './whatif/WhatIfTab';
import { ProductionHeaderQuery } from './production.operations';
import { ScenariosQuery } from './plan/plan.operations';

/** One production: its breakdown, and the plan's budget, schedule, risk and cost as they land. */
export default function ProductionPage() {
  const { productionId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ProductionHeaderQuery, { id: productionId });
  // Asked with the header: the plan, what-if and frontier sections start from the scenario list,
  // so it is in the cache by the time one of them opens instead of costing it a round trip first.
  useQuery(ScenariosQuery, { productionId });
  const production = data?.production;
  const base = `/productions/${productionId}`;

  if (error) return <ErrorState error={error} retry={refetch} />;
  if (!production) return loading ? <Loading what="the production" /> : null;
  return (
    <section aria-labelledby="production-title" className="page">
      <p className="breadcrumb">
        <Link to="/productions">Productions</Link> / <span className="code">{production.code}</span>
      </p>
      <header className="page__header">
        <h1 id="production-title">{production.title}</h1>
        <dl className="header-facts">
          <div>
            <dt>VFX budget</dt>
            <dd>
              <MoneyText money={production.vfxBudget} />
            </dd>
          </div>
          <div>
            <dt>Delivery</dt>
            <dd>{formatDate(production.deliveryDate)}</dd>
          </div>
          <div>
            <dt>Guild-covered</dt>
            <dd>{production.guildCovered ? 'Yes' : 'No'}</dd>
          </div>
        </dl>
      </header>
      <SubNav
        keepSearch
        label="Production sections"
        items={[
          { to: `${base}/breakdown`, label: 'Breakdown' },
          { to: `${base}/plan`, label: 'Feasibility and risk' },
          { to: `${base}/what-ifs`, label: 'What-ifs' },
          { to: `${base}/frontier`, label: 'Labour-optimal plan' },
          { to: `${base}/cost`, label: 'Cost and bid vs actual' },
          { to: `${base}/time`, label: 'Time logged' },
          { to: `${base}/rates`, label: 'Rates and task types' },
          { to: `${base}/rulebook`, label: 'AI rules and disclosure' },
        ]}
      />
      <Routes>
        <Route index element={<Navigate to={`${base}/breakdown`} replace />} />
        <Route path="breakdown" element={<BreakdownTab productionId={production.id} />} />
        <Route path="plan" element={<PlanTab productionId={production.id} />} />
        <Route path="what-ifs" element={<WhatIfTab productionId={production.id} />} />
        <Route path="frontier" element={<FrontierTab productionId={production.id} />} />
        <Route path="cost" element={<CostTab productionId={production.id} />} />
        <Route path="time" element={<TimeTab productionId={production.id} />} />
        <Route path="rates" element={<RatesTab productionId={production.id} />} />
        <Route path="rulebook" element={<RulebookTab productionId={production.id} />} />
      </Routes>
    </section>
  );
}
