import { useCallback, useState } from 'react';
import { useApi } from '../../../api/hooks';
import type {
  AdoptFrontierPointMutation as Adopted,
  PlanAdoptionPreviewQuery as Preview,
  UndoPlanAdoptionMutation as Undone,
} from '../../../gql/graphql';
import {
  AdoptFrontierPointMutation,
  PlanAdoptionPreviewQuery,
  UndoPlanAdoptionMutation,
} from './frontier.operations';

export type AdoptionPreview = Preview['planAdoptionPreview'];
export type AdoptedPlan = Adopted['adoptFrontierPoint'];
export type UndoneAdoption = Undone['undoPlanAdoption'];

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Adopting a frontier point in three steps the planner sees: the server's preview of what changes
 * and what is left alone (nothing written), the adoption of exactly that list (its fingerprint: a
 * plan that moved since is refused and nothing changes), and undo of the whole adoption as one step.
 */
export function useAdoptPlan(productionId: string, scenarioId: string | undefined) {
  const api = useApi();
  const [error, setError] = useState<string>();
  const [running, setRunning] = useState<'preview' | 'adopt' | 'undo'>();
  const [preview, setPreview] = useState<AdoptionPreview>();
  const [adopted, setAdopted] = useState<AdoptedPlan>();
  const [undone, setUndone] = useState<UndoneAdoption>();

  const step = useCallback(async <T>(name: 'preview' | 'adopt' | 'undo', run: () => Promise<T>) => {
    setRunning(name);
    setError(undefined);
    try {
      return await run();
    } catch (e) {
      setError(message(e));
      return undefined;
    } finally {
      setRunning(undefined);
    }
  }, []);

  /** Asks what adopting the point would do; the dialog shows it for confirmation. */
  const ask = useCallback(
    async (index: number) => {
      setUndone(undefined);
      const answer = await step('preview', () =>
        api(PlanAdoptionPreviewQuery, { productionId, scenarioId, index }),
      );
      setPreview(answer?.planAdoptionPreview);
    },
    [api, productionId, scenarioId, step],
  );

  /** Adopts exactly the previewed changes. */
  const confirm = useCallback(async () => {
    if (!preview) return undefined;
    const { index, fingerprint } = preview;
    const answer = await step('adopt', () =>
      api(AdoptFrontierPointMutation, { productionId, scenarioId, index, fingerprint }),
    );
    if (answer) {
      setPreview(undefined);
      setAdopted(answer.adoptFrontierPoint);
    }
    return answer?.adoptFrontierPoint;
  }, [api, preview, productionId, scenarioId, step]);

  /** Sets every path the last adoption changed back, in one step. */
  const undo = useCallback(async () => {
    if (!adopted) return undefined;
    const answer = await step('undo', () =>
      api(UndoPlanAdoptionMutation, { adoptionId: adopted.adoptionId }),
    );
    if (answer) {
      setAdopted(undefined);
      setUndone(answer.undoPlanAdoption);
    }
    return answer?.undoPlanAdoption;
  }, [adopted, api, step]);

  const cancel = useCallback(() => {
    setPreview(undefined);
    setError(undefined);
  }, []);

  return { ask, confirm, undo, cancel, preview, adopted, undone, error, running };
}
