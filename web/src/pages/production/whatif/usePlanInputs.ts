import { useEffect, useState } from 'react';
import { useApi } from '../../../api/hooks';
import { ApiError } from '../../../api/errors';
import { allPages } from '../../../api/pages';
import type { PlanInputsQuery as Answer } from '../../../gql/graphql';
import { planInputs, type PlanInputs, type PlanInputTaskNode } from './plan-inputs';
import { PlanInputsQuery } from './whatif.operations';

/** Everything a what-if needs, loaded once: planInputs, its tasks page after page. */
export function usePlanInputs(productionId: string): { inputs?: PlanInputs; error?: string } {
  const api = useApi();
  const [state, setState] = useState<{ inputs?: PlanInputs; error?: string }>({});

  useEffect(() => {
    const abort = new AbortController();
    let head: Answer['planInputs'] | undefined;
    allPages<PlanInputTaskNode>(async (after) => {
      const page = await api(PlanInputsQuery, { productionId, after }, abort.signal);
      head ??= page.planInputs;
      const tasks = page.planInputs.tasks;
      return { items: tasks.edges.map((e) => e.node), pageInfo: tasks.pageInfo };
    })
      .then((nodes) => setState({ inputs: planInputs(head as Answer['planInputs'], nodes) }))
      .catch((e: unknown) => {
        if (abort.signal.aborted) return;
        setState({
          error:
            e instanceof ApiError || e instanceof Error
              ? e.message
              : 'The plan could not be loaded; reload the page.',
        });
      });
    return () => abort.abort();
  }, [api, productionId]);

  return state;
}
