import { useEffect, useMemo, useState } from 'react';
import { useApi, useQuery } from '../../../api/hooks';
import { ApiError } from '../../../api/errors';
import { allPages } from '../../../api/pages';
import type { WhatIfTasksQuery } from '../../../gql/graphql';
import { planInputs, type PlanInputs } from './plan-inputs';
import { WhatIfPricesQuery, WhatIfTasksQuery as TasksDocument } from './whatif.operations';

type TaskNode = WhatIfTasksQuery['tasks']['edges'][number]['node'];

/** Everything a what-if needs, loaded once: every task (all pages), rates, bids, GPU prices. */
export function usePlanInputs(productionId: string): { inputs?: PlanInputs; error?: string } {
  const api = useApi();
  const prices = useQuery(WhatIfPricesQuery, { productionId });
  const [tasks, setTasks] = useState<{ nodes?: TaskNode[]; error?: string }>({});

  useEffect(() => {
    const abort = new AbortController();
    allPages(async (after) => {
      const page = await api(TasksDocument, { productionId, after }, abort.signal);
      return { items: page.tasks.edges.map((e) => e.node), pageInfo: page.tasks.pageInfo };
    })
      .then((nodes) => setTasks({ nodes }))
      .catch((e: unknown) => {
        if (!abort.signal.aborted)
          setTasks({
            error: e instanceof ApiError ? e.message : 'The tasks could not be loaded; reload the page.',
          });
      });
    return () => abort.abort();
  }, [api, productionId]);

  return useMemo(() => {
    if (prices.error) return { error: prices.error.message };
    if (tasks.error) return { error: tasks.error };
    if (!prices.data || !tasks.nodes) return {};
    try {
      return { inputs: planInputs(prices.data, tasks.nodes) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [prices.data, prices.error, tasks]);
}
