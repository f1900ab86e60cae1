import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { DataSource } from 'typeorm';
import { AppError, unauthenticated } from '../../common/errors';
import { AuditLog } from '../audit/log/audit-log.service';
import { API_TOKEN_PREFIX, ApiTokensService } from './api-tokens.service';
import { Actor, Authenticated } from './current-user';
import { LoginThrottle } from './login-throttle';
import { MembershipsRepository } from './memberships.repository';
import { Membership } from './production-scope';
import { passwordMatches } from './passwords';
import { Tokens } from './tokens';
import { UserRow, UsersRepository } from './users.repository';

// Verified against when the email is unknown, so both failures take the same time.
const DECOY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2x0pYH0x8E3oYdQ2nQj1cH8mQm0XJq2w4cZb0m1S3mE';

const toActor = (u: UserRow, memberships: Membership[]): Actor => ({
  id: u.id,
  email: u.email,
  role: u.role,
  displayName: u.displayName,
  ...(memberships.length ? { memberships } : {}),
});

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: Tokens,
    private readonly db: DataSource,
    private readonly audit: AuditLog,
    private readonly apiTokens: ApiTokensService,
    private readonly memberships: MembershipsRepository,
    private readonly throttle: LoginThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `address`: the client's, as the HTTP server saw it; failures count per account and per address. */
  async login(email: string, password: string, address = 'unknown'): Promise<{ token: string; user: Actor }> {
    if (!this.config.localPasswords) {
      // Before the throttle and the lookup: with passwords off, no guess is worth counting.
      throw new AppError(
        'FORBIDDEN',
        `Passwords are turned off here; use "Sign in with ${this.config.sso!.providerName}" on the sign-in page.`,
        { reason: 'SSO_REQUIRED' },
      );
    }
    const key = email.trim().toLowerCase();
    // Charged before the password is checked: fifty guesses sent at once are fifty attempts.
    const wait = await this.throttle.attempt(key, address);
    if (wait > 0) {
      throw new AppError(
        'LIMIT_EXCEEDED',
        `Too many failed sign-ins for this account or from this address; wait ${wait} seconds and try again.`,
        { retryAfterSeconds: wait },
      );
    }
    // No e-mail is longer than 320 characters; such a one is looked up no further.
    const user = key.length <= 320 ? await this.users.findByEmail(key) : undefined;
    const ok = await passwordMatches(user?.passwordHash ?? DECOY_HASH, password);
    if (!user || !ok || !user.active || user.kind !== 'person') {
      throw unauthenticated(
        'That email and password do not match an active account; check both and try again.',
      );
    }
    await this.throttle.succeeded(key, address);
    await this.db.transaction(async (manager) => {
      await this.users.recordSignIn(user.id, manager);
      await this.audit.append(manager, {
        actor: user.id,
        action: 'auth.sign_in',
        subjectType: 'user',
        subjectId: user.id,
        payload: { email: user.email, role: user.role },
      });
    });
    return {
      token: this.tokens.issue({ sub: user.id, role: user.role }),
      user: toActor(user, await this.memberships.forUser(user.id)),
    };
  }

  /**
   * Who a bearer token stands for: a tool's API token, or a person's sign-in token re-read so a
   * deactivated account stops at once.
   */
  async authenticate(token: string): Promise<Authenticated> {
    if (token.startsWith(API_TOKEN_PREFIX)) return this.apiTokens.authenticate(token);
    const claims = this.tokens.read(token);
    if (!claims) return {};
    // Re-read on every request: a deactivated account or a changed membership counts at once.
    const user = await this.users.findWithMemberships(claims.sub);
    if (!user || !user.active || user.kind !== 'person') return {};
    return { user: toActor(user, user.memberships) };
  }
}
