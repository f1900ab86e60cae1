import { notFound } from '../../common/errors';
import { requestLoader } from '../../platform/graphql/request-loader';
import { ShotRow } from './shots.repository';
import { ShotsService } from './shots.service';

/**
 * A shot by id, batched across the request (Query.shot, Task.shot). Loaders live with the
 * resolvers: the GraphQL context keys the batch, and the service sees only the ids.
 */
export async function loadShot(context: object, shots: ShotsService, id: string): Promise<ShotRow> {
  const shot = await requestLoader(context, 'shot', (ids: readonly string[]) => shots.byIds(ids)).load(id);
  if (!shot) throw notFound('shot', id);
  return shot;
}
