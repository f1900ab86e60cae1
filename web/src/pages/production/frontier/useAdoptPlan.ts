import { useCallback, useState } from 'react';
import { useApi } from '../../../api/hooks';
import { allPages } from '../../../api/pages';
import { ApiError } from '../../../api/errors';
import { PlanInputsQuery } from '../whatif/whatif.operations';
import { FrontierChoicesQuery, SetTaskPathMutation } from './frontier.operations';

export interface AdoptProgress {
  done: number;
  total: number;
}

/**
 * Adopts a frontier point: every task whose path differs from the point's choice is set to it,
 * one audited update each. A refusal (a policy forbids AI on a task) stops the run and says which
 * task; the tasks already changed stay changed and the page shows the plan as it now is.
 */
export function useAdoptPlan(productionId: string, scenarioId: string | undefined) {
  const api = useApi();
  const [progress, setProgress] = useState<AdoptProgress>();
  const [error, setError] = useState<string>();
  const [running, setRunning] = useState(false);

  const adopt = useCallback(
    async (index: number): Promise<number | undefined> => {
      setRunning(true);
      setError(undefined);
      try {
        const [choices, current] = await Promise.all([
          pointChoices(api, productionId, scenarioId, index),
          currentPaths(api, productionId),
        ]);
        const changes = choices.filter((c) => current.get(c.taskId) !== c.path);
        setProgress({ done: 0, total: changes.length });
        for (const [i, change] of changes.entries()) {
          try {
            await api(SetTaskPathMutation, { id: change.taskId, path: change.path });
          } catch (e) {
            throw new Error(`${change.task}: ${e instanceof ApiError ? e.message : String(e)}`);
          }
          setProgress({ done: i + 1, total: changes.length });
        }
        return changes.length;
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return undefined;
      } finally {
        setRunning(false);
      }
    },
    [api, productionId, scenarioId],
  );
  return { adopt, progress, error, running };
}

type Api = ReturnType<typeof useApi>;

/** The point's path for every task (all pages of its choices). */
const pointChoices = (api: Api, productionId: string, scenarioId: string | undefined, index: number) =>
  allPages(async (after) => {
    const page = await api(FrontierChoicesQuery, { productionId, scenarioId, after });
    const point = page.planFrontier.points.find((p) => p.index === index);
    if (!point)
      throw new Error('That plan is no longer on the frontier; the tasks changed. Pick a point again.');
    return { items: point.choices.edges.map((e) => e.node), pageInfo: point.choices.pageInfo };
  });

/** Every task's path now. */
const currentPaths = async (api: Api, productionId: string) =>
  new Map(
    (
      await allPages(async (after) => {
        const { tasks } = (await api(PlanInputsQuery, { productionId, after })).planInputs;
        return { items: tasks.edges.map((e) => e.node), pageInfo: tasks.pageInfo };
      })
    ).map((t) => [t.id, t.path]),
  );
