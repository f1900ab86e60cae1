import { useCallback, useState } from 'react';
import { useApi } from '../../../api/hooks';
import { ApiError } from '../../../api/errors';
import type { AdoptFrontierPointMutation as Answer } from '../../../gql/graphql';
import { AdoptFrontierPointMutation, PlanAdoptionPreviewQuery } from './frontier.operations';

export type AdoptedPlan = Answer['adoptFrontierPoint'];

/**
 * Adopts a frontier point: the server's preview of what it changes, then the adoption of exactly
 * that (its fingerprint), every task's path set in one transaction with one audit event. A refusal
 * changes nothing. Tasks already DONE or with work logged keep their path; the answer lists them.
 */
export function useAdoptPlan(productionId: string, scenarioId: string | undefined) {
  const api = useApi();
  const [error, setError] = useState<string>();
  const [running, setRunning] = useState(false);

  const adopt = useCallback(
    async (index: number): Promise<AdoptedPlan | undefined> => {
      setRunning(true);
      setError(undefined);
      try {
        const { fingerprint } = (await api(PlanAdoptionPreviewQuery, { productionId, scenarioId, index }))
          .planAdoptionPreview;
        return (await api(AdoptFrontierPointMutation, { productionId, scenarioId, index, fingerprint }))
          .adoptFrontierPoint;
      } catch (e) {
        setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
        return undefined;
      } finally {
        setRunning(false);
      }
    },
    [api, productionId, scenarioId],
  );
  return { adopt, error, running };
}
