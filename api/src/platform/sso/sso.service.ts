import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '../../common/roles';
import { PeopleRepository } from '../access/people.repository';
import { AuditAction } from '../audit/log/audit-actions';
import { AuditLog } from '../audit/log/audit-log.service';
import { JsonValue } from '../audit/core/canonical-json';
import { MembershipsRepository } from '../auth/memberships.repository';
import { Membership } from '../auth/production-scope';
import { Tokens } from '../auth/tokens';
import { UserRow, UsersRepository } from '../auth/users.repository';
import { Granted, grantsFor, groupsOf } from './grants';
import { OidcClient } from './oidc-client';
import { SsoIdentitiesRepository } from './sso-identities.repository';
import { ssoErrors } from './sso.errors';

const byProduction = (memberships: Membership[]) =>
  Object.fromEntries(memberships.map((m) => [m.productionId, m.role]));
const same = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * Turns a verified id token into a FrameLedger sign-in: the person is found by the provider's
 * subject (issuer and sub, which a provider never reassigns), else by verified email on their first
 * single sign-on (created if new) and linked to that subject; given the role and memberships their
 * groups map to on every sign-in; and handed the same bearer token the password login issues.
 */
@Injectable()
export class SsoService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly people: PeopleRepository,
    private readonly memberships: MembershipsRepository,
    private readonly audit: AuditLog,
    private readonly tokens: Tokens,
    private readonly client: OidcClient,
    private readonly identities: SsoIdentitiesRepository,
  ) {}

  async signIn(claims: Record<string, unknown>): Promise<{ token: string; userId: string }> {
    const sso = this.client.sso!;
    // An address the provider says it has not verified could be anyone's: never match on it.
    const email = typeof claims.email === 'string' && claims.email_verified !== false ? claims.email : '';
    if (!email) throw ssoErrors.email();
    const granted = grantsFor(groupsOf(claims, sso.groupsClaim), sso.groupMap);
    if (!granted) throw ssoErrors.noGroup(email);
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : email;
    const issuer = String(claims.iss);
    const subject = typeof claims.sub === 'string' ? claims.sub : '';
    if (!subject) throw ssoErrors.provider('the id token names no subject');
    return this.db.transaction(async (manager) => {
      const wanted = await this.productionIds(granted, manager);
      const user = await this.person(issuer, subject, email, manager);
      if (user && user.kind !== 'person') throw ssoErrors.notAPerson(email);
      if (user?.role === Role.WITNESS) throw ssoErrors.notAPerson(email);
      if (user && !user.active) throw ssoErrors.deactivated(email);
      const id =
        user?.id ??
        (await this.people.insertInvited(
          { email, displayName: name, role: granted.role, createdBy: null },
          manager,
        ));
      const linked = !user || !(await this.identities.subjectOf(id, issuer, manager));
      if (linked) await this.identities.link(issuer, subject, id, manager);
      await this.apply(id, user, granted, wanted, manager);
      await this.users.recordSignIn(id, manager);
      await this.record(manager, id, 'auth.sign_in', {
        email,
        role: granted.role,
        method: 'oidc',
        issuer,
        subject,
        ...(linked ? { linked: 'first single sign-on: this account is now tied to that subject' } : {}),
        groups: granted.groups,
      });
      return { token: this.tokens.issue({ sub: id, role: granted.role }), userId: id };
    });
  }

  /**
   * The person a provider account signs in as: the one linked to its subject, else the one with its
   * verified email, unless that person is already linked to another subject of this issuer (the
   * provider gave the address to someone new, who must not inherit the account).
   */
  private async person(
    issuer: string,
    subject: string,
    email: string,
    manager: EntityManager,
  ): Promise<UserRow | undefined> {
    const linkedId = await this.identities.userOf(issuer, subject, manager);
    if (linkedId) return this.users.findById(linkedId);
    const byEmail = await this.users.findByEmail(email);
    if (byEmail && (await this.identities.subjectOf(byEmail.id, issuer, manager)))
      throw ssoErrors.otherIdentity(email);
    return byEmail;
  }

  /** Role and memberships as the groups say, each change audited under the person, by single sign-on. */
  private async apply(
    id: string,
    before: UserRow | undefined,
    granted: Granted,
    wanted: Membership[],
    manager: EntityManager,
  ) {
    const via = { by: 'single sign-on', groups: granted.groups.join(', ') };
    if (!before || before.role !== granted.role) {
      if (before) await this.people.setRole(id, granted.role, id, manager);
      await this.record(manager, id, 'user.role.change', {
        before: { role: before?.role ?? 'none' },
        after: { role: granted.role },
        ...via,
      });
    }
    const had = byProduction(before ? await this.memberships.forUser(id) : []);
    const now = byProduction(wanted);
    if (same(had, now)) return;
    await this.memberships.replaceMemberships(id, wanted, id, manager);
    await this.record(manager, id, 'user.memberships.set', { before: had, after: now, ...via });
  }

  private async productionIds(granted: Granted, manager: EntityManager): Promise<Membership[]> {
    const codes = Object.keys(granted.memberships);
    if (!codes.length) return [];
    const rows: { id: string; code: string }[] = await manager.query(
      `SELECT id, code FROM production WHERE code = ANY($1::text[])`,
      [codes],
    );
    const missing = codes.find((code) => !rows.some((r) => r.code === code));
    if (missing) throw ssoErrors.unknownProduction(missing);
    return rows.map((r) => ({ productionId: r.id, role: granted.memberships[r.code] }));
  }

  /** Every change single sign-on makes is the person's own act, as their sign-in is. */
  private record(manager: EntityManager, id: string, action: AuditAction, payload: JsonValue) {
    return this.audit.append(manager, { actor: id, action, subjectType: 'user', subjectId: id, payload });
  }
}
