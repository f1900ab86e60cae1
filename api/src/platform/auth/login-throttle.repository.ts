import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ThrottleKey {
  key: string;
  /** Failures this key may have in one window. */
  limit: number;
}

/** The failed sign-in windows (login_throttle), shared by every api instance. */
@Injectable()
export class LoginThrottleRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Charges one attempt to each key unless one of them is over its limit; then nothing is charged
   * and the answer is the seconds until that window ends. The keys are locked for the check and
   * the charge, so parallel guesses are counted one after another on every instance.
   */
  charge(keys: ThrottleKey[], windowSeconds: number): Promise<number> {
    return this.db.transaction(async (m) => {
      for (const { key } of [...keys].sort((a, b) => a.key.localeCompare(b.key)))
        await m.query(`SELECT pg_advisory_xact_lock(hashtext('login_throttle:' || $1))`, [key]);
      const rows: Array<{ key: string; failures: number; wait: number }> = await m.query(
        `SELECT key, failures, ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS wait
         FROM login_throttle WHERE key = ANY($1) AND window_start > now() - make_interval(secs => $2)`,
        [keys.map((k) => k.key), windowSeconds],
      );
      const limits = new Map(keys.map((k) => [k.key, k.limit]));
      const wait = Math.max(0, ...rows.filter((r) => r.failures >= limits.get(r.key)!).map((r) => r.wait));
      if (wait > 0) return wait;
      await m.query(
        `INSERT INTO login_throttle AS t (key, window_start, failures) SELECT unnest($1::text[]), now(), 1
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END,
           window_start = CASE WHEN t.window_start <= now() - make_interval(secs => $2) THEN now() ELSE t.window_start END`,
        [keys.map((k) => k.key), windowSeconds],
      );
      await m.query(`DELETE FROM login_throttle WHERE window_start <= now() - make_interval(secs => $1)`, [
        windowSeconds,
      ]);
      return 0;
    });
  }

  /** A success: the account's failures are cleared and the address gets back the attempt it was charged. */
  async succeeded(accountKey: string, addressKey: string): Promise<void> {
    await this.db.query(
      `WITH cleared AS (DELETE FROM login_throttle WHERE key = $1)
       UPDATE login_throttle SET failures = greatest(0, failures - 1) WHERE key = $2`,
      [accountKey, addressKey],
    );
  }
}
