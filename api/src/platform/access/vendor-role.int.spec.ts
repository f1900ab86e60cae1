import {
  createProduction,
  INVITED_PASSWORD,
  invitePerson,
  setMemberships,
} from '../../../../test/support/people';
import { startTestServer, TestServer } from '../../../../test/support/server';

/**
 * The VENDOR production role (docs/decisions/0038-vendor-role.md): one production, CEDAR, with two
 * roto tasks; the first is assigned to Acme VFX, the second to nobody. Vic is VENDOR for Acme VFX
 * on CEDAR: he logs 90 minutes on the first task and is refused the second, everything else, and a
 * batch that mixes the two, which writes nothing.
 */
describe('the VENDOR role', () => {
  let server: TestServer;
  let admin: string;
  let planner: string;
  let vic: string;
  let vicId: string;
  let productionId: string;
  let acmeTask: string;
  let otherTask: string;

  const LOG = `mutation($i: TimeEntryInput!) { logTimeEntry(input: $i) { id minutes } }`;
  const entry = (taskId: string, minutes: number) => ({
    taskId,
    person: 'Vic Vendor',
    roleCode: 'COMPOSITOR',
    workDate: '2026-10-05',
    minutes,
    kind: 'ARTIST',
  });
  const minutesOn = async (taskId: string) =>
    (
      await server.dataSource.query(
        `SELECT coalesce(sum(minutes), 0)::int AS n FROM time_entry WHERE task_id = $1`,
        [taskId],
      )
    )[0].n;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.login('admin@frameledger.local');
    planner = await server.login('planner@frameledger.local');
    productionId = await createProduction(server, planner, 'CEDAR');
    const shot = await server.gql(
      `mutation($input: CreateShotInput!) { createShot(input: $input) { id } }`,
      { input: { productionId, code: 'SH010', sequence: 'SQ1', frameIn: 1001, frameOut: 1096 } },
      planner,
    );
    const tasks = await server.gql(
      `mutation($input: CreateTasksInput!) { createTasks(input: $input) { tasks { id } } }`,
      {
        input: { productionId, shotIds: [shot.data!.createShot.id], taskTypeCode: 'ROTO', complexity: 3 },
      },
      planner,
    );
    acmeTask = tasks.data!.createTasks.tasks[0].id;
    const more = await server.gql(
      `mutation($input: CreateTasksInput!) { createTasks(input: $input) { tasks { id } } }`,
      {
        input: { productionId, shotIds: [shot.data!.createShot.id], taskTypeCode: 'PAINT', complexity: 2 },
      },
      planner,
    );
    otherTask = more.data!.createTasks.tasks[0].id;
    const assigned = await server.gql(
      `mutation($id: ID!) { updateTask(id: $id, input: { vendorCompany: "Acme VFX" }) { vendorCompany } }`,
      { id: acmeTask },
      planner,
    );
    expect(assigned.data?.updateTask).toEqual({ vendorCompany: 'Acme VFX' });

    vicId = await invitePerson(server, admin, 'vic@acme.test', 'OPERATOR');
    const scoped = await setMemberships(server, admin, vicId, [
      { productionId, role: 'VENDOR', company: ' Acme VFX ' },
    ]);
    expect(scoped.data?.setPersonMemberships.memberships).toEqual([
      { productionId, role: 'VENDOR', company: 'Acme VFX' },
    ]);
    vic = await server.login('vic@acme.test', INVITED_PASSWORD);
  });
  afterAll(() => server?.stop());

  it("logs 90 minutes on the task assigned to Acme VFX, and is refused the production's other task", async () => {
    const logged = await server.gql(LOG, { i: entry(acmeTask, 90) }, vic);
    expect(logged.errors).toBeUndefined();
    expect(logged.data?.logTimeEntry.minutes).toBe(90);
    const refused = await server.gql(LOG, { i: entry(otherTask, 30) }, vic);
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message:
        "This task is not assigned to your company Acme VFX; ask the production's planner to assign it to you.",
    });
    expect([await minutesOn(acmeTask), await minutesOn(otherTask)]).toEqual([90, 0]);
  });

  it('a batch with one task of another company is refused whole and writes nothing', async () => {
    const BATCH = `mutation($e: [TimeEntryInput!]!) { logTimeEntries(entries: $e) { count minutes } }`;
    const refused = await server.gql(BATCH, { e: [entry(acmeTask, 15), entry(otherTask, 15)] }, vic);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect([await minutesOn(acmeTask), await minutesOn(otherTask)]).toEqual([90, 0]);
  });

  it('recording a vendor AI run on the unassigned task is refused before anything is checked or written', async () => {
    const [{ n: before }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM ai_run`);
    const run = await server.gql(
      `mutation($i: RecordAiRunInput!) { recordAiRun(input: $i) { id } }`,
      {
        i: {
          taskId: otherTask,
          toolId: '00000000-0000-4000-8000-000000000001',
          startedAt: '2026-10-05T09:00:00Z',
          finishedAt: '2026-10-05T10:00:00Z',
          usage: { unit: 'SECOND_OF_FOOTAGE', quantity: '12' },
          invoiceRef: 'ACME-1',
          operator: 'Vic Vendor',
        },
      },
      vic,
    );
    expect(run.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/^This task is not assigned to your company Acme VFX/),
    });
    const [{ n: after }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM ai_run`);
    expect(after).toBe(before);
  });

  it("uploads a run's outputs for the Acme task (audited on CEDAR), not for the other task nor for no task", async () => {
    const upload = (query: string) => {
      const form = new FormData();
      form.append('file', new Blob([`acme output ${query} ${Date.now()}`]), 'ACME_v001.exr');
      return fetch(`${server.url}/files/vendor-ai/outputs${query}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${vic}` },
        body: form,
      });
    };
    const mine = await upload(`?taskId=${acmeTask}`);
    expect(mine.status).toBe(201);
    const [output] = (await mine.json()) as { fileId: string }[];
    const [event] = await server.dataSource.query(
      `SELECT production_id AS "productionId", payload->'after'->>'taskId' AS "taskId" FROM audit_event
        WHERE action = 'ai_run.output.upload' AND subject_id = $1`,
      [output.fileId],
    );
    expect(event).toEqual({ productionId, taskId: acmeTask });
    expect((await upload(`?taskId=${otherTask}`)).status).toBe(403);
    expect((await upload('')).status).toBe(403);
  });

  it('reads nothing else: the tasks list and the studio catalogues are refused with a sentence', async () => {
    const tasks = await server.gql(
      `query($p: ID!) { tasks(productionId: $p) { totalCount } }`,
      { p: productionId },
      vic,
    );
    expect(tasks.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(
        /^Your role VENDOR on this production may not do this; it needs one of: /,
      ),
    });
    const roles = await server.gql(`{ labourRoles { totalCount } }`, {}, vic);
    expect(roles.errors?.[0].message).toMatch(/^None of your production roles may do this/);
    // Who they are, with their company, they may read.
    expect((await server.gql(`{ me { memberships { role company } } }`, {}, vic)).data?.me).toEqual({
      memberships: [{ role: 'VENDOR', company: 'Acme VFX' }],
    });
  });

  it('VENDOR needs a company and only VENDOR has one; it is no studio-wide role and no token role', async () => {
    const noCompany = await setMemberships(server, admin, vicId, [{ productionId, role: 'VENDOR' }]);
    expect(noCompany.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'memberships' },
      message: 'A VENDOR membership needs the company the person works for, e.g. Acme VFX.',
    });
    const plannerWithCompany = await setMemberships(server, admin, vicId, [
      { productionId, role: 'PLANNER', company: 'Acme VFX' },
    ]);
    expect(plannerWithCompany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const studioWide = await server.gql(
      `mutation($id: ID!) { changePersonRole(id: $id, role: VENDOR) { role } }`,
      { id: vicId },
      admin,
    );
    expect(studioWide.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    const token = await server.gql(
      `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }`,
      { i: { name: 'acme sync', role: 'VENDOR', scopes: ['TIME_WRITE'], productionIds: [productionId] } },
      admin,
    );
    expect(token.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    // Vic is still VENDOR for Acme VFX: none of the refused changes wrote anything.
    const [row] = await server.dataSource.query(
      `SELECT role::text, company FROM production_membership WHERE user_id = $1`,
      [vicId],
    );
    expect(row).toEqual({ role: 'VENDOR', company: 'Acme VFX' });
  });
  it('VENDOR on CEDAR beside REVIEWER on OAK: the productions list shows OAK only, as a vendor reads nothing', async () => {
    const oak = await createProduction(server, planner, 'OAK');
    const both = await setMemberships(server, admin, vicId, [
      { productionId, role: 'VENDOR', company: 'Acme VFX' },
      { productionId: oak, role: 'REVIEWER' },
    ]);
    expect(both.errors).toBeUndefined();
    const listed = await server.gql(`{ productions(first: 50) { edges { node { code } } } }`, {}, vic);
    expect(listed.data?.productions.edges).toEqual([{ node: { code: 'OAK' } }]);
    // Still a vendor on CEDAR: the Acme task takes his time, the production's task list does not open.
    expect((await server.gql(LOG, { i: entry(acmeTask, 10) }, vic)).errors).toBeUndefined();
    const tasks = await server.gql(
      `query($p: ID!) { tasks(productionId: $p) { totalCount } }`,
      { p: productionId },
      vic,
    );
    expect(tasks.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
