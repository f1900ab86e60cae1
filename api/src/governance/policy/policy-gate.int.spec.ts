import { DataSource } from 'typeorm';
import { createDataSource } from '../../database/data-source';
import { createTestDatabase } from '../../../../test/support/database';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { AuditLogRepository } from '../../platform/audit/log/audit-log.repository';
import { GovernanceFixtures } from '../testing/fixtures';
import { PolicyExceptionsRepository } from './policy-exceptions.repository';
import { PolicyFactsRepository } from './policy-facts.repository';
import { PolicyGate } from './policy-gate';
import { RuleId, Severity } from './policy-rules';
import { PolicySettingsRepository } from './policy-settings.repository';

describe('PolicyGate: every rule in both severities', () => {
  let db: DataSource;
  let gate: PolicyGate;
  let audit: AuditLog;
  let settings: PolicySettingsRepository;
  let plant: GovernanceFixtures;
  let covered: string;
  let approved: string;
  let actorId: string;

  beforeAll(async () => {
    db = createDataSource(await createTestDatabase(), 4);
    await db.initialize();
    settings = new PolicySettingsRepository(db);
    audit = new AuditLog(new AuditLogRepository(db));
    gate = new PolicyGate(new PolicyFactsRepository(), settings, new PolicyExceptionsRepository(db), audit);
    plant = new GovernanceFixtures(db);
    await db.query(
      `INSERT INTO app_user (email, display_name, role, password_hash) VALUES ('op@x.test', 'Op', 'OPERATOR', 'x')`,
    );
    actorId = await plant.userId('op@x.test');
    covered = await plant.production('COVERED', true);
    approved = await plant.model({ name: 'matte' });
  });
  afterAll(() => db?.destroy());

  /** Each scenario breaks exactly one rule on the covered production. */
  const scenarios: Array<[RuleId, () => Promise<{ taskId: string; modelId?: string }>]> = [
    [
      'MODEL_APPROVED',
      async () => ({
        taskId: await plant.task(covered),
        modelId: await plant.model({ name: 'pending', status: 'PENDING' }),
      }),
    ],
    [
      'TRAINING_DATA_DECLARED',
      async () => ({
        taskId: await plant.task(covered),
        modelId: await plant.model({ name: 'mystery', trainingData: 'UNKNOWN' }),
      }),
    ],
    [
      'LIKENESS_CONSENT',
      async () => ({
        taskId: await plant.task(covered, { likenessKind: 'DIGITAL_ALTERATION', performerName: 'Ana Ruiz' }),
      }),
    ],
    [
      'SYNTHETIC_PERFORMER_NOTICE',
      async () => ({ taskId: await plant.task(covered, { likenessKind: 'SYNTHETIC_PERFORMER' }) }),
    ],
    [
      'AI_FINAL_SIGN_OFF',
      async () => ({
        taskId: await plant.task(covered, { path: 'AI_FINAL', inFinalDeliverable: true, status: 'DONE' }),
      }),
    ],
    [
      'GENERATIVE_WORKER_NOTICE',
      async () => ({ taskId: await plant.task(covered, { aiCategory: 'GENERATIVE' }) }),
    ],
  ];

  const severity = (ruleId: RuleId, value: Severity) =>
    db.transaction((m) => settings.set(covered, ruleId, value, actorId, m));

  it.each(scenarios)(
    '%s at BLOCK refuses with POLICY_BLOCKED and the rule id, and writes nothing',
    async (ruleId, make) => {
      await severity(ruleId, 'BLOCK');
      const { taskId, modelId = approved } = await make();
      const before = await plant.counts();
      // The caller's own change (the queued job) shares the transaction, so it goes too.
      const job = db.transaction(async (m) => {
        await audit.append(m, {
          actor: actorId,
          action: 'inference.job.submit',
          subjectType: 'task',
          subjectId: taskId,
          payload: {},
        });
        await gate.checkInferenceJob(m, { taskId, modelId, actorId });
      });
      await expect(job).rejects.toMatchObject({ extensions: { code: 'POLICY_BLOCKED', ruleId } });
      await expect(job).rejects.toThrow(`(policy rule ${ruleId}: `);
      expect(await plant.counts()).toEqual(before);
    },
  );

  it.each(scenarios)(
    '%s at FLAG lets the job pass and opens one exception, counting repeats',
    async (ruleId, make) => {
      await severity(ruleId, 'FLAG');
      const { taskId, modelId = approved } = await make();
      const before = await plant.counts();
      await db.transaction((m) => gate.checkInferenceJob(m, { taskId, modelId, actorId }));
      await db.transaction((m) => gate.checkInferenceJob(m, { taskId, modelId, actorId }));
      const rows = await db.query(
        `SELECT rule_id, status, occurrences, occasion FROM policy_exception WHERE task_id = $1`,
        [taskId],
      );
      expect(rows).toEqual([{ rule_id: ruleId, status: 'OPEN', occurrences: 2, occasion: 'INFERENCE_JOB' }]);
      const actions = await db.query(`SELECT action FROM audit_event WHERE seq > $1 ORDER BY seq`, [
        before.events,
      ]);
      expect(actions.map((a: { action: string }) => a.action)).toEqual([
        'policy.exception.open',
        'policy.exception.recur',
      ]);
    },
  );

  it('passes a clean job without writing anything', async () => {
    const taskId = await plant.task(covered);
    const before = await plant.counts();
    await db.transaction((m) => gate.checkInferenceJob(m, { taskId, modelId: approved, actorId }));
    expect(await plant.counts()).toEqual(before);
  });

  it('checks delivery of AI-final output for a sign-off given after the last render', async () => {
    await severity('AI_FINAL_SIGN_OFF', 'BLOCK');
    const taskId = await plant.task(covered, { path: 'AI_FINAL', inFinalDeliverable: true });
    await plant.aiRun(taskId, approved, '2025-06-10T10:00:00Z');
    const deliver = () => db.transaction((m) => gate.checkTaskDelivery(m, { taskId, actorId }));
    await expect(deliver()).rejects.toMatchObject({ extensions: { ruleId: 'AI_FINAL_SIGN_OFF' } });
    await db.query(
      `UPDATE task SET signed_off_by = $2, signed_off_at = '2025-06-10T11:00:00Z' WHERE id = $1`,
      [taskId, actorId],
    );
    await expect(deliver()).resolves.toBeUndefined();
  });

  it('names every blocking rule when several break at once', async () => {
    for (const id of ['MODEL_APPROVED', 'LIKENESS_CONSENT'] as RuleId[]) await severity(id, 'BLOCK');
    const taskId = await plant.task(covered, {
      likenessKind: 'EMPLOYMENT_REPLICA',
      performerName: 'Bo Lind',
    });
    const modelId = await plant.model({ name: 'pending-2', status: 'PENDING' });
    await expect(
      db.transaction((m) => gate.checkInferenceJob(m, { taskId, modelId, actorId })),
    ).rejects.toMatchObject({
      extensions: {
        code: 'POLICY_BLOCKED',
        ruleId: 'MODEL_APPROVED',
        ruleIds: ['MODEL_APPROVED', 'LIKENESS_CONSENT'],
      },
    });
  });

  it('answers NOT_FOUND for an unknown task or model', async () => {
    const missing = '00000000-0000-0000-0000-000000000001';
    await expect(
      db.transaction((m) => gate.checkInferenceJob(m, { taskId: missing, modelId: approved, actorId })),
    ).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    const taskId = await plant.task(covered);
    await expect(
      db.transaction((m) => gate.checkInferenceJob(m, { taskId, modelId: missing, actorId })),
    ).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
