import { startTestServer, TestServer } from '../../../../test/support/server';
import { GovernanceFixtures } from '../testing/fixtures';
import { flagTask } from '../testing/flag';

const COUNTS = `query($f: PolicyExceptionFilter) { policyExceptionCounts(filter: $f) { ruleId productionCode total open unreviewed } }`;
const BULK = `mutation($ids: [ID!]!, $s: PolicyReviewStatus!, $n: String!) {
  reviewPolicyExceptions(ids: $ids, reviewStatus: $s, note: $n) { id reviewStatus reviewNote reviewedBy } }`;
const NOTICE = `mutation($id: ID!, $g: String!) { recordExceptionNotice(id: $id, unionName: "IATSE Local 839",
  scope: "Generative matte painting, episodes 1-3", givenAt: $g) { id status closeReason closedBy } }`;

describe('the exceptions register by group, in bulk, and closed by the notice it asks for', () => {
  let server: TestServer;
  let plant: GovernanceFixtures;
  let token: Record<'admin' | 'planner' | 'reviewer' | 'executive', string>;
  let productionId: string;
  let notices: string[];
  let performer: string;
  let models = 0;

  /** A flagged job on a new task, each with its own model so every exception is its own. */
  const flagged = async (task: Parameters<GovernanceFixtures['task']>[1]) =>
    (await flagTask(server, plant, productionId, await plant.model({ name: `grade-${++models}` }), task)).id;

  const actionsSince = async (seq: number) =>
    (await server.dataSource.query(`SELECT action FROM audit_event WHERE seq > $1 ORDER BY seq`, [seq])).map(
      (a: { action: string }) => a.action,
    );

  const events = async () =>
    (await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n as number;

  beforeAll(async () => {
    server = await startTestServer();
    plant = new GovernanceFixtures(server.dataSource);
    token = {
      admin: await server.login('admin@frameledger.local'),
      planner: await server.login('planner@frameledger.local'),
      reviewer: await server.login('reviewer@frameledger.local'),
      executive: await server.login('executive@frameledger.local'),
    };
    productionId = await plant.production('TRIAGE', true);
    await server.gql(
      `mutation($p: ID!) { setPolicySeverity(productionId: $p, ruleId: SYNTHETIC_PERFORMER_NOTICE, severity: FLAG) { id } }`,
      { p: productionId },
      token.admin,
    );
    // Rule X: three generative tasks with no worker notice. Rule Y: one synthetic performer.
    notices = [];
    for (let i = 0; i < 3; i++) notices.push(await flagged({ aiCategory: 'GENERATIVE' }));
    performer = await flagged({ likenessKind: 'SYNTHETIC_PERFORMER' });
  });
  afterAll(() => server?.stop());

  it('counts the register by production and rule: 3 missing worker notices and 1 synthetic performer', async () => {
    const result = await server.gql(COUNTS, { f: { productionId } }, token.reviewer);
    expect(result.data!.policyExceptionCounts).toEqual(
      [
        { ruleId: 'SYNTHETIC_PERFORMER_NOTICE', productionCode: 'TRIAGE', total: 1, open: 1, unreviewed: 1 },
        { ruleId: 'GENERATIVE_WORKER_NOTICE', productionCode: 'TRIAGE', total: 3, open: 3, unreviewed: 3 },
      ].sort((a, b) => a.ruleId.localeCompare(b.ruleId)),
    );
    const one = await server.gql(
      COUNTS,
      { f: { productionId, ruleId: 'SYNTHETIC_PERFORMER_NOTICE' } },
      token.reviewer,
    );
    expect(one.data!.policyExceptionCounts.map((c: { total: number }) => c.total)).toEqual([1]);
    expect((await server.gql(COUNTS, {}, token.executive)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('bulk-reviews two exceptions: exactly two change, with one audit event each', async () => {
    const before = await events();
    const done = await server.gql(
      BULK,
      { ids: [notices[0], notices[1]], s: 'QUERIED', n: 'Which unions were told?' },
      token.reviewer,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.reviewPolicyExceptions).toEqual([
      {
        id: notices[0],
        reviewStatus: 'QUERIED',
        reviewNote: 'Which unions were told?',
        reviewedBy: 'reviewer@frameledger.local',
      },
      {
        id: notices[1],
        reviewStatus: 'QUERIED',
        reviewNote: 'Which unions were told?',
        reviewedBy: 'reviewer@frameledger.local',
      },
    ]);
    const audited = await server.dataSource.query(
      `SELECT action, subject_id AS "subjectId" FROM audit_event WHERE seq > $1 ORDER BY seq`,
      [before],
    );
    expect(audited).toHaveLength(2);
    expect(audited.every((e: { action: string }) => e.action === 'policy.exception.review')).toBe(true);
    expect(audited.map((e: { subjectId: string }) => e.subjectId).sort()).toEqual(
      [notices[0], notices[1]].sort(),
    );
    const counts = await server.gql(
      COUNTS,
      { f: { productionId, ruleId: 'GENERATIVE_WORKER_NOTICE' } },
      token.reviewer,
    );
    expect(counts.data!.policyExceptionCounts[0]).toMatchObject({ total: 3, unreviewed: 1 });
  });

  it('refuses a bulk review with no status and no note, or with an unknown id, and writes nothing', async () => {
    const stateOf = () =>
      server.dataSource.query(
        `SELECT id, review_status, review_note, reviewed_at FROM policy_exception WHERE production_id = $1 ORDER BY id`,
        [productionId],
      );
    const before = { events: await events(), rows: await stateOf() };
    const empty = await server.gql(
      BULK,
      { ids: [notices[2], performer], s: 'UNREVIEWED', n: '  ' },
      token.reviewer,
    );
    expect(empty.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['reviewStatus', 'note'],
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    const missing = await server.gql(
      BULK,
      { ids: [notices[2], unknown], s: 'ACCEPTED', n: '' },
      token.reviewer,
    );
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
    const none = await server.gql(BULK, { ids: [], s: 'ACCEPTED', n: '' }, token.reviewer);
    expect(none.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const planner = await server.gql(BULK, { ids: [notices[2]], s: 'ACCEPTED', n: '' }, token.planner);
    expect(planner.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect({ events: await events(), rows: await stateOf() }).toEqual(before);
  });

  it("records the worker notice an exception asks for and closes the production's three", async () => {
    const before = await events();
    const done = await server.gql(NOTICE, { id: notices[2], g: '2025-05-01T09:00:00Z' }, token.reviewer);
    expect(done.data!.recordExceptionNotice).toEqual({
      id: notices[2],
      status: 'RESOLVED',
      closeReason: 'Worker notice to IATSE Local 839 recorded: Generative matte painting, episodes 1-3',
      closedBy: 'reviewer@frameledger.local',
    });
    expect(await actionsSince(before)).toEqual([
      'worker_notice.record',
      'policy.exception.resolve',
      'policy.exception.resolve',
      'policy.exception.resolve',
    ]);
    const counts = await server.gql(COUNTS, { f: { productionId } }, token.reviewer);
    expect(
      counts.data!.policyExceptionCounts.map((c: { ruleId: string; open: number }) => [c.ruleId, c.open]),
    ).toEqual(
      expect.arrayContaining([
        ['GENERATIVE_WORKER_NOTICE', 0],
        ['SYNTHETIC_PERFORMER_NOTICE', 1],
      ]),
    );
    const again = await server.gql(NOTICE, { id: notices[2], g: '2025-05-01T09:00:00Z' }, token.reviewer);
    expect(again.errors![0].extensions!.code).toBe('CONFLICT');
  });

  it("records the union notice a synthetic performer's exception asks for, on that task, and closes it", async () => {
    const before = await events();
    const done = await server.gql(
      `mutation($id: ID!) { recordExceptionNotice(id: $id, unionName: "SAG-AFTRA",
        scope: "Synthetic performer in the crowd plates", givenAt: "2025-05-01T09:00:00Z") { id status closeReason } }`,
      { id: performer },
      token.reviewer,
    );
    expect(done.data!.recordExceptionNotice).toEqual({
      id: performer,
      status: 'RESOLVED',
      closeReason: 'Union notice to SAG-AFTRA recorded: Synthetic performer in the crowd plates',
    });
    const [notice] = await server.dataSource.query(
      `SELECT n.task_id AS "taskId" FROM union_notice n JOIN policy_exception e ON e.task_id = n.task_id
        WHERE e.id = $1`,
      [performer],
    );
    expect(notice).toBeDefined();
    expect(await actionsSince(before)).toEqual(['union_notice.record', 'policy.exception.resolve']);
  });
});
