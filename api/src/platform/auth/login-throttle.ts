import { createHash } from 'node:crypto';

interface Window {
  start: number;
  failures: number;
}

export interface ThrottleLimits {
  windowMs: number;
  /** Failed sign-ins one account (the e-mail as typed, known or not) may have per window. */
  perAccount: number;
  /** Failed sign-ins one client address may have per window, across accounts. */
  perAddress: number;
  /** Most windows kept; past it the expired go first, then the oldest. */
  maxEntries: number;
}

export const DEFAULT_LIMITS: ThrottleLimits = {
  windowMs: 60_000,
  perAccount: 5,
  perAddress: 20,
  maxEntries: 10_000,
};

/**
 * Stops guessing: after `perAccount` failed sign-ins for one e-mail, or `perAddress` from one
 * client address, within a minute, further attempts are refused at once until the window ends,
 * without looking at the password. Refusing (not sleeping) is what holds against parallel
 * guesses. Keyed by what was typed, so an unknown e-mail is throttled exactly like a known
 * one and the answers tell a guesser nothing. Keys are hashed and the map is capped, so a
 * flood of made-up e-mails cannot grow memory without bound.
 */
export class LoginThrottle {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly limits: ThrottleLimits = DEFAULT_LIMITS) {}

  /** Seconds to wait when the account or the address is over its limit, else 0. */
  retryAfterSeconds(email: string, address: string, now = Date.now()): number {
    const checks: Array<[string, number]> = [
      [this.key('account', email), this.limits.perAccount],
      [this.key('address', address), this.limits.perAddress],
    ];
    let wait = 0;
    for (const [key, limit] of checks) {
      const window = this.current(key, now);
      if (window && window.failures >= limit)
        wait = Math.max(wait, Math.ceil((window.start + this.limits.windowMs - now) / 1000));
    }
    return wait;
  }

  /** Charges an attempt to the account and the address (before the password is checked). */
  recordFailure(email: string, address: string, now = Date.now()): void {
    for (const key of [this.key('account', email), this.key('address', address)]) {
      const window = this.current(key, now) ?? { start: now, failures: 0 };
      window.failures += 1;
      this.windows.delete(key);
      this.windows.set(key, window);
    }
    this.evict(now);
  }

  /**
   * A success clears the account's failures and takes back the one attempt the address was
   * charged for it (attempts are charged before the password is checked, so parallel guesses
   * cannot all slip in before the first failure is counted).
   */
  recordSuccess(email: string, address: string, now = Date.now()): void {
    this.windows.delete(this.key('account', email));
    const window = this.current(this.key('address', address), now);
    if (window) window.failures = Math.max(0, window.failures - 1);
  }

  get size(): number {
    return this.windows.size;
  }

  private key(kind: string, value: string): string {
    return `${kind}:${createHash('sha256').update(value.trim().toLowerCase()).digest('base64url')}`;
  }

  private current(key: string, now: number): Window | undefined {
    const window = this.windows.get(key);
    if (window && now - window.start >= this.limits.windowMs) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private evict(now: number): void {
    if (this.windows.size <= this.limits.maxEntries) return;
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.limits.windowMs) this.windows.delete(key);
    }
    // Still full: the least recently failed go (a Map iterates in insertion order).
    for (const key of this.windows.keys()) {
      if (this.windows.size <= this.limits.maxEntries) break;
      this.windows.delete(key);
    }
  }
}
