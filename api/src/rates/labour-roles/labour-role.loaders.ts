import { notFound } from '../../common/errors';
import { requestLoader } from '../../platform/graphql/request-loader';
import { LabourRoleType } from './labour-role.types';
import { LabourRolesService } from './labour-roles.service';

/** A role by id, batched across the request (time entries, rate card lines, task types). */
export async function loadLabourRole(
  context: object,
  roles: LabourRolesService,
  id: string,
): Promise<LabourRoleType> {
  const role = await requestLoader(context, 'labourRole', (ids: readonly string[]) => roles.byIds(ids)).load(
    id,
  );
  if (!role) throw notFound('labour role', id);
  return role;
}
