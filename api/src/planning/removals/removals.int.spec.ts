import { INVITED_PASSWORD, invitePerson } from '../../../../test/support/people';
import { startTestServer, TestServer } from '../../../../test/support/server';

const CREATE_SHOT = `mutation($input: CreateShotInput!) { createShot(input: $input) { id code } }`;
const CREATE_TASKS = `mutation($input: CreateTasksInput!) { createTasks(input: $input) { tasks { id } } }`;
const UPDATE_SHOT = `mutation($id: ID!, $input: UpdateShotInput!) {
  updateShot(id: $id, input: $input) { id code sequence frameIn frameOut frameCount description }
}`;
const DELETE_TASK = `mutation($id: ID!) { deleteTask(id: $id) { shotId taskIds summary } }`;
const DELETE_SHOT = `mutation($id: ID!) { deleteShot(id: $id) { shotId taskIds summary } }`;

describe('editing and deleting shots and tasks', () => {
  let server: TestServer;
  let planner: string;
  let productionId: string;

  const count = async (sql: string, params: unknown[] = []) =>
    (await server.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
  const events = (action: string, subjectId: string) =>
    server.dataSource.query(`SELECT actor, payload FROM audit_event WHERE action = $1 AND subject_id = $2`, [
      action,
      subjectId,
    ]);
  const shotWithTasks = async (code: string, taskTypeCodes: string[]) => {
    const shot = await server.gql(
      CREATE_SHOT,
      { input: { productionId, code, sequence: 'SQ1', frameIn: 1001, frameOut: 1048 } },
      planner,
    );
    const shotId = shot.data!.createShot.id as string;
    const taskIds: string[] = [];
    for (const taskTypeCode of taskTypeCodes) {
      const created = await server.gql(
        CREATE_TASKS,
        { input: { productionId, shotIds: [shotId], taskTypeCode, complexity: 2 } },
        planner,
      );
      taskIds.push(created.data!.createTasks.tasks[0].id);
    }
    return { shotId, taskIds };
  };
  const logTime = async (taskId: string, workDate: string, minutes: number) => {
    const [role] = await server.dataSource.query(`SELECT id FROM labour_role WHERE code = 'ROTO_ARTIST'`);
    await server.dataSource.query(
      `INSERT INTO time_entry (task_id, person, labour_role_id, work_date, minutes, kind) VALUES ($1, 'Ana Ruiz', $2, $3, $4, 'ARTIST')`,
      [taskId, role.id, workDate, minutes],
    );
  };

  beforeAll(async () => {
    server = await startTestServer();
    planner = await server.login('planner@frameledger.local');
    const created = await server.gql(
      `mutation { createProduction(input: { code: "EDITS", title: "Edit tests", currency: "USD", vfxBudgetMinor: "100000000",
         startDate: "2026-01-01", deliveryDate: "2026-12-31", country: "US" }) { id } }`,
      {},
      planner,
    );
    productionId = created.data!.createProduction.id;
  });
  afterAll(() => server?.stop());

  it('deletes an untouched task and audits what it was', async () => {
    const { shotId, taskIds } = await shotWithTasks('SH100', ['ROTO']);
    const [plannerUser] = await server.dataSource.query(
      `SELECT id FROM app_user WHERE email = 'planner@frameledger.local'`,
    );
    // The report aggregates hold a row per task; the delete trigger takes it with the task.
    expect(await count(`report_task WHERE task_id = $1`, [taskIds[0]])).toBe(1);
    const result = await server.gql(DELETE_TASK, { id: taskIds[0] }, planner);
    expect(result.errors).toBeUndefined();
    expect(await count(`report_task WHERE task_id = $1`, [taskIds[0]])).toBe(0);
    expect(result.data?.deleteTask).toEqual({
      shotId: null,
      taskIds: [taskIds[0]],
      summary: 'Deleted the Rotoscoping task on shot SH100.',
    });
    expect(await count(`task WHERE id = $1`, [taskIds[0]])).toBe(0);
    expect(await count(`shot WHERE id = $1`, [shotId])).toBe(1);
    const [event] = await events('task.delete', taskIds[0]);
    expect(event.actor).toBe(plannerUser.id);
    expect(event.payload).toEqual({
      before: {
        id: taskIds[0],
        shotId,
        taskTypeName: 'Rotoscoping',
        path: 'HUMAN',
        status: 'PLANNED',
        complexity: 2,
      },
      after: null,
    });
  });

  it('refuses to delete a task with time logged, says why and what to do, and writes nothing', async () => {
    const { taskIds } = await shotWithTasks('SH110', ['ROTO']);
    await logTime(taskIds[0], '2026-03-10', 150);
    await logTime(taskIds[0], '2026-04-02', 60);
    await server.dataSource.query(
      `INSERT INTO period_lock (production_id, month) VALUES ($1, '2026-03-01')`,
      [productionId],
    );
    const auditBefore = await count('audit_event');
    const result = await server.gql(DELETE_TASK, { id: taskIds[0] }, planner);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reasons: ['TIME_LOGGED', 'CLOSED_MONTH'],
    });
    expect(result.errors?.[0].message).toBe(
      "The Rotoscoping task on shot SH110 can't be deleted: it has 3.5 h of time logged (2 entries, some in March 2026, a closed month). " +
        'Deleting would erase recorded work and cost from the ledger; set its status to Omitted to take it out of the plan instead.',
    );
    expect(await count(`task WHERE id = $1`, [taskIds[0]])).toBe(1);
    expect(await count(`time_entry WHERE task_id = $1`, [taskIds[0]])).toBe(2);
    expect(await count('audit_event')).toBe(auditBefore);
  });

  it('deletes a shot with its untouched tasks in one audited step', async () => {
    const { shotId, taskIds } = await shotWithTasks('SH120', ['ROTO', 'COMP']);
    const result = await server.gql(DELETE_SHOT, { id: shotId }, planner);
    expect(result.errors).toBeUndefined();
    expect(result.data?.deleteShot.summary).toBe(
      'Deleted shot SH120 and its 2 tasks (Compositing and Rotoscoping).',
    );
    expect([...result.data!.deleteShot.taskIds].sort()).toEqual([...taskIds].sort());
    expect(await count(`task WHERE shot_id = $1`, [shotId])).toBe(0);
    const [event] = await events('shot.delete', shotId);
    expect(event.payload.before).toMatchObject({ code: 'SH120', productionId });
    expect(event.payload.before.tasks).toHaveLength(2);
  });

  it('refuses to delete a shot when one of its tasks has a vendor AI run, and keeps every task', async () => {
    const { shotId, taskIds } = await shotWithTasks('SH130', ['ROTO', 'COMP']);
    await server.dataSource.query(
      `INSERT INTO ai_run (task_id, source, external_ref, model_label, device_class, wall_ms, finished_at, currency, compute_cost_minor)
       VALUES ($1, 'EXTERNAL', 'INV-1', 'Vendor roto', 'vendor', 1000, now(), 'USD', 2500)`,
      [taskIds[1]],
    );
    const auditBefore = await count('audit_event');
    const result = await server.gql(DELETE_SHOT, { id: shotId }, planner);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reasons: ['AI_RUNS'] });
    expect(result.errors?.[0].message).toMatch(
      /^Shot SH130 can't be deleted: its Compositing task has 1 vendor AI run\. .*set that task's status to Omitted/,
    );
    expect(await count(`task WHERE shot_id = $1`, [shotId])).toBe(2);
    expect(await count('audit_event')).toBe(auditBefore);
  });

  it('changes a shot: a new code and frames, audited; a code taken in the production is a CONFLICT', async () => {
    const { shotId } = await shotWithTasks('SH140', []);
    await shotWithTasks('SH150', []);
    const result = await server.gql(
      UPDATE_SHOT,
      { id: shotId, input: { code: 'SH140A', frameOut: 1096, description: 'Wide of the bridge' } },
      planner,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateShot).toEqual({
      id: shotId,
      code: 'SH140A',
      sequence: 'SQ1',
      frameIn: 1001,
      frameOut: 1096,
      frameCount: 96,
      description: 'Wide of the bridge',
    });
    const [event] = await events('shot.update', shotId);
    expect(event.payload.before).toMatchObject({ code: 'SH140', frameCount: 48 });
    expect(event.payload.after).toMatchObject({ code: 'SH140A', frameCount: 96 });

    const auditBefore = await count('audit_event');
    const taken = await server.gql(UPDATE_SHOT, { id: shotId, input: { code: 'SH150' } }, planner);
    expect(taken.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(taken.errors?.[0].message).toMatch(/^Shot SH150 exists already in this production/);
    const backwards = await server.gql(UPDATE_SHOT, { id: shotId, input: { frameIn: 2000 } }, planner);
    const nothing = await server.gql(UPDATE_SHOT, { id: shotId, input: { code: null } }, planner);
    expect(nothing.data?.updateShot.code).toBe('SH140A');
    expect(backwards.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.frameIn',
    });
    expect(await count(`shot WHERE id = $1 AND code = 'SH140A' AND frame_in = 1001`, [shotId])).toBe(1);
    expect(await count('audit_event')).toBe(auditBefore);
  });

  it('lets a planner scoped to this production change and delete its tasks, and no other production’s', async () => {
    const admin = await server.login('admin@frameledger.local');
    const personId = await invitePerson(server, admin, 'edith@studio.test', 'PLANNER');
    await server.gql(
      `mutation($id: ID!, $m: [MembershipInput!]!) { setPersonMemberships(id: $id, memberships: $m) { role } }`,
      { id: personId, m: [{ productionId, role: 'PLANNER' }] },
      admin,
    );
    const edith = await server.login('edith@studio.test', INVITED_PASSWORD);
    const { shotId, taskIds } = await shotWithTasks('SH170', ['ROTO']);
    const UPDATE_TASK = `mutation($id: ID!) { updateTask(id: $id, input: { complexity: 4 }) { complexity } }`;
    expect((await server.gql(UPDATE_TASK, { id: taskIds[0] }, edith)).data?.updateTask).toEqual({
      complexity: 4,
    });
    expect((await server.gql(DELETE_TASK, { id: taskIds[0] }, edith)).errors).toBeUndefined();

    const [foreign] = await server.dataSource.query(
      `SELECT s.id AS "shotId", t.id AS "taskId" FROM task t JOIN shot s ON s.id = t.shot_id
       JOIN production p ON p.id = s.production_id WHERE p.code = 'DERRUMBE' LIMIT 1`,
    );
    for (const [document, id] of [
      [UPDATE_TASK, foreign.taskId],
      [DELETE_TASK, foreign.taskId],
      [DELETE_SHOT, foreign.shotId],
    ]) {
      expect((await server.gql(document, { id }, edith)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await count(`task WHERE id = $1`, [foreign.taskId])).toBe(1);
    expect(await count(`shot WHERE id = $1`, [shotId])).toBe(1);
  });

  it('lets a reviewer do none of it, and answers NOT_FOUND for an id nothing has', async () => {
    const { shotId, taskIds } = await shotWithTasks('SH160', ['ROTO']);
    const reviewer = await server.login('reviewer@frameledger.local');
    expect((await server.gql(DELETE_TASK, { id: taskIds[0] }, reviewer)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await server.gql(UPDATE_SHOT, { id: shotId, input: { code: 'X' } }, reviewer)).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await server.gql(DELETE_SHOT, { id: missing }, planner)).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(await count(`task WHERE id = $1`, [taskIds[0]])).toBe(1);
  });
});
