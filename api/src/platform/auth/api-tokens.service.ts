import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors';
import { Role } from '../../common/roles';
import { AuditLog } from '../audit/log/audit-log.service';
import { Actor, Authenticated } from './current-user';
import { ApiTokenRow, ApiTokensRepository } from './api-tokens.repository';
import { MembershipsRepository } from './memberships.repository';
import { PRODUCTION_ROLES } from './production-scope';
import { CreateApiTokenInput } from './api-tokens.types';
import { randomSecret, secretDigest } from './secrets';

/** What every API token starts with: tells it from a sign-in token (a JWT) without trying both. */
export const API_TOKEN_PREFIX = 'flt_';

const snapshot = (t: ApiTokenRow) => ({
  id: t.id,
  name: t.name,
  role: t.role,
  scopes: t.scopes,
  expiresAt: t.expiresAt,
  productionIds: t.productionIds,
});

@Injectable()
export class ApiTokensService {
  constructor(
    private readonly tokens: ApiTokensRepository,
    private readonly db: DataSource,
    private readonly audit: AuditLog,
    private readonly memberships: MembershipsRepository,
  ) {}

  list(): Promise<ApiTokenRow[]> {
    return this.tokens.list();
  }

  async create(input: CreateApiTokenInput, actor: Actor): Promise<{ token: ApiTokenRow; secret: string }> {
    if (input.role === Role.ADMIN || input.role === Role.WITNESS || input.role === Role.VENDOR) {
      throw badInput(
        'role',
        `A tool's token may not hold the role ${input.role}; choose PLANNER, OPERATOR, REVIEWER or EXECUTIVE.`,
      );
    }
    const productionIds = input.productionIds ?? [];
    if (productionIds.length && !PRODUCTION_ROLES.includes(input.role)) {
      throw badInput(
        'role',
        `A token limited to productions holds ${PRODUCTION_ROLES.join(', ')} there; ${input.role} is studio-wide.`,
      );
    }
    const name = input.name.trim();
    const secret = randomSecret(API_TOKEN_PREFIX);
    const expiresAt = new Date(Date.now() + input.expiresInDays * 86_400_000);
    const token = await this.db.transaction(async (manager) => {
      if (await this.tokens.nameTaken(name, manager)) {
        throw conflict(`A token named "${name}" is in use; revoke it first or choose another name.`);
      }
      const row = await this.tokens.insert(
        {
          name,
          role: input.role,
          scopes: input.scopes,
          hash: secretDigest(secret),
          expiresAt,
          createdBy: actor.id,
        },
        manager,
      );
      // A token limited to productions is scoped like a person: one membership per production.
      const unknown = await this.memberships.unknownProductions(productionIds, manager);
      if (unknown.length) throw notFound('production', unknown[0]);
      await this.memberships.replaceMemberships(
        row.id,
        productionIds.map((productionId) => ({ productionId, role: input.role })),
        actor.id,
        manager,
      );
      const created = (await this.tokens.findById(row.id, manager))!;
      await this.audit.append(manager, {
        actor: actor.id,
        action: 'api_token.create',
        subjectType: 'api_token',
        subjectId: row.id,
        payload: snapshot(created),
      });
      return created;
    });
    return { token, secret };
  }

  async revoke(id: string, actor: Actor): Promise<ApiTokenRow> {
    return this.db.transaction(async (manager) => {
      const before = await this.tokens.findById(id, manager);
      if (!before) throw notFound('API token', id);
      if (!(await this.tokens.revoke(id, actor.id, manager))) {
        throw conflict(`The token "${before.name}" was revoked already; nothing changed.`);
      }
      await this.audit.append(manager, {
        actor: actor.id,
        action: 'api_token.revoke',
        subjectType: 'api_token',
        subjectId: id,
        payload: snapshot(before),
      });
      return (await this.tokens.findById(id, manager))!;
    });
  }

  /** The token's principal, or why it is refused; a token never seen is simply no sign-in. */
  async authenticate(secret: string): Promise<Authenticated> {
    const token = await this.tokens.findByHash(secretDigest(secret));
    if (!token) return {};
    if (token.revokedAt) {
      return { refusal: `The API token "${token.name}" was revoked; ask an admin for a new one.` };
    }
    if (Date.parse(token.expiresAt) <= Date.now()) {
      return {
        refusal: `The API token "${token.name}" expired on ${token.expiresAt}; ask an admin for a new one.`,
      };
    }
    await this.tokens.touch(token.id);
    const memberships = await this.memberships.forUser(token.id);
    return {
      user: {
        id: token.id,
        email: '',
        role: token.role,
        displayName: token.name,
        token: { scopes: token.scopes },
        ...(memberships.length ? { memberships } : {}),
      },
    };
  }
}
