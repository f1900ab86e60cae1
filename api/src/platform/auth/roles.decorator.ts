import { SetMetadata } from '@nestjs/common';
import { ALL_ROLES, Role } from '../../common/roles';

export const ROLES_KEY = 'frameledger:roles';
export const PUBLIC_KEY = 'frameledger:public';

/** Who may call this operation. Every query, mutation and subscription must say. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
/** Any signed-in user, whatever their role. */
export const AnyRole = () => SetMetadata(ROLES_KEY, ALL_ROLES);
/** No sign-in needed (login itself). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
