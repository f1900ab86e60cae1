import type { TestServer } from '../../../../test/support/server';
import { PolicyGate } from '../policy/policy-gate';
import { GovernanceFixtures } from './fixtures';

/**
 * Opens a policy exception the way a flagged job does: a task of `productionId` checked through
 * the gate with `modelId`, in a transaction. Returns the exception's id (the first on the task).
 */
export async function flagTask(
  server: TestServer,
  plant: GovernanceFixtures,
  productionId: string,
  modelId: string,
  task: Parameters<GovernanceFixtures['task']>[1],
): Promise<{ id: string; taskId: string }> {
  const taskId = await plant.task(productionId, task);
  const actorId = await plant.userId('operator@frameledger.local');
  await server.dataSource.transaction((m) =>
    server.app.get(PolicyGate).checkInferenceJob(m, { taskId, modelId, actorId }),
  );
  const [row] = await server.dataSource.query(`SELECT id FROM policy_exception WHERE task_id = $1`, [taskId]);
  return { id: row.id, taskId };
}
