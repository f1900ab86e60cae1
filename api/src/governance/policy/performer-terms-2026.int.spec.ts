import { startTestServer, TestServer } from '../../../../test/support/server';
import { GovernanceFixtures } from '../testing/fixtures';
import { holdToPacks, signInAs } from '../testing/sessions';

const SUBMIT = `mutation($i: SubmitInferenceJobInput!) { submitInferenceJob(input: $i) { id status } }`;
const CONSENT = `mutation($i: RecordConsentInput!) { recordConsent(input: $i) {
  id scanReason performerMinor guardianName trainingLicensedAt trainingNoticeAt } }`;
const SEVERITY = `mutation($p: ID!, $r: PolicyRuleId!, $s: PolicySeverity!) {
  setPolicySeverity(productionId: $p, ruleId: $r, severity: $s) { id severity defaultSeverity } }`;

/**
 * The reported SAG-AFTRA 2026 terms (performer-terms-2026.ts) on a production held to that pack:
 * OFF by default they raise nothing; turned on, each passes a consent that records its fact and
 * blocks or flags one that does not; turned OFF again, it is silent again.
 */
describe('the reported SAG-AFTRA 2026 terms at the policy gate', () => {
  let server: TestServer;
  let plant: GovernanceFixtures;
  let token: Record<'admin' | 'planner' | 'operator', string>;
  let productionId: string;
  let modelId: string;
  let folderId: string;

  const counts = () => plant.counts();

  /** A consent signed 1 June 2025 with notice the same day, long before any use, plus the terms given. */
  const consent = async (performerName: string, terms: Record<string, unknown>) => {
    const input = {
      productionId,
      performerName,
      replicaKind: 'EMPLOYMENT_REPLICA',
      scope: 'Digital replica for the fall in episode 1',
      signedAt: '2025-06-01T09:00:00Z',
      noticeGivenAt: '2025-06-01T09:00:00Z',
      compensationMinor: '250000',
      compensationCurrency: 'USD',
      ...terms,
    };
    return server.gql(CONSENT, { i: input }, token.planner);
  };

  /** A replica task of the performer and a job submitted on it. */
  const submit = async (performerName: string) => {
    const taskId = await plant.task(productionId, { likenessKind: 'EMPLOYMENT_REPLICA', performerName });
    const result = await server.gql(SUBMIT, { i: { taskId, modelId, frames: { folderId } } }, token.operator);
    const exceptions: Array<{ rule_id: string }> = await server.dataSource.query(
      `SELECT rule_id FROM policy_exception WHERE task_id = $1 ORDER BY rule_id`,
      [taskId],
    );
    return { result, exceptions: exceptions.map((e) => e.rule_id) };
  };

  const setSeverity = (r: string, s: string) => server.gql(SEVERITY, { p: productionId, r, s }, token.admin);

  beforeAll(async () => {
    server = await startTestServer();
    plant = new GovernanceFixtures(server.dataSource);
    token = await signInAs(server, ['admin', 'planner', 'operator']);
    productionId = await plant.production('TERMS2026', true);
    modelId = await plant.model({ name: 'replica-drive' });
    await holdToPacks(server, productionId, ['sag-aftra-tv-2026'], token.admin);
    folderId = await plant.frameFolder();
  });
  afterAll(() => server?.stop());

  it('raises nothing while OFF, though the consent records none of the facts they weigh', async () => {
    const rules = await server.gql(
      `query($p: ID) { policyRules(productionId: $p) { id severity defaultSeverity applies } }`,
      { p: productionId },
      token.admin,
    );
    const terms = rules.data!.policyRules.filter((r: { id: string }) =>
      ['PERFORMER_SCAN_REASON', 'PERFORMER_TRAINING_LICENCE_NOTICE', 'MINOR_GUARDIAN_CONSENT'].includes(r.id),
    );
    expect(terms).toEqual([
      { id: 'PERFORMER_SCAN_REASON', severity: 'OFF', defaultSeverity: 'OFF', applies: true },
      { id: 'PERFORMER_TRAINING_LICENCE_NOTICE', severity: 'OFF', defaultSeverity: 'OFF', applies: true },
      { id: 'MINOR_GUARDIAN_CONSENT', severity: 'OFF', defaultSeverity: 'OFF', applies: true },
    ]);
    // A minor, no guardian, no scan reason, data licensed for training with no notice.
    const recorded = await consent('Ana Ruiz', {
      performerMinor: true,
      trainingLicensedAt: '2025-06-05T00:00:00Z',
    });
    expect(recorded.data!.recordConsent).toMatchObject({
      scanReason: null,
      performerMinor: true,
      guardianName: null,
      trainingLicensedAt: '2025-06-05T00:00:00.000Z',
      trainingNoticeAt: null,
    });
    const { result, exceptions } = await submit('Ana Ruiz');
    expect(result.data!.submitInferenceJob.status).toBe('QUEUED');
    expect(exceptions).toEqual([]);
  });

  it('PERFORMER_SCAN_REASON turned to BLOCK refuses a consent without a reason, passes one with it, and is silent OFF again (audited)', async () => {
    const before = await counts();
    const on = await setSeverity('PERFORMER_SCAN_REASON', 'BLOCK');
    expect(on.data!.setPolicySeverity).toEqual({
      id: 'PERFORMER_SCAN_REASON',
      severity: 'BLOCK',
      defaultSeverity: 'OFF',
    });
    const [event] = await server.dataSource.query(`SELECT action, payload FROM audit_event WHERE seq = $1`, [
      before.events + 1,
    ]);
    expect(event).toEqual({
      action: 'policy.severity.set',
      payload: { before: { severity: 'OFF' }, after: { severity: 'BLOCK' } },
    });

    await consent('Bo Lind', {});
    const ready = await counts();
    const refused = await submit('Bo Lind');
    expect(refused.result.errors![0]).toMatchObject({
      extensions: { code: 'POLICY_BLOCKED', ruleId: 'PERFORMER_SCAN_REASON' },
    });
    expect(refused.result.errors![0].message).toMatch(
      /^No EMPLOYMENT_REPLICA consent of Bo Lind on TERMS2026 records why the performer was scanned; .*\(policy rule PERFORMER_SCAN_REASON: SAG-AFTRA 2026 .*Reported, not confirmed/,
    );
    const { jobs, events } = await counts();
    expect({ jobs, events }).toEqual({ jobs: ready.jobs, events: ready.events });

    await consent('Cy Moss', {
      scanReason: 'Replica for the fall in DER_101_0040, which the stunt cannot do safely',
    });
    expect((await submit('Cy Moss')).result.data!.submitInferenceJob.status).toBe('QUEUED');

    expect((await setSeverity('PERFORMER_SCAN_REASON', 'OFF')).data!.setPolicySeverity.severity).toBe('OFF');
    const off = await submit('Bo Lind');
    expect(off.result.data!.submitInferenceJob.status).toBe('QUEUED');
    expect(off.exceptions).toEqual([]);
  });

  it('PERFORMER_TRAINING_LICENCE_NOTICE turned to FLAG opens an exception when the performer was told a day after the licence', async () => {
    await setSeverity('PERFORMER_TRAINING_LICENCE_NOTICE', 'FLAG');
    await consent('Dee Park', {
      trainingLicensedAt: '2025-06-05T00:00:00Z',
      trainingNoticeAt: '2025-06-06T00:00:00Z',
    });
    const late = await submit('Dee Park');
    expect(late.result.data!.submitInferenceJob.status).toBe('QUEUED');
    expect(late.exceptions).toEqual(['PERFORMER_TRAINING_LICENCE_NOTICE']);

    await consent('Eve Tan', {
      trainingLicensedAt: '2025-06-05T00:00:00Z',
      trainingNoticeAt: '2025-06-04T00:00:00Z',
    });
    const told = await submit('Eve Tan');
    expect(told.result.data!.submitInferenceJob.status).toBe('QUEUED');
    expect(told.exceptions).toEqual([]);
  });

  it("MINOR_GUARDIAN_CONSENT turned to BLOCK refuses a minor's replica without a guardian and passes one with", async () => {
    await setSeverity('MINOR_GUARDIAN_CONSENT', 'BLOCK');
    await consent('Fay Ortiz', { performerMinor: true });
    const refused = await submit('Fay Ortiz');
    expect(refused.result.errors![0].extensions).toMatchObject({
      code: 'POLICY_BLOCKED',
      ruleId: 'MINOR_GUARDIAN_CONSENT',
    });
    await consent('Gus Ortiz', { performerMinor: true, guardianName: 'Rosa Ortiz' });
    expect((await submit('Gus Ortiz')).result.data!.submitInferenceJob.status).toBe('QUEUED');
  });

  it('refuses OFF for a rule whose terms are confirmed, writing nothing', async () => {
    const before = await counts();
    const off = await setSeverity('LIKENESS_CONSENT', 'OFF');
    expect(off.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'severity' });
    expect(off.errors![0].message).toBe(
      'LIKENESS_CONSENT can be BLOCK or FLAG only: OFF is for rules whose terms are reported but not confirmed; a production stops this rule by dropping its pack.',
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses a guardian for an adult and a training notice without a licence, writing nothing', async () => {
    const before = await counts();
    const adult = await consent('Hal Berg', { guardianName: 'Ivy Berg' });
    expect(adult.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.guardianName',
    });
    const notice = await consent('Hal Berg', { trainingNoticeAt: '2025-06-04T00:00:00Z' });
    expect(notice.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.trainingNoticeAt',
    });
    expect(await counts()).toEqual(before);
  });
});
