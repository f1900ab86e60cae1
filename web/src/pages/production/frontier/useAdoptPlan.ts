import { useCallback, useState } from 'react';
import { useApi } from '../../../api/hooks';
import { ApiError } from '../../../api/errors';
import type { AdoptFrontierPointMutation as Answer } from '../../../gql/graphql';
import { AdoptFrontierPointMutation } from './frontier.operations';

export type AdoptedPlan = Answer['adoptFrontierPoint'];

/**
 * Adopts a frontier point with one request: the server works the frontier out once and sets every
 * task's path in one transaction, one audit event for the whole plan. A refusal changes nothing.
 * Tasks already DONE or with work logged keep their path; the answer lists them.
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
        return (await api(AdoptFrontierPointMutation, { productionId, scenarioId, index }))
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
