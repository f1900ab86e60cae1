import { startTestServer, TestServer } from '../../../test/support/server';
import { EpisodesRepository } from '../productions/episodes/episodes.repository';
import { ShotsRepository } from '../productions/shots/shots.repository';

const CREATE_TASKS = `mutation($input: CreateTasksInput!) {
  createTasks(input: $input) { created tasks { id complexity path taskType { code } baseline { hours source working } } }
}`;
const UPDATE_TASK = `mutation($id: ID!, $input: UpdateTaskInput!) {
  updateTask(id: $id, input: $input) { path complexity likenessKind performerName aiForbidden baseline { hours source working } }
}`;

describe('planning: task types, tasks and scenarios', () => {
  let server: TestServer;
  let planner: string;
  let productionId: string;
  let shotIds: string[];
  const taskCount = async () =>
    (
      await server.dataSource.query(`SELECT count(*)::int AS n FROM task WHERE production_id = $1`, [
        productionId,
      ])
    )[0].n;

  beforeAll(async () => {
    server = await startTestServer();
    planner = await server.login('planner@frameledger.local');
    const created = await server.gql(
      `mutation { createProduction(input: { code: "PLANS", title: "Planning tests", currency: "USD", vfxBudgetMinor: "100000000",
         startDate: "2026-01-01", deliveryDate: "2026-12-31", country: "US" }) { id } }`,
      {},
      planner,
    );
    productionId = created.data!.createProduction.id;
    shotIds = [];
    for (const [code, frameOut] of [
      ['SH010', 1096],
      ['SH020', 1048],
    ] as const) {
      const shot = await server.gql(
        `mutation($input: CreateShotInput!) { createShot(input: $input) { id frameCount } }`,
        { input: { productionId, code, sequence: 'SQ1', frameIn: 1001, frameOut } },
        planner,
      );
      shotIds.push(shot.data!.createShot.id);
    }
  });
  afterAll(() => server?.stop());

  it('lists the task types with their baseline roles and bid templates (roto at 28 frames a day at level 2)', async () => {
    const result = await server.gql(
      `{ taskTypes(first: 20) { totalCount edges { node { code baselineRole { code } bidTemplates { unit complexity mostLikely source } } } } }`,
      {},
      planner,
    );
    expect(result.data?.taskTypes.totalCount).toBe(11);
    const roto = result.data!.taskTypes.edges.find(
      (e: { node: { code: string } }) => e.node.code === 'ROTO',
    ).node;
    expect(roto.baselineRole.code).toBe('ROTO_ARTIST');
    expect(
      roto.bidTemplates
        .filter((t: { complexity: number }) => t.complexity <= 3)
        .map((t: { mostLikely: number }) => t.mostLikely),
    ).toEqual([56, 28, 14]);
    expect(roto.bidTemplates[1]).toMatchObject({
      unit: 'FRAME',
      source: expect.stringMatching(/^Foundry roto baseline/),
    });
  });

  it('creates a task per shot from a template: 96 frames of level-3 roto at 14 frames a day is 54.86 h', async () => {
    const result = await server.gql(
      CREATE_TASKS,
      { input: { productionId, shotIds, taskTypeCode: 'ROTO', complexity: 3 } },
      planner,
    );
    expect(result.errors).toBeUndefined();
    const [first, second] = result.data!.createTasks.tasks.sort(
      (a: { baseline: { hours: number } }, b: { baseline: { hours: number } }) =>
        b.baseline.hours - a.baseline.hours,
    );
    expect(result.data!.createTasks.created).toBe(2);
    expect(first.baseline).toEqual({
      hours: 54.857142857142854,
      source: 'TEMPLATE',
      working: '96 frames / 14 frames a day x 8 h a day = 54.86 h',
    });
    expect(second.baseline.hours).toBeCloseTo((48 / 14) * 8, 10);
  });

  it('refuses a shot of another production, a shot with the task already, and writes nothing', async () => {
    const before = await taskCount();
    const [{ id: foreign }] = await server.dataSource.query(
      `SELECT s.id FROM shot s JOIN production p ON p.id = s.production_id WHERE p.code = 'DERRUMBE' LIMIT 1`,
    );
    const outside = await server.gql(
      CREATE_TASKS,
      { input: { productionId, shotIds: [shotIds[0], foreign], taskTypeCode: 'COMP', complexity: 2 } },
      planner,
    );
    expect(outside.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.shotIds[1]',
    });
    expect(outside.errors?.[0].message).toMatch(/belongs to another production/);
    const twice = await server.gql(
      CREATE_TASKS,
      { input: { productionId, shotIds, taskTypeCode: 'ROTO', complexity: 2 } },
      planner,
    );
    expect(twice.errors?.[0].message).toBe('Shots SH010 and SH020 already have a ROTO task; leave them out.');
    expect(await taskCount()).toBe(before);
  });

  it('changes a task: complexity re-bids it, an override replaces the bid, policy and likeness rules hold', async () => {
    const { data } = await server.gql(
      CREATE_TASKS,
      { input: { productionId, shotIds: [shotIds[0]], taskTypeCode: 'COMP', complexity: 2 } },
      planner,
    );
    const id = data!.createTasks.tasks[0].id;
    expect(data!.createTasks.tasks[0].baseline.hours).toBe(8);
    const harder = await server.gql(UPDATE_TASK, { id, input: { complexity: 4 } }, planner);
    expect(harder.data?.updateTask.baseline).toEqual({
      hours: 32,
      source: 'TEMPLATE',
      working: 'Compositing at complexity 4, bid per shot: 32 h',
    });
    const override = await server.gql(UPDATE_TASK, { id, input: { baselineHoursOverride: 20.5 } }, planner);
    expect(override.data?.updateTask.baseline).toMatchObject({ hours: 20.5, source: 'OVERRIDE' });

    const forbidden = await server.gql(
      UPDATE_TASK,
      { id, input: { aiForbidden: true, path: 'AI_ASSISTED' } },
      planner,
    );
    expect(forbidden.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.path' });
    const nameless = await server.gql(
      UPDATE_TASK,
      { id, input: { likenessKind: 'DIGITAL_ALTERATION' } },
      planner,
    );
    expect(nameless.errors?.[0].extensions?.field).toBe('input.performerName');
    const likeness = await server.gql(
      UPDATE_TASK,
      { id, input: { likenessKind: 'DIGITAL_ALTERATION', performerName: 'Ana Test', path: 'AI_ASSISTED' } },
      planner,
    );
    expect(likeness.data?.updateTask).toMatchObject({
      path: 'AI_ASSISTED',
      likenessKind: 'DIGITAL_ALTERATION',
      performerName: 'Ana Test',
    });
    const events = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'task.update' AND subject_id = $1`,
      [id],
    );
    expect(events[0].n).toBe(3);
  });

  it("loads a page of tasks' shots and episodes with one query each (DataLoader per request)", async () => {
    const shots = jest.spyOn(server.app.get(ShotsRepository), 'byIds');
    const episodes = jest.spyOn(server.app.get(EpisodesRepository), 'byIds');
    const [{ id: derrumbe }] = await server.dataSource.query(
      `SELECT id FROM production WHERE code = 'DERRUMBE'`,
    );
    const result = await server.gql(
      `query($p: ID!) { tasks(productionId: $p, sequence: "COL", taskTypeCode: "FX", first: 50) {
         totalCount edges { node { path shot { code frameCount episode { number } } } } } }`,
      { p: derrumbe },
      planner,
    );
    expect(result.data?.tasks.totalCount).toBe(24);
    expect(
      result.data?.tasks.edges.every(
        (e: { node: { shot: { episode: { number: number } } } }) => e.node.shot.episode.number === 6,
      ),
    ).toBe(true);
    expect(shots).toHaveBeenCalledTimes(1);
    expect(episodes).toHaveBeenCalledTimes(1);
    shots.mockRestore();
    episodes.mockRestore();
  });

  it('saves a scenario, checks its codes, and lists the demo’s', async () => {
    const input = {
      productionId,
      name: 'AI roto',
      assumptions: {
        pathByTaskType: [{ taskTypeCode: 'ROTO', path: 'AI_ASSISTED' }],
        reworkRatePercent: 12.5,
        gpuDeviceClass: 'L4',
        gpuPricePerHourMinor: '95',
        gpuPriceCurrency: 'USD',
        headcounts: [{ roleCode: 'ROTO_ARTIST', people: 4 }],
        gpuCount: 2,
        contingencyPercent: 10,
      },
    };
    const SAVE = `mutation($input: CreateScenarioInput!) { createScenario(input: $input) {
      id name assumptions { pathByTaskType { taskTypeCode path } reworkRatePercent gpuPricePerHour { formatted } headcounts { roleCode people } gpuSecondsPerFrame hoursPerWeek } } }`;
    const bad = await server.gql(
      SAVE,
      {
        input: {
          ...input,
          assumptions: { ...input.assumptions, headcounts: [{ roleCode: 'WIZARD', people: 1 }] },
        },
      },
      planner,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.assumptions.headcounts[0].roleCode',
    });
    const saved = await server.gql(SAVE, { input }, planner);
    expect(saved.data?.createScenario.assumptions).toEqual({
      pathByTaskType: [{ taskTypeCode: 'ROTO', path: 'AI_ASSISTED' }],
      reworkRatePercent: 12.5,
      gpuPricePerHour: { formatted: '$0.95' },
      headcounts: [{ roleCode: 'ROTO_ARTIST', people: 4 }],
      gpuSecondsPerFrame: 2,
      hoursPerWeek: 40,
    });
    const again = await server.gql(SAVE, { input }, planner);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    const [{ id: derrumbe }] = await server.dataSource.query(
      `SELECT id FROM production WHERE code = 'DERRUMBE'`,
    );
    const demo = await server.gql(
      `query($p: ID!) { scenarios(productionId: $p) { edges { node { name } } } }`,
      { p: derrumbe },
      planner,
    );
    expect(demo.data?.scenarios.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'AI-assisted collapse',
      'All human',
    ]);
  });

  it('lets the executive read tasks but not plan them', async () => {
    const executive = await server.login('executive@frameledger.local');
    const read = await server.gql(
      `query($p: ID!) { tasks(productionId: $p) { totalCount } }`,
      { p: productionId },
      executive,
    );
    expect(read.data?.tasks.totalCount).toBe(3);
    const write = await server.gql(
      CREATE_TASKS,
      { input: { productionId, shotIds: [shotIds[1]], taskTypeCode: 'COMP', complexity: 1 } },
      executive,
    );
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets one of six planners renaming a shot to SH777 at the same moment in; the others hear CONFLICT, never INTERNAL_SERVER_ERROR', async () => {
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const shot = await server.gql(
        `mutation($input: CreateShotInput!) { createShot(input: $input) { id } }`,
        { input: { productionId, code: `RACE${n}`, sequence: 'SQ7', frameIn: 1001, frameOut: 1010 } },
        planner,
      );
      ids.push(shot.data!.createShot.id);
    }
    const answers = await Promise.all(
      ids.map((id) =>
        server.gql(
          `mutation($id: ID!) { updateShot(id: $id, input: { code: "SH777" }) { id } }`,
          { id },
          planner,
        ),
      ),
    );
    expect(answers.filter((a) => a.data?.updateShot?.id)).toHaveLength(1);
    const refused = answers.flatMap((a) => a.errors ?? []);
    expect(refused.map((e) => e.extensions?.code)).toEqual(Array(5).fill('CONFLICT'));
    const [{ n }] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM shot WHERE production_id = $1 AND code = 'SH777'`,
      [productionId],
    );
    expect(n).toBe(1);
  });

  it('refuses to deliver AI-final output in the final deliverable until a human signs it off', async () => {
    const shot = await server.gql(
      `mutation($input: CreateShotInput!) { createShot(input: $input) { id } }`,
      { input: { productionId, code: 'SH900', sequence: 'SQ9', frameIn: 1001, frameOut: 1096 } },
      planner,
    );
    const created = await server.gql(
      CREATE_TASKS,
      { input: { productionId, shotIds: [shot.data!.createShot.id], taskTypeCode: 'COMP', complexity: 2 } },
      planner,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createTasks.tasks[0].id;
    await server.gql(UPDATE_TASK, { id, input: { path: 'AI_FINAL', inFinalDeliverable: true } }, planner);
    const deliver = () =>
      server.gql(
        `mutation($id: ID!) { updateTask(id: $id, input: { status: DONE }) { status } }`,
        { id },
        planner,
      );

    const refused = await deliver();
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'POLICY_BLOCKED',
      ruleId: 'AI_FINAL_SIGN_OFF',
    });
    const [{ status }] = await server.dataSource.query(`SELECT status FROM task WHERE id = $1`, [id]);
    expect(status).toBe('PLANNED');

    // A vendor's render log: the AI output a supervisor then reviews and signs off.
    await server.dataSource.query(
      `INSERT INTO ai_run (task_id, source, external_ref, model_label, device_class, wall_ms, frames, finished_at, currency, compute_cost_minor)
       VALUES ($1, 'EXTERNAL', 'vendor-log-1', 'vendor comp model', 'L4', 600000, 96, now() - interval '1 hour', 'USD', 80)`,
      [id],
    );
    const signed = await server.gql(
      `mutation($id: ID!) { signOffTask(taskId: $id) { taskId } }`,
      { id },
      planner,
    );
    expect(signed.errors).toBeUndefined();
    expect((await deliver()).data?.updateTask.status).toBe('DONE');
  });
});
