import { INVITED_PASSWORD, invitePerson, setMemberships } from '../../../../test/support/people';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { verifyAuditExport } from '../audit/core/verify';

/**
 * Production-scoped roles (docs/decisions/0025-production-memberships.md): two productions, ALPHA
 * and BRAVO, with one shot and one roto task each; a person scoped to ALPHA sees ALPHA only.
 */
describe('production memberships', () => {
  let server: TestServer;
  let admin: string;
  let planner: string;
  const prod: Record<string, { id: string; shotId: string; taskId: string }> = {};

  const invite = (email: string, role: string) => invitePerson(server, admin, email, role);
  const scope = (id: string, memberships: { productionId: string; role: string }[]) =>
    setMemberships(server, admin, id, memberships);
  const TASKS = `query($p: ID!) { tasks(productionId: $p) { totalCount edges { node { id } } } }`;
  const CREATE_SHOT = `mutation($input: CreateShotInput!) { createShot(input: $input) { id } }`;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.login('admin@frameledger.local');
    planner = await server.login('planner@frameledger.local');
    for (const code of ['ALPHA', 'BRAVO']) {
      const created = await server.gql(
        `mutation($code: String!) { createProduction(input: { code: $code, title: $code, currency: "USD", vfxBudgetMinor: "100000000",
           startDate: "2026-01-01", deliveryDate: "2026-12-31", country: "US" }) { id } }`,
        { code },
        planner,
      );
      const id = created.data!.createProduction.id;
      const shot = await server.gql(
        CREATE_SHOT,
        { input: { productionId: id, code: 'SH010', sequence: 'SQ1', frameIn: 1001, frameOut: 1096 } },
        planner,
      );
      const shotId = shot.data!.createShot.id;
      const tasks = await server.gql(
        `mutation($input: CreateTasksInput!) { createTasks(input: $input) { tasks { id } } }`,
        { input: { productionId: id, shotIds: [shotId], taskTypeCode: 'ROTO', complexity: 3 } },
        planner,
      );
      prod[code] = { id, shotId, taskId: tasks.data!.createTasks.tasks[0].id };
    }
  });
  afterAll(() => server?.stop());

  it('a reviewer scoped to ALPHA sees ALPHA and its task only, and is refused BRAVO and studio-wide reports', async () => {
    const id = await invite('rita@studio.test', 'REVIEWER');
    const scoped = await scope(id, [{ productionId: prod.ALPHA.id, role: 'REVIEWER' }]);
    expect(scoped.data?.setPersonMemberships.memberships).toEqual([
      { productionId: prod.ALPHA.id, role: 'REVIEWER', company: null },
    ]);
    const rita = await server.login('rita@studio.test', INVITED_PASSWORD);

    const listed = await server.gql(
      `{ productions(first: 50) { totalCount edges { node { code } } } }`,
      {},
      rita,
    );
    expect(listed.data?.productions).toEqual({ totalCount: 1, edges: [{ node: { code: 'ALPHA' } }] });
    // The admin, studio-wide, still sees both.
    const all = await server.gql(`{ productions(first: 50) { edges { node { code } } } }`, {}, admin);
    const codes = all.data!.productions.edges.map((e: { node: { code: string } }) => e.node.code);
    expect(codes).toEqual(expect.arrayContaining(['ALPHA', 'BRAVO']));

    const own = await server.gql(TASKS, { p: prod.ALPHA.id }, rita);
    expect(own.data?.tasks).toEqual({ totalCount: 1, edges: [{ node: { id: prod.ALPHA.taskId } }] });

    const other = await server.gql(TASKS, { p: prod.BRAVO.id }, rita);
    expect(other.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: 'You have no role on this production; ask an admin to add you to it.',
    });
    const otherById = await server.gql(
      `query($id: ID!) { production(id: $id) { code } }`,
      { id: prod.BRAVO.id },
      rita,
    );
    expect(otherById.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ownById = await server.gql(
      `query($id: ID!) { production(id: $id) { code } }`,
      { id: prod.ALPHA.id },
      rita,
    );
    expect(ownById.data?.production).toEqual({ code: 'ALPHA' });

    // An operation across the studio names no production: closed to a scoped person (fails closed).
    const studioWide = await server.gql(`{ people { email } }`, {}, rita);
    expect(studioWide.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a planner scoped to ALPHA adds a shot there, is refused on BRAVO, and the refusal writes nothing', async () => {
    const id = await invite('pablo@studio.test', 'PLANNER');
    await scope(id, [
      { productionId: prod.ALPHA.id, role: 'PLANNER' },
      { productionId: prod.BRAVO.id, role: 'REVIEWER' },
    ]);
    const pablo = await server.login('pablo@studio.test', INVITED_PASSWORD);
    const shotIn = (productionId: string) => ({
      input: { productionId, code: 'SH020', sequence: 'SQ1', frameIn: 1001, frameOut: 1048 },
    });
    const added = await server.gql(CREATE_SHOT, shotIn(prod.ALPHA.id), pablo);
    expect(added.errors).toBeUndefined();
    // On BRAVO his membership is REVIEWER, which may read but not plan.
    const refused = await server.gql(CREATE_SHOT, shotIn(prod.BRAVO.id), pablo);
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/^Your role REVIEWER on this production may not do this/),
    });
    const shots = await server.dataSource.query(
      `SELECT p.code, count(*)::int AS n FROM shot s JOIN production p ON p.id = s.production_id
        WHERE p.code IN ('ALPHA', 'BRAVO') GROUP BY p.code ORDER BY p.code`,
    );
    expect(shots).toEqual([
      { code: 'ALPHA', n: 2 },
      { code: 'BRAVO', n: 1 },
    ]);
    expect((await server.gql(TASKS, { p: prod.BRAVO.id }, pablo)).data?.tasks.totalCount).toBe(1);
  });

  it('audits each change of memberships with before and after, and an empty list makes the person studio-wide again', async () => {
    const id = await invite('sol@studio.test', 'OPERATOR');
    await scope(id, [{ productionId: prod.ALPHA.id, role: 'OPERATOR' }]);
    const cleared = await scope(id, []);
    expect(cleared.data?.setPersonMemberships).toEqual({ role: 'OPERATOR', memberships: [] });
    const sol = await server.login('sol@studio.test', INVITED_PASSWORD);
    expect((await server.gql(TASKS, { p: prod.BRAVO.id }, sol)).data?.tasks.totalCount).toBe(1);

    const events = await server.dataSource.query(
      `SELECT payload FROM audit_event WHERE action = 'user.memberships.set' AND subject_id = $1 ORDER BY seq`,
      [id],
    );
    expect(events.map((e: { payload: unknown }) => e.payload)).toEqual([
      { before: {}, after: { [prod.ALPHA.id]: 'OPERATOR' } },
      { before: { [prod.ALPHA.id]: 'OPERATOR' }, after: {} },
    ]);
  });

  it('refuses studio-wide roles on a production, an admin or executive scoped, and an unknown production, writing nothing', async () => {
    const id = await invite('tom@studio.test', 'REVIEWER');
    const asAdmin = await scope(id, [{ productionId: prod.ALPHA.id, role: 'ADMIN' }]);
    expect(asAdmin.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'memberships' },
    });
    const unknown = await scope(id, [
      { productionId: '00000000-0000-4000-8000-000000000000', role: 'REVIEWER' },
    ]);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const twice = await scope(id, [
      { productionId: prod.ALPHA.id, role: 'REVIEWER' },
      { productionId: prod.ALPHA.id, role: 'PLANNER' },
    ]);
    expect(twice.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const execId = await invite('eva@studio.test', 'EXECUTIVE');
    const exec = await scope(execId, [{ productionId: prod.ALPHA.id, role: 'REVIEWER' }]);
    expect(exec.errors?.[0].extensions?.code).toBe('CONFLICT');

    const [{ n }] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM production_membership WHERE user_id = ANY($1::uuid[])`,
      [[id, execId]],
    );
    expect(n).toBe(0);
  });

  it("a token limited to ALPHA logs time on ALPHA's task and is refused on BRAVO's, writing nothing there", async () => {
    const created = await server.gql(
      `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id productionIds } } }`,
      {
        i: {
          name: 'alpha farm hook',
          role: 'PLANNER',
          scopes: ['TIME_WRITE'],
          productionIds: [prod.ALPHA.id],
        },
      },
      admin,
    );
    const { secret, token } = created.data!.createApiToken;
    expect(token.productionIds).toEqual([prod.ALPHA.id]);
    const LOG = `mutation($i: TimeEntryInput!) { logTimeEntry(input: $i) { id minutes } }`;
    const entry = (taskId: string) => ({
      i: {
        taskId,
        person: 'Farm Artist',
        roleCode: 'COMPOSITOR',
        workDate: '2026-10-02',
        minutes: 45,
        kind: 'ARTIST',
      },
    });
    const logged = await server.gql(LOG, entry(prod.ALPHA.taskId), secret);
    expect(logged.data?.logTimeEntry.minutes).toBe(45);
    const refused = await server.gql(LOG, entry(prod.BRAVO.taskId), secret);
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: 'You have no role on this production; ask an admin to add you to it.',
    });
    const minutes = await server.dataSource.query(
      `SELECT t.id, coalesce(sum(e.minutes), 0)::int AS minutes FROM task t LEFT JOIN time_entry e ON e.task_id = t.id
        WHERE t.id = ANY($1::uuid[]) GROUP BY t.id`,
      [[prod.ALPHA.taskId, prod.BRAVO.taskId]],
    );
    expect(
      Object.fromEntries(minutes.map((m: { id: string; minutes: number }) => [m.id, m.minutes])),
    ).toEqual({
      [prod.ALPHA.taskId]: 45,
      [prod.BRAVO.taskId]: 0,
    });
    // A studio-wide role cannot be limited to productions.
    const exec = await server.gql(
      `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }`,
      {
        i: {
          name: 'exec reports',
          role: 'EXECUTIVE',
          scopes: ['REPORTS_READ'],
          productionIds: [prod.ALPHA.id],
        },
      },
      admin,
    );
    expect(exec.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'role' } });
  });

  it("a reviewer scoped to one demo production gets labour impact for that production only, and is refused another's", async () => {
    const [demo] = await server.dataSource.query(
      `SELECT p.id, p.code FROM production p JOIN task t ON t.production_id = p.id
        WHERE t.path <> 'HUMAN' GROUP BY p.id ORDER BY count(*) DESC, p.code LIMIT 1`,
    );
    const id = await invite('lena@studio.test', 'REVIEWER');
    await scope(id, [{ productionId: demo.id, role: 'REVIEWER' }]);
    const lena = await server.login('lena@studio.test', INVITED_PASSWORD);
    const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
    const LABOUR = `query($f: LabourImpactFilter!) { labourImpact(filter: $f, currency: "USD") {
      totals { finishedAiTasks displacedHours createdHours } } }`;
    const mine = await server.gql(LABOUR, { f: { quarters } }, lena);
    expect(mine.errors).toBeUndefined();
    const adminOne = await server.gql(LABOUR, { f: { quarters, productionIds: [demo.id] } }, admin);
    const adminAll = await server.gql(LABOUR, { f: { quarters } }, admin);
    // "All productions" for Lena is her one production: the admin's answer for it, not the studio's.
    expect(mine.data).toEqual(adminOne.data);
    expect(mine.data).not.toEqual(adminAll.data);
    const other = await server.gql(LABOUR, { f: { quarters, productionIds: [prod.BRAVO.id] } }, lena);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // The CSV download: hers is her production's; naming BRAVO beside it, even comma-separated, is refused.
    const csv = (query: string, token: string) =>
      fetch(`${server.url}/files/reports/labour-impact.csv?${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    const q = `quarters=${quarters.join(',')}&groupBy=QUARTER`;
    const mineCsv = await csv(q, lena);
    expect(mineCsv.status).toBe(200);
    expect(await mineCsv.text()).toBe(await (await csv(`${q}&productionIds=${demo.id}`, admin)).text());
    const both = await csv(`${q}&productionIds=${demo.id},${prod.BRAVO.id}`, lena);
    expect(both.status).toBe(403);
  });

  it("a reviewer scoped to ALPHA exports ALPHA's audit events, which verify, and is refused BRAVO's; the whole log is ALPHA's share", async () => {
    const id = await invite('vera@studio.test', 'REVIEWER');
    await scope(id, [{ productionId: prod.ALPHA.id, role: 'REVIEWER' }]);
    const vera = await server.login('vera@studio.test', INVITED_PASSWORD);
    const download = (query: string) =>
      fetch(`${server.url}/files/audit/export.jsonl?${query}`, {
        headers: { authorization: `Bearer ${vera}` },
      });
    const own = await download(`productionId=${prod.ALPHA.id}`);
    expect(own.status).toBe(200);
    const text = await own.text();
    expect(verifyAuditExport(text)).toMatchObject({ ok: true });
    const events = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .filter((l) => l.type === 'event');
    // ALPHA's creation and this export itself are there; nothing names BRAVO.
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['production.create', 'audit.export']),
    );
    expect(text).not.toContain(prod.BRAVO.id);
    expect((await download(`productionId=${prod.BRAVO.id}`)).status).toBe(403);
    // Asking for the whole log gives her ALPHA's share of it (decision 0037).
    const whole = await download('');
    expect(whole.status).toBe(200);
    expect(JSON.parse((await whole.text()).split('\n')[0])).toMatchObject({ productionId: prod.ALPHA.id });
  });

  it('reactivates a deactivated person, audited, and refuses reactivating an active one', async () => {
    const id = await invite('uma@studio.test', 'OPERATOR');
    const DEACTIVATE = `mutation($id: ID!) { deactivatePerson(id: $id) { active } }`;
    const REACTIVATE = `mutation($id: ID!) { reactivatePerson(id: $id) { active } }`;
    await server.gql(DEACTIVATE, { id }, admin);
    const uma = await server.gql(
      `mutation { login(email: "uma@studio.test", password: "a long enough phrase") { token } }`,
    );
    expect(uma.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(REACTIVATE, { id }, admin)).data?.reactivatePerson).toEqual({ active: true });
    const back = await server.login('uma@studio.test', INVITED_PASSWORD);
    expect((await server.gql(`{ me { email } }`, {}, back)).data?.me).toEqual({ email: 'uma@studio.test' });
    expect((await server.gql(REACTIVATE, { id }, admin)).errors?.[0].extensions?.code).toBe('CONFLICT');
    const actions = await server.dataSource.query(
      `SELECT action FROM audit_event WHERE subject_id = $1 AND action IN ('user.deactivate', 'user.reactivate') ORDER BY seq`,
      [id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['user.deactivate', 'user.reactivate']);
  });
});
