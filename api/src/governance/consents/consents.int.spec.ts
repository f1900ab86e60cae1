import { startTestServer, TestServer } from '../../../../test/support/server';
import { GovernanceFixtures } from '../testing/fixtures';

const CONSENT = `id performerName replicaKind scope documentSha256 signedAt noticeGivenAt estateConsent createdBy
  compensation { amountMinor currency formatted }`;
const RECORD = `mutation($i: RecordConsentInput!) { recordConsent(input: $i) { ${CONSENT} } }`;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

describe('consents, notices and sign-offs', () => {
  let server: TestServer;
  let plant: GovernanceFixtures;
  let planner: string;
  let reviewer: string;
  let productionId: string;

  const counts = () => plant.counts();
  const consentInput = (overrides: Record<string, unknown> = {}) => ({
    productionId,
    performerName: 'Ana Ruiz',
    replicaKind: 'EMPLOYMENT_REPLICA',
    scope: 'Digital replica for the collapse sequence of episode 4, no other use',
    signedAt: '2025-05-02T15:00:00Z',
    noticeGivenAt: '2025-05-01T09:00:00Z',
    compensationMinor: '250000',
    compensationCurrency: 'USD',
    ...overrides,
  });

  async function upload(bytes: Buffer, name: string, token = planner) {
    const form = new FormData();
    form.append('document', new Blob([bytes]), name);
    const response = await fetch(`${server.url}/files/governance/consent-documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  beforeAll(async () => {
    server = await startTestServer();
    plant = new GovernanceFixtures(server.dataSource);
    planner = await server.login('planner@frameledger.local');
    reviewer = await server.login('reviewer@frameledger.local');
    productionId = await plant.production('CONSENTS', true);
  });
  afterAll(() => server?.stop());

  it('stores an uploaded signed document by sha256 and records a consent that points at it', async () => {
    const stored = await upload(PDF, 'ruiz-consent.pdf');
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      originalName: 'ruiz-consent.pdf',
    });
    expect(stored.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const before = await counts();
    const result = await server.gql(
      RECORD,
      { i: consentInput({ documentSha256: stored.body.sha256 }) },
      planner,
    );
    expect(result.data!.recordConsent).toMatchObject({
      performerName: 'Ana Ruiz',
      documentSha256: stored.body.sha256,
      signedAt: '2025-05-02T15:00:00.000Z',
      noticeGivenAt: '2025-05-01T09:00:00.000Z',
      estateConsent: false,
      createdBy: 'planner@frameledger.local',
      compensation: { amountMinor: '250000', currency: 'USD', formatted: '$2,500.00' },
    });
    expect((await counts()).events).toBe(before.events + 1);
    const [event] = await server.dataSource.query(
      `SELECT action, payload FROM audit_event ORDER BY seq DESC LIMIT 1`,
    );
    expect(event.action).toBe('consent.record');
    expect(event.payload.after).toMatchObject({ performerName: 'Ana Ruiz', compensationMinor: '250000' });
  });

  it('refuses an upload that is not a PDF or image, and a sha256 nobody uploaded', async () => {
    const text = await upload(Buffer.from('just words'), 'note.txt');
    expect(text.status).toBe(400);
    expect(text.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document' });
    const unknown = await server.gql(
      RECORD,
      { i: consentInput({ documentSha256: 'a'.repeat(64) }) },
      planner,
    );
    expect(unknown.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.documentSha256' },
    });
  });

  it.each([
    ['no performer', { performerName: '  ' }, 'input.performerName', /Name the performer/],
    [
      'a synthetic performer',
      { replicaKind: 'SYNTHETIC_PERFORMER' },
      'input.replicaKind',
      /needs a notice to the performers' union/,
    ],
    [
      'a notice in the future',
      { noticeGivenAt: '2098-01-01T00:00:00Z' },
      'input.noticeGivenAt',
      /is in the future/,
    ],
    ['negative compensation', { compensationMinor: '-1' }, 'input.compensationMinor', /cannot be negative/],
    // The shared ValidationPipe names the field without the argument name.
    ['a date that is not a date', { signedAt: 'last Tuesday' }, 'signedAt', /ISO 8601/],
  ])('refuses a consent with %s, writing nothing', async (_, overrides, field, message) => {
    const before = await counts();
    const result = await server.gql(RECORD, { i: consentInput(overrides) }, planner);
    expect(result.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(result.errors![0].message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it("refuses a notice given after the performer's likeness was first used (first run started Jun 10 11:59)", async () => {
    const modelId = await plant.model({ name: 'replica' });
    const taskId = await plant.task(productionId, {
      likenessKind: 'INDEPENDENT_REPLICA',
      performerName: 'Bo Lind',
    });
    await plant.aiRun(taskId, modelId, '2025-06-10T12:00:00Z', 60_000);
    const before = await counts();
    const late = consentInput({
      performerName: 'bo lind',
      replicaKind: 'INDEPENDENT_REPLICA',
      signedAt: '2025-06-09T00:00:00Z',
      noticeGivenAt: '2025-06-10T11:59:30Z',
    });
    const result = await server.gql(RECORD, { i: late }, planner);
    expect(result.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.noticeGivenAt' },
    });
    expect(result.errors![0].message).toBe(
      "The notice (2025-06-10T11:59:30.000Z) is after bo lind's likeness was first used on CONSENTS (2025-06-10T11:59:00.000Z); notice must come before use. Check the date on the notice.",
    );
    expect(await counts()).toEqual(before);
    const inTime = await server.gql(
      RECORD,
      { i: { ...late, noticeGivenAt: '2025-06-10T11:58:00Z' } },
      planner,
    );
    expect(inTime.errors).toBeUndefined();
  });

  it('records union notices for a synthetic performer task, and refuses one for another kind of task', async () => {
    const synthetic = await plant.task(productionId, { likenessKind: 'SYNTHETIC_PERFORMER' });
    const plain = await plant.task(productionId);
    const record = `mutation($i: RecordNoticeInput!) { recordUnionNotice(input: $i) { id taskId unionName givenAt } }`;
    const input = {
      productionId,
      unionName: 'SAG-AFTRA',
      scope: 'Synthetic crowd lead "Vera" in episode 2',
      givenAt: '2025-05-01T09:00:00Z',
    };
    const done = await server.gql(record, { i: { ...input, taskId: synthetic } }, planner);
    expect(done.data!.recordUnionNotice).toMatchObject({
      taskId: synthetic,
      unionName: 'SAG-AFTRA',
      givenAt: '2025-05-01T09:00:00.000Z',
    });
    const wrong = await server.gql(record, { i: { ...input, taskId: plain } }, planner);
    expect(wrong.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.taskId' } });
    const list = await server.gql(
      `query($p: ID) { unionNotices(productionId: $p) { taskId } }`,
      { p: productionId },
      reviewer,
    );
    expect(list.data!.unionNotices).toEqual([{ taskId: synthetic }]);
  });

  it('lets reviewers read consents but not record them', async () => {
    const list = await server.gql(
      `query($p: ID) { consents(productionId: $p) { performerName } }`,
      { p: productionId },
      reviewer,
    );
    expect(list.data!.consents.map((c: { performerName: string }) => c.performerName)).toEqual([
      'Ana Ruiz',
      'bo lind',
    ]);
    expect((await server.gql(RECORD, { i: consentInput() }, reviewer)).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect((await upload(PDF, 'x.pdf', reviewer)).status).toBe(403);
  });

  it('signs off AI-final output once it has been rendered, and audits who signed', async () => {
    const modelId = await plant.model({ name: 'final' });
    const taskId = await plant.task(productionId, { path: 'AI_FINAL', inFinalDeliverable: true });
    const signOff = `mutation($t: ID!) { signOffTask(taskId: $t) { taskId signedOffBy signedOffAt lastAiRunAt } }`;
    const early = await server.gql(signOff, { t: taskId }, planner);
    expect(early.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    await plant.aiRun(taskId, modelId, '2025-06-10T12:00:00Z');
    const done = await server.gql(signOff, { t: taskId }, planner);
    expect(done.data!.signOffTask).toMatchObject({
      taskId,
      signedOffBy: 'planner@frameledger.local',
      lastAiRunAt: '2025-06-10T12:00:00.000Z',
    });
    const [event] = await server.dataSource.query(
      `SELECT action, payload FROM audit_event ORDER BY seq DESC LIMIT 1`,
    );
    expect(event).toMatchObject({ action: 'task.sign_off', payload: { before: { signedOffBy: null } } });
    const assisted = await plant.task(productionId, { path: 'AI_ASSISTED' });
    expect((await server.gql(signOff, { t: assisted }, planner)).errors![0].extensions!.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
