/**
 * Slows guessing: after five failed sign-ins for one email within a minute, each further
 * attempt for that email waits a little longer (up to 5 s) before it is answered. The answer
 * itself never changes, so a caller learns nothing about whether the email exists.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly windowMs = 60_000,
    private readonly freeAttempts = 5,
    private readonly stepMs = 1_000,
    private readonly maxDelayMs = 5_000,
  ) {}

  delayFor(email: string, now = Date.now()): number {
    const recent = this.recent(email, now);
    const excess = recent.length - this.freeAttempts + 1;
    return excess > 0 ? Math.min(this.maxDelayMs, excess * this.stepMs) : 0;
  }

  recordFailure(email: string, now = Date.now()): void {
    this.failures.set(email, [...this.recent(email, now), now]);
  }

  recordSuccess(email: string): void {
    this.failures.delete(email);
  }

  private recent(email: string, now: number): number[] {
    return (this.failures.get(email) ?? []).filter((t) => now - t < this.windowMs);
  }
}
