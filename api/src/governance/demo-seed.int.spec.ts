import { DataSource } from 'typeorm';
import { seedGovernance } from '../../../seeds/demo/governance';
import { createDataSource } from '../database/data-source';
import { createTestDatabase } from '../../../test/support/database';
import { GovernanceFixtures } from './testing/fixtures';

const HOUR = 3_600_000;

describe('the governance demo seed', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = createDataSource(await createTestDatabase(), 4);
    await db.initialize();
    const plant = new GovernanceFixtures(db);
    const covered = await plant.production('AAA_COVERED', true);
    const second = await plant.production('BBB_COVERED', true);
    const model = await plant.model({ name: 'relight' });
    // First AI use of Ana Ruiz's likeness: the run that finished Jun 10 12:00 after 1 hour, so 11:00.
    const ana = await plant.task(covered, { likenessKind: 'DIGITAL_ALTERATION', performerName: 'Ana Ruiz' });
    await plant.aiRun(ana, model, '2025-06-10T12:00:00Z', HOUR);
    const bo = await plant.task(covered, { likenessKind: 'EMPLOYMENT_REPLICA', performerName: 'Bo Lind' });
    await plant.aiRun(bo, model, '2025-06-12T12:00:00Z', HOUR);
    // AI is forbidden on Cy Moss's task because no consent is on file: the seed gives none.
    const cy = await plant.task(covered, {
      likenessKind: 'DIGITAL_ALTERATION',
      performerName: 'Cy Moss',
      path: 'HUMAN',
    });
    await db.query(`UPDATE task SET ai_forbidden = true WHERE id = $1`, [cy]);
    const crowd = await plant.task(covered, { likenessKind: 'SYNTHETIC_PERFORMER' });
    await plant.aiRun(crowd, model, '2025-06-12T12:00:00Z', HOUR);
    const collapse = await plant.task(covered, { aiCategory: 'GENERATIVE' });
    await plant.aiRun(collapse, model, '2025-06-14T12:00:00Z', HOUR);
    const other = await plant.task(second, { aiCategory: 'GENERATIVE' });
    await plant.aiRun(other, model, '2025-06-14T12:00:00Z', HOUR);
    await db.transaction((m) => seedGovernance(m));
  });
  afterAll(() => db?.destroy());

  it('leaves exactly the deliberate violations open: a late likeness notice and a missing worker notice', async () => {
    const open = await db.query(
      `SELECT p.code, e.rule_id AS "ruleId", e.occasion, e.message FROM policy_exception e JOIN production p ON p.id = e.production_id
        WHERE e.status = 'OPEN' ORDER BY e.rule_id`,
    );
    expect(open).toEqual([
      {
        code: 'AAA_COVERED',
        ruleId: 'GENERATIVE_WORKER_NOTICE',
        occasion: 'RECORDED_USE',
        message:
          'Shot SH_0005 uses generative AI on AAA_COVERED (guild-covered) but no worker notice is recorded; on Audit, Policy exceptions, open "Record the worker notice" on this exception and enter the union told and the date.',
      },
      {
        code: 'AAA_COVERED',
        ruleId: 'LIKENESS_CONSENT',
        occasion: 'RECORDED_USE',
        message:
          'Ana Ruiz was given notice 20 hours before the first use of the likeness on AAA_COVERED; SAG-AFTRA 2023 requires at least 48 hours.',
      },
    ]);
  });

  it('gives every other performer a week of notice and records each exception in the audit log', async () => {
    const consents = await db.query(
      `SELECT performer_name AS performer, extract(epoch FROM likeness_first_use(production_id, performer_name) - notice_given_at)::int / 3600 AS hours
         FROM consent ORDER BY performer_name`,
    );
    expect(consents).toEqual([
      { performer: 'Ana Ruiz', hours: 20 },
      { performer: 'Bo Lind', hours: 168 },
    ]);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'policy.exception.open' AND actor = 'system'`,
    );
    expect(n).toBe(2);
  });
});
