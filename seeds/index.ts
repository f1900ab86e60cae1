import { DataSource } from 'typeorm';
import type { FileStore } from '../api/src/platform/files/file-store';
import { hashPassword } from '../api/src/platform/auth/passwords';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/users';
import { DEMO_PRODUCTIONS } from './demo/productions';
import { seedGovernance } from './demo/governance';
import { seedInference } from './demo/inference';
import { seedPortfolio } from './portfolio';
import { seedVendorAi } from './demo/vendor-ai';
import { seedRulebook } from './demo/rulebook';

/**
 * Loads the demo into an empty database, in one transaction. Returns false (and changes
 * nothing) when users exist already, so a restart never duplicates or overwrites data.
 * `store` is the file store the demo's model files and frames are put in.
 */
export async function seedDemo(dataSource: DataSource, store: FileStore): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    // Serialises concurrent seeders (two instances starting on one database).
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('frameledger-seed'))`);
    const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM app_user`);
    if (n > 0) return false;
    for (const user of DEMO_USERS) {
      await manager.query(
        `INSERT INTO app_user (email, display_name, role, password_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT (lower(email)) DO NOTHING`,
        [user.email, user.displayName, user.role, passwordHash],
      );
    }
    for (const p of DEMO_PRODUCTIONS) {
      await manager.query(
        `INSERT INTO production (code, title, currency, vfx_budget_minor, start_date, delivery_date, guild_covered, country)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (code) DO NOTHING`,
        [
          p.code,
          p.title,
          p.currency,
          p.vfxBudgetMinor,
          p.startDate,
          p.deliveryDate,
          p.guildCovered,
          p.country,
        ],
      );
    }
    await seedPortfolio(manager);
    await seedInference(manager, store);
    await seedGovernance(manager); // it reviews the AI runs the seeds above recorded
    await seedVendorAi(manager, store); // checked by policy as recorded, against the notices just given
    await seedRulebook(manager); // DERRUMBE moves to the 2026 packs once its history is recorded
    return true;
  });
}
