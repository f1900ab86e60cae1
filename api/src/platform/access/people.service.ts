import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors';
import { ALL_ROLES, Role } from '../../common/roles';
import { AuditAction } from '../audit/log/audit-actions';
import { AuditLog } from '../audit/log/audit-log.service';
import { Actor } from '../auth/current-user';
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
      await this.people.deactivate(id, actor.id, manager);
      await this.record(manager, actor, 'user.deactivate', before, {
        email: before.email,
        role: before.role,
      });
      return (await this.people.find(id, manager))!;
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

function checkRole(role: Role): void {
  if (!(ALL_ROLES as Role[]).includes(role)) {
    throw badInput(
      'role',
      `Choose one of ${ALL_ROLES.join(', ')}; witnesses are registered with registerWitness.`,
    );
  }
}
