import { EntityManager } from 'typeorm';
import { AuditLog } from '../../api/src/platform/audit/log/audit-log.service';
import { AuditLogRepository } from '../../api/src/platform/audit/log/audit-log.repository';
import { PolicyExceptionsRepository } from '../../api/src/governance/policy/policy-exceptions.repository';
import { PolicyFactsRepository } from '../../api/src/governance/policy/policy-facts.repository';
import { PolicyGate } from '../../api/src/governance/policy/policy-gate';
import { PolicySettingsRepository } from '../../api/src/governance/policy/policy-settings.repository';
import { PERFORMER_OF_TASK } from '../../api/src/database/sql';

const HOUR = 3_600_000;
/** Illustrative demo compensation per consent, in the production's minor units; not a scale rate. */
const DEMO_COMPENSATION_MINOR = '150000000';

/**
 * Consents and notices for the demo portfolio, built from the breakdown and AI runs the other
 * seeds wrote (so it runs after them), with deliberate violations for a reviewer to find:
 * - the first performer (by name) on a guild-covered production gave notice only 20 hours
 *   before the first AI use of their likeness (SAG-AFTRA 2023 asks for 48);
 * - the first guild-covered production (by code) has no worker notice for its generative AI
 *   (IATSE / Animation Guild 2024).
 * Every other performer gets notice a week ahead (except on tasks where the plan forbids AI
 * because no consent is on file), every synthetic performer task a union notice, every other
 * covered production a worker notice. A performer with no AI use yet is dated from the
 * production's start, so their notice only turns into a finding once AI touches their likeness. Then every recorded AI run is
 * reviewed against the policy rules, so each violation is an open exception in the register.
 */
export async function seedGovernance(manager: EntityManager): Promise<void> {
  const covered: Array<{ id: string; code: string; currency: string; startDate: Date }> = await manager.query(
    `SELECT id, code, currency, start_date::timestamptz AS "startDate" FROM production WHERE guild_covered ORDER BY code`,
  );
  for (const [index, production] of covered.entries()) {
    await seedConsents(manager, production);
    await seedUnionNotices(manager, production);
    if (index > 0) {
      await manager.query(
        `INSERT INTO worker_notice (production_id, union_name, scope, given_at) VALUES ($1, $2, $3, $4)`,
        [
          production.id,
          'IATSE Local 839 (The Animation Guild)',
          'Generative AI in VFX and animation on all episodes',
          production.startDate,
        ],
      );
    }
  }
  await reviewRecordedRuns(manager);
}

async function seedConsents(
  manager: EntityManager,
  production: { id: string; currency: string; startDate: Date },
) {
  const performers: Array<{ name: string; kind: string; firstUse: Date | null }> = await manager.query(
    `SELECT DISTINCT ON (lower(${PERFORMER_OF_TASK}), t.likeness_kind) ${PERFORMER_OF_TASK} AS name, t.likeness_kind AS kind,
            likeness_first_use(t.production_id, ${PERFORMER_OF_TASK}) AS "firstUse"
       FROM task t JOIN shot s ON s.id = t.shot_id
      WHERE t.production_id = $1 AND t.likeness_kind NOT IN ('NONE', 'SYNTHETIC_PERFORMER') AND ${PERFORMER_OF_TASK} IS NOT NULL
        AND NOT t.ai_forbidden
      ORDER BY lower(${PERFORMER_OF_TASK}), t.likeness_kind`,
    [production.id],
  );
  for (const [index, performer] of performers.entries()) {
    const use = performer.firstUse ?? production.startDate;
    // The first performer's notice is the deliberate late one.
    const notice = new Date(use.getTime() - (index === 0 ? 20 : 7 * 24) * HOUR);
    const signed = new Date(notice.getTime() + 2 * HOUR);
    await manager.query(
      `INSERT INTO consent (production_id, performer_name, replica_kind, scope, signed_at, notice_given_at,
         compensation_minor, compensation_currency, estate_consent)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, false)`,
      [
        production.id,
        performer.name,
        performer.kind,
        `${performer.kind.toLowerCase().replace(/_/g, ' ')} of ${performer.name} for the shots listed in the deal memo; no other use`,
        signed,
        notice,
        DEMO_COMPENSATION_MINOR,
        production.currency,
      ],
    );
  }
}

async function seedUnionNotices(manager: EntityManager, production: { id: string; startDate: Date }) {
  await manager.query(
    `INSERT INTO union_notice (production_id, task_id, union_name, scope, given_at)
     SELECT t.production_id, t.id, 'SAG-AFTRA', 'Synthetic performer in shot ' || s.code, $2::timestamptz - interval '14 days'
       FROM task t JOIN shot s ON s.id = t.shot_id
      WHERE t.production_id = $1 AND t.likeness_kind = 'SYNTHETIC_PERFORMER'`,
    [production.id, production.startDate],
  );
}

async function reviewRecordedRuns(manager: EntityManager) {
  const db = manager.connection;
  const gate = new PolicyGate(
    new PolicyFactsRepository(),
    new PolicySettingsRepository(db),
    new PolicyExceptionsRepository(db),
    new AuditLog(new AuditLogRepository(db)),
  );
  const runs: Array<{ taskId: string; modelId: string | null; usedAt: Date }> = await manager.query(
    `SELECT task_id AS "taskId", model_id AS "modelId", finished_at - wall_ms * interval '1 millisecond' AS "usedAt"
       FROM ai_run ORDER BY finished_at, id`,
  );
  for (const run of runs) await gate.reviewRecordedUse(manager, { ...run, actorId: 'system' });
}
