import { useQuery } from '../../../api/hooks';
import { useFilters } from '../../../ui/useFilters';
import { ScenariosQuery } from './plan.operations';

const FILTERS = ['scenario'] as const;
/** In the address when the planner chose the tasks as planned, so the default does not take it back. */
export const AS_PLANNED = 'as-planned';

/**
 * The plan the reports run: the one in the address, else the production's first saved scenario
 * (a scenario carries the crew the schedule needs), else the tasks as planned.
 */
export function useScenarioChoice(productionId: string) {
  const [filters, setFilter] = useFilters(FILTERS);
  const { data, refetch } = useQuery(ScenariosQuery, { productionId });
  const scenarios = data?.scenarios.edges.map((e) => e.node) ?? [];
  const value = filters.scenario || scenarios[0]?.id || AS_PLANNED;
  return {
    ready: Boolean(data),
    value,
    scenarioId: value === AS_PLANNED ? undefined : value,
    scenario: scenarios.find((s) => s.id === value),
    scenarios,
    choose: (id: string) => setFilter('scenario', id),
    refetch,
  };
}
