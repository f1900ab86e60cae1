import { startTestServer, TestServer } from '../../../../test/support/server';
import { GovernanceFixtures } from '../testing/fixtures';

const SUBMIT = `mutation($i: SubmitInferenceJobInput!) { submitInferenceJob(input: $i) { id status } }`;

describe('submitInferenceJob goes through the policy gate', () => {
  let server: TestServer;
  let plant: GovernanceFixtures;
  let operator: string;
  let covered: string;
  let modelId: string;
  let folderId: string;

  const counts = async () =>
    (
      await server.dataSource.query(
        `SELECT (SELECT count(*)::int FROM inference_job) AS jobs, (SELECT count(*)::int FROM audit_event) AS events,
                (SELECT count(*)::int FROM policy_exception) AS exceptions`,
      )
    )[0];

  beforeAll(async () => {
    server = await startTestServer();
    plant = new GovernanceFixtures(server.dataSource);
    operator = await server.login('operator@frameledger.local');
    covered = await plant.production('SUBMITTED', true);
    modelId = await plant.model({ name: 'comp-relight' });
    // A 48-frame folder: submit only reads its frame range.
    const [folder] = await server.dataSource.query(
      `INSERT INTO frame_folder (name, first_frame, frame_count, width, height) VALUES ('plates', 1001, 48, 64, 64) RETURNING id`,
    );
    folderId = folder.id;
  });
  afterAll(() => server?.stop());

  it('refuses a job on a likeness task without consent on a guild-covered production, writing nothing', async () => {
    const taskId = await plant.task(covered, {
      likenessKind: 'EMPLOYMENT_REPLICA',
      performerName: 'Ana Ruiz',
    });
    const before = await counts();
    const result = await server.gql(SUBMIT, { i: { taskId, modelId, frames: { folderId } } }, operator);
    expect(result.errors![0]).toMatchObject({
      extensions: { code: 'POLICY_BLOCKED', ruleId: 'LIKENESS_CONSENT' },
    });
    expect(result.errors![0].message).toBe(
      "No consent from Ana Ruiz for EMPLOYMENT_REPLICA on SUBMITTED; record the performer's signed consent before using the likeness. " +
        '(policy rule LIKENESS_CONSENT: SAG-AFTRA 2023 TV/Theatrical Agreement: digital replicas and digital alteration)',
    );
    expect(await counts()).toEqual(before);
  });

  it('queues the job and opens an exception when the production flags the rule instead', async () => {
    const admin = await server.login('admin@frameledger.local');
    const set = `mutation($p: ID!) { setPolicySeverity(productionId: $p, ruleId: LIKENESS_CONSENT, severity: FLAG) { severity } }`;
    await server.gql(set, { p: covered }, admin);
    const taskId = await plant.task(covered, {
      likenessKind: 'EMPLOYMENT_REPLICA',
      performerName: 'Bo Lind',
    });
    const result = await server.gql(SUBMIT, { i: { taskId, modelId, frames: { folderId } } }, operator);
    expect(result.data!.submitInferenceJob.status).toBe('QUEUED');
    const [exception] = await server.dataSource.query(
      `SELECT rule_id, status FROM policy_exception WHERE task_id = $1`,
      [taskId],
    );
    expect(exception).toEqual({ rule_id: 'LIKENESS_CONSENT', status: 'OPEN' });
  });

  // Model approval is checked in one place, this rule (decision 0017), so a production's FLAG acts.
  it('refuses a PENDING model by MODEL_APPROVED, and queues it with an exception once the production flags the rule', async () => {
    const pending = await plant.model({ name: 'relight-candidate', status: 'PENDING' });
    const taskId = await plant.task(covered);
    const before = await counts();
    const refused = await server.gql(
      SUBMIT,
      { i: { taskId, modelId: pending, frames: { folderId } } },
      operator,
    );
    expect(refused.errors![0]).toMatchObject({
      extensions: { code: 'POLICY_BLOCKED', ruleId: 'MODEL_APPROVED' },
    });
    expect(refused.errors![0].message).toBe(
      'Model relight-candidate 1.0.1 is PENDING, not APPROVED; an admin must approve it before it runs on production work. ' +
        '(policy rule MODEL_APPROVED: FrameLedger model approval policy (studio AI governance))',
    );
    expect(await counts()).toEqual(before);

    const admin = await server.login('admin@frameledger.local');
    const set = `mutation($p: ID!) { setPolicySeverity(productionId: $p, ruleId: MODEL_APPROVED, severity: FLAG) { severity } }`;
    await server.gql(set, { p: covered }, admin);
    const flagged = await server.gql(
      SUBMIT,
      { i: { taskId, modelId: pending, frames: { folderId } } },
      operator,
    );
    expect(flagged.data!.submitInferenceJob.status).toBe('QUEUED');
    const exceptions = await server.dataSource.query(
      `SELECT rule_id, status FROM policy_exception WHERE task_id = $1`,
      [taskId],
    );
    expect(exceptions).toEqual([{ rule_id: 'MODEL_APPROVED', status: 'OPEN' }]);
  });
});
