import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LoginThrottleRepository } from './login-throttle.repository';

export interface ThrottleLimits {
  windowSeconds: number;
  /** Failed sign-ins one account (the e-mail as typed, known or not) may have per window. */
  perAccount: number;
  /** Failed sign-ins one client address may have per window, across accounts. */
  perAddress: number;
}

export const DEFAULT_LIMITS: ThrottleLimits = { windowSeconds: 60, perAccount: 5, perAddress: 20 };

const key = (kind: string, value: string): string =>
  `${kind}:${createHash('sha256').update(value.trim().toLowerCase()).digest('base64url')}`;

/**
 * Stops guessing: after `perAccount` failed sign-ins for one e-mail, or `perAddress` from one
 * client address, within a minute, further attempts are refused at once until the window ends,
 * without looking at the password. Refusing (not sleeping) is what holds against parallel
 * guesses. Keyed by what was typed, so an unknown e-mail is throttled exactly like a known one and
 * the answers tell a guesser nothing. Kept in PostgreSQL, so every api instance counts the same.
 */
@Injectable()
export class LoginThrottle {
  private readonly limits = DEFAULT_LIMITS;

  constructor(private readonly windows: LoginThrottleRepository) {}

  /**
   * Charges an attempt to the account and the address (before the password is checked), or
   * answers the seconds to wait when either is over its limit (and charges nothing).
   */
  attempt(email: string, address: string): Promise<number> {
    return this.windows.charge(
      [
        { key: key('account', email), limit: this.limits.perAccount },
        { key: key('address', address), limit: this.limits.perAddress },
      ],
      this.limits.windowSeconds,
    );
  }

  /**
   * A success clears the account's failures and takes back the one attempt the address was
   * charged for it (attempts are charged before the password is checked, so parallel guesses
   * cannot all slip in before the first failure is counted).
   */
  succeeded(email: string, address: string): Promise<void> {
    return this.windows.succeeded(key('account', email), key('address', address));
  }
}
