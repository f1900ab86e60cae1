import { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { PUBLIC_KEY, ROLES_KEY } from '../auth/roles.decorator';
import { Role } from '../../common/roles';

// Keys @nestjs/graphql stores on resolver methods (graphql.constants in the package).
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

export interface OperationRoles {
  operation: string;
  roles: Role[];
  public: boolean;
}

/**
 * Every root field of the schema (Query, Mutation, Subscription) with the roles its resolver
 * method declares. A field whose method cannot be found counts as undeclared.
 */
export function operationRoles(app: INestApplication): OperationRoles[] {
  const reflector = app.get(Reflector);
  const declared = new Map<string, OperationRoles>();
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance);
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[method];
      const type = Reflect.getMetadata(RESOLVER_TYPE, handler);
      if (!['Query', 'Mutation', 'Subscription'].includes(type)) continue;
      const name = Reflect.getMetadata(RESOLVER_NAME, handler) ?? method;
      const targets = [handler, instance.constructor as object];
      declared.set(`${type}.${name}`, {
        operation: `${type}.${name}`,
        roles: reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets as never) ?? [],
        public: reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets as never) ?? false,
      });
    }
  }
  const schema = app.get(GraphQLSchemaHost).schema;
  const rootTypes = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return rootTypes.flatMap((type) =>
    type
      ? Object.keys(type.getFields()).map(
          (field) =>
            declared.get(`${type.name}.${field}`) ?? {
              operation: `${type.name}.${field}`,
              roles: [],
              public: false,
            },
        )
      : [],
  );
}
