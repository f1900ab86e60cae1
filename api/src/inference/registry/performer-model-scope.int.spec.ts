/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import { chromaKeyModel } from '../../../../seeds/models/chroma-key';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { GovernanceFixtures } from '../../governance/testing/fixtures';
import { registration, uploadModel } from '../testing/fixtures';

const REGISTER = `mutation($input: RegisterModelInput!) {
  registerModel(input: $input) { id status performerScope { performerName productionId productionCode } } }`;
const SUBMIT = `mutation($i: SubmitInferenceJobInput!) { submitInferenceJob(input: $i) { id status } }`;

/**
 * A model trained on Ana Ruiz's likeness for ALBA (her consent is for ALBA) runs on ALBA's tasks
 * and is refused on BRUMA's by PERFORMER_MODEL_SCOPED, whatever else BRUMA has recorded.
 */
describe('a performer-trained model is scoped to the production named at registration', () => {
  let server: TestServer;
  let plant: GovernanceFixtures;
  let admin: string;
  let operator: string;
  let alba: string;
  let bruma: string;
  let folderId: string;
  let modelId: string;
  const chromaKey = chromaKeyModel();

  const counts = async () =>
    (
      await server.dataSource.query(
        `SELECT (SELECT count(*)::int FROM model) AS models, (SELECT count(*)::int FROM inference_job) AS jobs,
                (SELECT count(*)::int FROM audit_event) AS events`,
      )
    )[0];

  beforeAll(async () => {
    server = await startTestServer({ MAX_MODEL_BYTES: String(8 * 1024 ** 2) });
    plant = new GovernanceFixtures(server.dataSource);
    [admin, operator] = await Promise.all(
      ['admin', 'operator'].map((who) => server.login(`${who}@frameledger.local`)),
    );
    // Not guild-covered and on the default packs: only the scope rule stands between a job and the queue.
    alba = await plant.production('ALBA', false);
    bruma = await plant.production('BRUMA', false);
    await plant.task(alba); // creates the COMP task type the model serves
    folderId = await plant.frameFolder();
  });
  afterAll(() => server?.stop());

  const input = async (version: string, performerScope: object) => {
    const { body } = await uploadModel(server, chromaKey.bytes, operator, 'ana-replica.onnx');
    return { ...registration(chromaKey, body.fileId, { version }), taskTypes: ['COMP'], performerScope };
  };

  it('records the performer and production at registration, audited with the model', async () => {
    const registered = await server.gql(
      REGISTER,
      { input: await input('7.0.0', { performerName: ' Ana Ruiz ', productionId: alba }) },
      operator,
    );
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.registerModel.performerScope).toEqual({
      performerName: 'Ana Ruiz',
      productionId: alba,
      productionCode: 'ALBA',
    });
    modelId = registered.data!.registerModel.id;
    const [event] = await server.dataSource.query(
      `SELECT payload FROM audit_event WHERE action = 'model.register' AND subject_id = $1`,
      [modelId],
    );
    expect(event.payload.after.performerScope).toEqual({
      performerName: 'Ana Ruiz',
      productionId: alba,
      productionCode: 'ALBA',
    });
    const approve = `mutation($id: ID!) { approveModel(id: $id) { status } }`;
    expect((await server.gql(approve, { id: modelId }, admin)).data!.approveModel.status).toBe('APPROVED');
  });

  it('refuses a scope naming no production, writing nothing', async () => {
    const before = await counts();
    const refused = await server.gql(
      REGISTER,
      {
        input: await input('7.0.1', {
          performerName: 'Ana Ruiz',
          productionId: '00000000-0000-4000-8000-000000000000',
        }),
      },
      operator,
    );
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.performerScope.productionId',
    });
    expect(await counts()).toEqual(before);
  });

  it('queues a job on ALBA and refuses one on BRUMA with POLICY_BLOCKED naming the rule', async () => {
    const onAlba = await server.gql(
      SUBMIT,
      { i: { taskId: await plant.task(alba), modelId, frames: { folderId } } },
      operator,
    );
    expect(onAlba.data!.submitInferenceJob.status).toBe('QUEUED');

    const before = await counts();
    const onBruma = await server.gql(
      SUBMIT,
      { i: { taskId: await plant.task(bruma), modelId, frames: { folderId } } },
      operator,
    );
    expect(onBruma.errors![0].extensions).toMatchObject({
      code: 'POLICY_BLOCKED',
      ruleId: 'PERFORMER_MODEL_SCOPED',
    });
    expect(onBruma.errors![0].message).toBe(
      "Model frameledger-chroma-key 7.0.0 is trained on Ana Ruiz's likeness for ALBA only and cannot run on BRUMA; use a model registered for BRUMA. " +
        "(policy rule PERFORMER_MODEL_SCOPED: FrameLedger policy: a performer's consent to a digital replica is given for one production (SAG-AFTRA 2023 TV/Theatrical Agreement, digital replicas), so a model trained on their likeness is kept to it)",
    );
    expect((await counts()).jobs).toBe(before.jobs);
  });
});
