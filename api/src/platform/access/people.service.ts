import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors';
import { ALL_ROLES, Role } from '../../common/roles';
import { AuditAction } from '../audit/log/audit-actions';
import { AuditLog } from '../audit/log/audit-log.service';
import { Actor } from '../auth/current-user';
import { MembershipsRepository } from '../auth/memberships.repository';
import { Membership, PERSON_PRODUCTION_ROLES } from '../auth/production-scope';
import { isUuid } from '../graphql/uuid.pipe';
import { hashPassword } from '../auth/passwords';
import { randomSecret, secretDigest } from '../auth/secrets';
import { checkPassword } from './password-policy';
import { LinkPurpose, PeopleRepository, PersonRow } from './people.repository';
import { InvitePersonInput } from './people.types';

const LINK_PREFIX = 'fll_';
/** An invitation waits a week for the person; a reset link is for now, so a day. */
const LINK_HOURS: Record<LinkPurpose, number> = { invite: 7 * 24, reset: 24 };

const LINK_REFUSED =
  'This link was used already, has expired, or was replaced by a newer one; ask an admin for a new link.';

@Injectable()
export class PeopleService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly db: DataSource,
    private readonly audit: AuditLog,
    private readonly memberships: MembershipsRepository,
  ) {}

  list(): Promise<PersonRow[]> {
    return this.people.list();
  }

  async invite(input: InvitePersonInput, actor: Actor) {
    checkRole(input.role);
    const email = input.email.trim();
    return this.db.transaction(async (manager) => {
      if (await this.people.emailTaken(email, manager)) {
        throw conflict(`${email} has an account already; change its role or reset its password instead.`);
      }
      const id = await this.people.insertInvited(
        { email, displayName: input.displayName.trim(), role: input.role, createdBy: actor.id },
        manager,
      );
      const link = await this.newLink(id, 'invite', actor, manager);
      const person = (await this.people.find(id, manager))!;
      await this.record(manager, actor, 'user.invite', person, {
        email,
        displayName: person.displayName,
        role: person.role,
        linkExpiresAt: link.expiresAt,
      });
      return { person, link };
    });
  }

  async changeRole(id: string, role: Role, actor: Actor): Promise<PersonRow> {
    checkRole(role);
    return this.db.transaction(async (manager) => {
      const before = await this.target(id, actor, manager, 'change your own role');
      if (before.role === Role.WITNESS) {
        throw conflict('A witness keeps its role; register another witness instead.');
      }
      if (STUDIO_WIDE.includes(role) && before.memberships.length) {
        throw conflict(`${role} is studio-wide; remove ${before.email}'s productions first.`);
      }
      await this.people.setRole(id, role, actor.id, manager);
      await this.record(manager, actor, 'user.role.change', before, {
        before: { role: before.role },
        after: { role },
      });
      return (await this.people.find(id, manager))!;
    });
  }

  /** Their sign-in tokens stop at once: every request re-reads `active`. */
  async deactivate(id: string, actor: Actor): Promise<PersonRow> {
    return this.db.transaction(async (manager) => {
      const before = await this.target(id, actor, manager, 'deactivate yourself');
      if (!before.active) throw conflict(`${before.email} is deactivated already; nothing changed.`);
      await this.people.setActive(id, false, actor.id, manager);
      await this.record(manager, actor, 'user.deactivate', before, {
        email: before.email,
        role: before.role,
      });
      return (await this.people.find(id, manager))!;
    });
  }

  /** Lets a deactivated person in again with their password; their old sign-in tokens work again too. */
  async reactivate(id: string, actor: Actor): Promise<PersonRow> {
    return this.db.transaction(async (manager) => {
      const before = await this.target(id, actor, manager, 'reactivate yourself');
      if (before.active) throw conflict(`${before.email} is active already; nothing changed.`);
      await this.people.setActive(id, true, actor.id, manager);
      await this.record(manager, actor, 'user.reactivate', before, {
        email: before.email,
        role: before.role,
      });
      return (await this.people.find(id, manager))!;
    });
  }

  /**
   * Scopes a person to productions, each with a role (docs/decisions/0025-production-memberships.md);
   * an empty list makes them studio-wide again. Admins and executives stay studio-wide.
   */
  async setMemberships(id: string, memberships: Membership[], actor: Actor): Promise<PersonRow> {
    checkMemberships(memberships);
    return this.db.transaction(async (manager) => {
      const before = await this.target(id, actor, manager, 'change your own productions');
      if (memberships.length && STUDIO_WIDE.includes(before.role)) {
        throw conflict(
          `${before.email} is ${before.role}, a studio-wide role; change their role first to scope them to productions.`,
        );
      }
      const unknown = await this.memberships.unknownProductions(
        memberships.map((m) => m.productionId),
        manager,
      );
      if (unknown.length) throw notFound('production', unknown[0]);
      await this.memberships.replaceMemberships(id, memberships, actor.id, manager);
      const after = (await this.people.find(id, manager))!;
      await this.record(manager, actor, 'user.memberships.set', before, {
        before: membershipMap(before.memberships),
        after: membershipMap(after.memberships),
      });
      return after;
    });
  }

  async resetPassword(id: string, actor: Actor) {
    return this.db.transaction(async (manager) => {
      const person = await this.target(id, actor, manager, 'reset your own password here');
      if (!person.active)
        throw conflict(`${person.email} is deactivated; a reset link would not let them in.`);
      const link = await this.newLink(id, 'reset', actor, manager);
      await this.record(manager, actor, 'user.password.reset_link', person, {
        email: person.email,
        linkExpiresAt: link.expiresAt,
      });
      return link;
    });
  }

  /** Accepts an invitation or a reset: the link works once, for an active account, until it expires. */
  async setPasswordWithLink(token: string, password: string): Promise<PersonRow> {
    return this.db.transaction(async (manager) => {
      const link = await this.people.lockLink(secretDigest(token), manager);
      if (!link || link.usedAt || !link.active || Date.parse(link.expiresAt) <= Date.now()) {
        throw badInput('token', LINK_REFUSED);
      }
      checkPassword(password, link.email);
      await this.people.setPassword(link.userId, await hashPassword(password), manager);
      await this.people.useLink(link.id, manager);
      const person = (await this.people.find(link.userId, manager))!;
      await this.record(manager, { id: link.userId }, 'user.password.set', person, { purpose: link.purpose });
      return person;
    });
  }

  private async newLink(userId: string, purpose: LinkPurpose, actor: Actor, manager: EntityManager) {
    const token = randomSecret(LINK_PREFIX);
    const expiresAt = new Date(Date.now() + LINK_HOURS[purpose] * 3_600_000);
    await this.people.insertLink(
      { userId, purpose, hash: secretDigest(token), expiresAt, createdBy: actor.id },
      manager,
    );
    return { token, path: `/set-password?token=${token}`, expiresAt: expiresAt.toISOString() };
  }

  /** The person an admin acts on: a person (not a tool's token), and not the admin themselves. */
  private async target(id: string, actor: Actor, manager: EntityManager, what: string): Promise<PersonRow> {
    const person = await this.people.find(id, manager);
    if (!person) throw notFound('person', id);
    if (person.id === actor.id) throw conflict(`You may not ${what}; ask another admin.`);
    return person;
  }

  private record(
    manager: EntityManager,
    actor: Pick<Actor, 'id'>,
    action: Extract<AuditAction, `user.${string}`>,
    person: PersonRow,
    payload: Record<string, string | Record<string, string>>,
  ) {
    return this.audit.append(manager, {
      actor: actor.id,
      action,
      subjectType: 'user',
      subjectId: person.id,
      payload,
    });
  }
}

/** Roles that see the whole studio by definition: they are never scoped to productions. */
const STUDIO_WIDE: Role[] = [Role.ADMIN, Role.EXECUTIVE, Role.WITNESS];

// A VENDOR's company is part of what was granted: "VENDOR (Acme VFX)".
const membershipMap = (memberships: Membership[]) =>
  Object.fromEntries(
    memberships.map((m) => [m.productionId, m.company ? `${m.role} (${m.company})` : m.role]),
  );

const MAX_MEMBERSHIPS = 500;

function checkMemberships(memberships: Membership[]): void {
  if (memberships.length > MAX_MEMBERSHIPS) {
    throw badInput('memberships', `Give at most ${MAX_MEMBERSHIPS} productions at once.`);
  }
  const seen = new Set<string>();
  for (const m of memberships) {
    if (!isUuid(m.productionId)) {
      throw badInput(
        'memberships',
        `${m.productionId} is no production id; pick the production from the list.`,
      );
    }
    if (!PERSON_PRODUCTION_ROLES.includes(m.role)) {
      throw badInput(
        'memberships',
        `A production role is one of ${PERSON_PRODUCTION_ROLES.join(', ')}; ${m.role} is studio-wide.`,
      );
    }
    if ((m.role === Role.VENDOR) !== Boolean(m.company?.trim())) {
      throw badInput(
        'memberships',
        m.role === Role.VENDOR
          ? 'A VENDOR membership needs the company the person works for, e.g. Acme VFX.'
          : `Only a VENDOR membership names a company; leave it out for ${m.role}.`,
      );
    }
    if (m.company) m.company = m.company.trim();
    if (seen.has(m.productionId)) {
      throw badInput('memberships', `The production ${m.productionId} is listed twice; give it one role.`);
    }
    seen.add(m.productionId);
  }
}

function checkRole(role: Role): void {
  if (!(ALL_ROLES as Role[]).includes(role)) {
    throw badInput(
      'role',
      `Choose one of ${ALL_ROLES.join(', ')}; witnesses are registered with registerWitness.`,
    );
  }
}
