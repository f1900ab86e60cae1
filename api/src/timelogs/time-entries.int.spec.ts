import { startTestServer, TestServer } from '../../../test/support/server';

const LOG_MANY = `mutation($entries: [TimeEntryInput!]!) { logTimeEntries(entries: $entries) { count minutes hours } }`;
const LOG_ONE = `mutation($input: TimeEntryInput!) {
  logTimeEntry(input: $input) { id person workDate minutes kind task { taskType { code } shot { code } } role { code } }
}`;

interface Entry {
  taskId: string;
  person: string;
  roleCode: string;
  workDate: string;
  minutes: number;
  kind: string;
  note?: string;
}

describe('time entries', () => {
  let server: TestServer;
  let operator: string;
  let planner: string;
  let tasks: Array<{ id: string; productionId: string }>;
  let derrumbe: string;
  const entryCount = async () =>
    (await server.dataSource.query(`SELECT count(*)::int AS n FROM time_entry`))[0].n;
  const entry = (i: number, extra: Partial<Entry> = {}): Entry => ({
    taskId: tasks[i % tasks.length].id,
    person: `Batch Artist ${i % 100}`,
    roleCode: 'COMPOSITOR',
    // October and November 2026 are open months in the demo.
    workDate: `2026-${i % 2 === 0 ? '10' : '11'}-${String(1 + (i % 28)).padStart(2, '0')}`,
    minutes: 60,
    kind: 'ARTIST',
    ...extra,
  });

  beforeAll(async () => {
    server = await startTestServer();
    operator = await server.login('operator@frameledger.local');
    planner = await server.login('planner@frameledger.local');
    [{ id: derrumbe }] = await server.dataSource.query(`SELECT id FROM production WHERE code = 'DERRUMBE'`);
    tasks = await server.dataSource.query(
      `SELECT t.id, t.production_id AS "productionId" FROM task t WHERE t.production_id = $1 ORDER BY t.id LIMIT 50`,
      [derrumbe],
    );
  });
  afterAll(() => server?.stop());

  it('lets an operator log one entry, and reads it back with its task, shot and role', async () => {
    const result = await server.gql(
      LOG_ONE,
      { input: entry(0, { kind: 'AI_REVIEW', note: 'checked the matte' }) },
      operator,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.logTimeEntry).toMatchObject({
      person: 'Batch Artist 0',
      workDate: '2026-10-01',
      minutes: 60,
      kind: 'AI_REVIEW',
      role: { code: 'COMPOSITOR' },
    });
    const [event] = await server.dataSource.query(
      `SELECT action, subject_id AS "subjectId" FROM audit_event ORDER BY seq DESC LIMIT 1`,
    );
    expect(event).toEqual({ action: 'time_entry.create', subjectId: result.data!.logTimeEntry.id });
  });

  it('refuses the reviewer', async () => {
    const reviewer = await server.login('reviewer@frameledger.local');
    const result = await server.gql(LOG_ONE, { input: entry(1) }, reviewer);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('checks a 5,000-entry batch as a whole: one bad entry refuses all of it, naming its index', async () => {
    const before = await entryCount();
    const entries = Array.from({ length: 5000 }, (_, i) => entry(i));
    entries[3172] = { ...entries[3172], minutes: 0 };
    const refused = await server.gql(LOG_MANY, { entries }, operator);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'entries[3172].minutes',
    });
    expect(refused.errors?.[0].message).toBe(
      '1 of 5000 entries are refused and nothing was saved. Entry 3172: minutes 0 must be a whole number above 0.',
    );
    expect(await entryCount()).toBe(before);

    entries[3172] = entry(3172);
    const logged = await server.gql(LOG_MANY, { entries }, operator);
    expect(logged.data?.logTimeEntries).toEqual({ count: 5000, minutes: 300000, hours: 5000 });
    expect(await entryCount()).toBe(before + 5000);
    const [event] = await server.dataSource.query(
      `SELECT action, payload FROM audit_event ORDER BY seq DESC LIMIT 1`,
    );
    expect(event.action).toBe('time_entry.create_batch');
    expect(event.payload.after).toEqual({
      count: 5000,
      minutes: 300000,
      byProduction: [{ productionId: derrumbe, entries: 5000, minutes: 300000 }],
    });
  });

  it('refuses more than 5,000 entries in one call', async () => {
    const result = await server.gql(
      LOG_MANY,
      { entries: Array.from({ length: 5001 }, (_, i) => entry(i)) },
      operator,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entries' });
  });

  it('names every unknown task and role, with its index', async () => {
    const result = await server.gql(
      LOG_MANY,
      {
        entries: [
          entry(0),
          entry(1, { taskId: '3f0c2a8e-5b1d-4c7e-9a2f-0d6b8e4c1a77' }),
          entry(2, { roleCode: 'WIZARD' }),
        ],
      },
      operator,
    );
    expect(result.errors?.[0].extensions?.problems).toEqual([
      {
        field: 'entries[1].taskId',
        message:
          'Entry 1: no task has the id 3f0c2a8e-5b1d-4c7e-9a2f-0d6b8e4c1a77; check the id against the task list.',
      },
      {
        field: 'entries[2].roleCode',
        message: 'Entry 2: no labour role has the code WIZARD; pick one from labourRoles.',
      },
    ]);
  });

  it('refuses absurd hours: more than 24 h in one entry, and in one day counting what is stored', async () => {
    const long = await server.gql(LOG_MANY, { entries: [entry(0, { minutes: 2000 })] }, operator);
    expect(long.errors?.[0].message).toMatch(
      /Entry 0: minutes 2000 is more than the 1440 minutes \(24 h\) in a day\./,
    );

    const day = { person: 'Dana Night', workDate: '2026-10-05' };
    expect(
      (await server.gql(LOG_MANY, { entries: [entry(0, { ...day, minutes: 1200 })] }, operator)).errors,
    ).toBeUndefined();
    const over = await server.gql(
      LOG_MANY,
      { entries: [entry(1, { ...day, person: 'dana night', minutes: 300 })] },
      operator,
    );
    expect(over.errors?.[0].extensions?.field).toBe('entries[0].minutes');
    expect(over.errors?.[0].message).toBe(
      '1 of 1 entry is refused and nothing was saved. Entry 0: dana night would have 25 h logged on 2026-10-05, 20 h of it already stored; one person cannot log more than 24 h in a day.',
    );
  });

  it('refuses entries in a closed month until it is reopened', async () => {
    const seededClosed = await server.gql(
      LOG_MANY,
      { entries: [entry(0, { workDate: '2026-03-10' })] },
      operator,
    );
    expect(seededClosed.errors?.[0].extensions?.field).toBe('entries[0].workDate');
    expect(seededClosed.errors?.[0].message).toMatch(/Entry 0: 2026-03 is a closed month for DERRUMBE/);

    const period = { productionId: derrumbe, month: '2026-11' };
    const lock = await server.gql(
      `mutation($productionId: ID!, $month: String!) { lockPeriod(productionId: $productionId, month: $month) { month lockedBy } }`,
      period,
      planner,
    );
    expect(lock.data?.lockPeriod).toEqual({ month: '2026-11', lockedBy: 'planner@frameledger.local' });
    const november = entry(1, { workDate: '2026-11-16', person: 'Closed Month' });
    expect((await server.gql(LOG_MANY, { entries: [november] }, operator)).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    await server.gql(
      `mutation($productionId: ID!, $month: String!) { unlockPeriod(productionId: $productionId, month: $month) }`,
      period,
      planner,
    );
    expect((await server.gql(LOG_MANY, { entries: [november] }, operator)).data?.logTimeEntries.count).toBe(
      1,
    );
  });

  it('lists a production’s entries, filtered by person and date', async () => {
    const result = await server.gql(
      `query($p: ID!) { timeEntries(productionId: $p, person: "DANA NIGHT", from: "2026-10-01", to: "2026-10-31") {
         totalCount edges { node { minutes task { shot { code } } } } } }`,
      { p: derrumbe },
      operator,
    );
    expect(result.data?.timeEntries.totalCount).toBe(1);
    expect(result.data?.timeEntries.edges[0].node.minutes).toBe(1200);
  });
});

describe('importTimeEntries', () => {
  let server: TestServer;
  let planner: string;
  const IMPORT = `mutation($content: String!, $dryRun: Boolean!) {
    importTimeEntries(format: CSV, content: $content, dryRun: $dryRun) {
      committed count hours entries { line roleCode minutes kind } errors { line field message }
    }
  }`;
  beforeAll(async () => {
    server = await startTestServer();
    planner = await server.login('planner@frameledger.local');
  });
  afterAll(() => server?.stop());

  it('dry-runs and commits a Kitsu-style export, pricing hours at the person’s or the task’s role', async () => {
    const csv = [
      'Project,Person,Entity Type Name,Entity,Task Type,Date,Time spent',
      'Derrumbe,Import Person,Shot,COL / COL090,Rotoscoping,2026-11-02,240.0',
      'Derrumbe,Import Person,Shot,COL / COL090,Compositing,2026-11-02,90.5',
    ].join('\n');
    const dry = await server.gql(IMPORT, { content: csv, dryRun: true }, planner);
    expect(dry.data?.importTimeEntries).toEqual({
      committed: false,
      count: 2,
      hours: 5.5166666666666666,
      entries: [
        { line: 2, roleCode: 'ROTO_ARTIST', minutes: 240, kind: 'ARTIST' },
        { line: 3, roleCode: 'COMPOSITOR', minutes: 91, kind: 'ARTIST' },
      ],
      errors: [],
    });
    const before = (await server.dataSource.query(`SELECT count(*)::int AS n FROM time_entry`))[0].n;
    const commit = await server.gql(IMPORT, { content: csv, dryRun: false }, planner);
    expect(commit.data?.importTimeEntries.committed).toBe(true);
    expect((await server.dataSource.query(`SELECT count(*)::int AS n FROM time_entry`))[0].n).toBe(
      before + 2,
    );
  });

  it('names the line of an unknown shot task and of a closed month, and commits nothing', async () => {
    const csv = [
      'task,person,date,hours',
      'COL090/FX,Import Person,2026-11-03,2',
      'NOPE010/COMP,Import Person,2026-11-03,2',
      'COL090/FX,Import Person,2026-02-03,2',
    ].join('\n');
    const before = (await server.dataSource.query(`SELECT count(*)::int AS n FROM time_entry`))[0].n;
    const commit = await server.gql(IMPORT, { content: csv, dryRun: false }, planner);
    expect(commit.errors?.[0].extensions?.problems).toEqual([
      {
        line: 3,
        field: 'task',
        message: 'Line 3: no COMP task on shot NOPE010 in any production; create the task first.',
      },
      {
        line: 4,
        field: 'date',
        message:
          'Line 4: 2026-02 is a closed month for DERRUMBE; log the time in an open month or ask a planner to unlock it.',
      },
    ]);
    expect((await server.dataSource.query(`SELECT count(*)::int AS n FROM time_entry`))[0].n).toBe(before);
  });

  it('refuses a CSV with a missing column', async () => {
    const commit = await server.gql(
      IMPORT,
      { content: 'task,person,minutes\nCOL090/FX,x,60\n', dryRun: false },
      planner,
    );
    expect(commit.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date', line: 1 });
  });
});
