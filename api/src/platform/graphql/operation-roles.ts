import { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, GraphQLField, isInputObjectType } from 'graphql';
import { PUBLIC_KEY, ROLES_KEY } from '../auth/roles.decorator';
import {
  BY_NAME,
  FILTERS_BY_MEMBERSHIP_KEY,
  SCOPE_ARGS_KEY,
  STUDIO_CATALOGUE_KEY,
} from '../auth/production-scope';
import { Role } from '../../common/roles';

// Keys @nestjs/graphql stores on resolver methods (graphql.constants in the package).
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/**
 * What a person scoped to productions may do with the operation: act per production (its
 * arguments name productions, checked against their memberships), read it filtered to their
 * productions (any production it is asked for is still checked), read a studio catalogue that
 * holds no production's data, or nothing (studio-wide, so closed to them).
 */
export type ScopedAccess = 'per production' | 'own productions' | 'studio catalogue' | 'closed';

export interface OperationRoles {
  operation: string;
  roles: Role[];
  public: boolean;
  scoped: ScopedAccess;
}

/** Whether the field's arguments can name a production, directly or inside input objects. */
function namesProduction(field: GraphQLField<unknown, unknown>, declared: Record<string, unknown>): boolean {
  const seen = new Set<string>();
  const inType = (type: unknown, depth: number): boolean => {
    const named = getNamedType(type as never);
    if (depth > 3 || !isInputObjectType(named) || seen.has(named.name)) return false;
    seen.add(named.name);
    return Object.values(named.getFields()).some((f) => f.name in BY_NAME || inType(f.type, depth + 1));
  };
  return field.args.some((a) => a.name in BY_NAME || a.name in declared || inType(a.type, 1));
}

/**
 * Every root field of the schema (Query, Mutation, Subscription) with the roles its resolver
 * method declares. A field whose method cannot be found counts as undeclared.
 */
export function operationRoles(app: INestApplication): OperationRoles[] {
  const reflector = app.get(Reflector);
  const declared = new Map<
    string,
    Omit<OperationRoles, 'scoped'> & {
      filters: boolean;
      catalogue: boolean;
      scopeArgs: Record<string, unknown>;
    }
  >();
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
        filters: reflector.getAllAndOverride<boolean>(FILTERS_BY_MEMBERSHIP_KEY, targets as never) ?? false,
        catalogue: reflector.getAllAndOverride<boolean>(STUDIO_CATALOGUE_KEY, targets as never) ?? false,
        scopeArgs:
          reflector.getAllAndOverride<Record<string, unknown>>(SCOPE_ARGS_KEY, targets as never) ?? {},
      });
    }
  }
  const schema = app.get(GraphQLSchemaHost).schema;
  const rootTypes = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return rootTypes.flatMap((type) =>
    type
      ? Object.values(type.getFields()).map((field): OperationRoles => {
          const operation = `${type.name}.${field.name}`;
          const found = declared.get(operation);
          if (!found) return { operation, roles: [], public: false, scoped: 'closed' };
          const { filters, catalogue, scopeArgs, ...rest } = found;
          const scoped: ScopedAccess = filters
            ? 'own productions'
            : namesProduction(field, scopeArgs)
              ? 'per production'
              : catalogue
                ? 'studio catalogue'
                : 'closed';
          return { ...rest, scoped };
        })
      : [],
  );
}
