import { startTestServer, TestServer } from '../../../test/support/server';
import { insertReportFixture, ReportFixture } from '../reports/testing/report-fixture';

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

  it("waits only for the same person's writes: a held lock on Rita Dawn stops her entry, not Sam Dusk's", async () => {
    // Another session holds Rita's person lock (the key lockPeopleTimelogs takes), as a slow
    // writer of her entries would.
    const holder = await server.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query(
        `SELECT pg_advisory_xact_lock(hashtext('frameledger-timelogs-person'), hashtext(lower('Rita Dawn')))`,
      );
      const day = { workDate: '2026-10-07', minutes: 14 * 60 };
      const sams = await server.gql(LOG_ONE, { input: entry(0, { ...day, person: 'Sam Dusk' }) }, operator);
      expect(sams.errors).toBeUndefined();

      // Two 14 h entries for Rita's day at once, one spelled in capitals: both wait on her lock.
      const ritas = [
        server.gql(LOG_ONE, { input: entry(1, { ...day, person: 'Rita Dawn' }) }, operator),
        server.gql(LOG_ONE, { input: entry(2, { ...day, person: 'RITA DAWN' }) }, operator),
      ];
      const waiting = async () =>
        (
          await holder.query(
            `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
               AND classid = hashtext('frameledger-timelogs-person')::oid`,
          )
        )[0].n;
      for (let tries = 0; (await waiting()) < 2; tries++) {
        if (tries > 200) throw new Error("Rita's two writes never waited on her person lock");
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await holder.rollbackTransaction();

      // Once released, they run one after the other: the second sees the first's 14 h.
      const answers = await Promise.all(ritas);
      expect(answers.filter((a) => a.errors === undefined)).toHaveLength(1);
      expect(answers.flatMap((a) => a.errors ?? []).map((e) => e.message)).toEqual([
        expect.stringMatching(/would have 28 h logged on 2026-10-07, 14 h of it already stored/),
      ]);
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
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

  /**
   * The worked example of docs/reports.md (report-fixture.ts) in 2031, with RPT-A's April to June
   * closed: T2's 8 h of comp at 60.00 on 2031-05-05 was really 6 h.
   */
  describe('corrections', () => {
    let f: ReportFixture;
    let executive: string;
    let t2Entry: string;
    const CORRECTION =
      'reversed entry { id workDate minutes corrects note } reversal { id workDate minutes reverses note }';
    const update = (id: string, changes: Record<string, unknown>, token = operator) =>
      server.gql(
        `mutation($id: ID!, $changes: TimeEntryChanges!) { updateTimeEntry(id: $id, changes: $changes) { ${CORRECTION} } }`,
        { id, changes },
        token,
      );
    const remove = (id: string) =>
      server.gql(`mutation($id: ID!) { deleteTimeEntry(id: $id) { ${CORRECTION} } }`, { id }, operator);
    const quarter = async (q: string) => {
      const result = await server.gql(
        `query($q: String!) { quarterlySummary(quarter: $q, currency: "USD") { humanSpend { value { amountMinor } } hoursLogged } }`,
        { q },
        executive,
      );
      expect(result.errors).toBeUndefined();
      const s = result.data!.quarterlySummary;
      return { humanSpend: s.humanSpend.value.amountMinor, hours: s.hoursLogged };
    };
    const events = async () =>
      server.dataSource.query(
        `SELECT action, subject_id AS "subjectId", payload FROM audit_event WHERE action LIKE 'time_entry.%' ORDER BY seq`,
      );
    const written = async () => ({ entries: await entryCount(), events: (await events()).length });

    beforeAll(async () => {
      f = await insertReportFixture(server.dataSource);
      executive = await server.login('executive@frameledger.local');
      [{ id: t2Entry }] = await server.dataSource.query(`SELECT id FROM time_entry WHERE task_id = $1`, [
        f.tasks.t2,
      ]);
      for (const month of ['2031-04', '2031-05', '2031-06'])
        await server.gql(
          `mutation($p: ID!, $m: String!) { lockPeriod(productionId: $p, month: $m) { month } }`,
          { p: f.productions.a, m: month },
          planner,
        );
    });

    it('reverses a closed month: 2031-Q2 keeps its 730.00 of human spend; 2031-Q3 gets -8 h + 6 h = -2 h x 60.00 = -120.00', async () => {
      expect(await quarter('2031-Q2')).toEqual({ humanSpend: '73000', hours: 32 });
      expect(await quarter('2031-Q3')).toEqual({ humanSpend: '0', hours: 0 });
      const before = await written();
      const result = await update(t2Entry, { minutes: 360 });
      expect(result.errors).toBeUndefined();
      const correction = result.data!.updateTimeEntry;
      expect(correction).toMatchObject({
        reversed: true,
        reversal: {
          workDate: '2031-07-01',
          minutes: -480,
          reverses: t2Entry,
          note: 'Reverses the entry of 2031-05-05 (2031-05 is closed).',
        },
        entry: { workDate: '2031-07-01', minutes: 360, corrects: t2Entry },
      });
      expect(await quarter('2031-Q2')).toEqual({ humanSpend: '73000', hours: 32 });
      expect(await quarter('2031-Q3')).toEqual({ humanSpend: '-12000', hours: -2 });
      expect(await written()).toEqual({ entries: before.entries + 2, events: before.events + 1 });
      const [event] = (await events()).slice(-1);
      expect(event).toMatchObject({
        action: 'time_entry.reverse',
        subjectId: t2Entry,
        payload: {
          before: { minutes: 480, workDate: '2031-05-05', roleCode: 'RPT_COMP' },
          after: {
            reversal: { id: correction.reversal.id, workDate: '2031-07-01', minutes: -480 },
            corrected: { id: correction.entry.id, minutes: 360, workDate: '2031-07-01' },
          },
        },
      });
      const [{ n }] = await server.dataSource.query(
        `SELECT count(*)::int AS n FROM report_aggregate_drift() WHERE stored_only + fresh_only > 0`,
      );
      expect(n).toBe(0);
    });

    it('prices the reversal at the same rate: RPT-A comp costs 480.00 to 30 June and 360.00 to 31 July', async () => {
      const comp = async (asOf: string) => {
        const result = await server.gql(
          `query($p: ID!, $asOf: String!) { costReport(productionId: $p, asOf: $asOf) { lines { taskType actualToDate { amountMinor } } } }`,
          { p: f.productions.a, asOf },
          planner,
        );
        expect(result.errors).toBeUndefined();
        return result.data!.costReport.lines.find((l: any) => l.taskType === 'RPT_COMP').actualToDate
          .amountMinor;
      };
      expect([await comp('2031-06-30'), await comp('2031-07-31')]).toEqual(['48000', '36000']);
    });

    it('refuses to correct a reversed entry or a reversing one, and writes nothing', async () => {
      const before = await written();
      const again = await update(t2Entry, { minutes: 300 });
      expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(again.errors?.[0].message).toMatch(/reversed already/);
      const [{ id: reversal }] = await server.dataSource.query(
        `SELECT id FROM time_entry WHERE reverses = $1`,
        [t2Entry],
      );
      expect((await remove(reversal)).errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(await written()).toEqual(before);
    });

    it('changes an open month in place and removes in place, one audit event each', async () => {
      const logged = await server.gql(
        LOG_ONE,
        {
          input: {
            taskId: f.tasks.t2,
            person: 'Ana Rossi',
            roleCode: 'RPT_COMP',
            workDate: '2031-08-04',
            minutes: 120,
            kind: 'ARTIST',
          },
        },
        operator,
      );
      const id = logged.data!.logTimeEntry.id;
      expect(await quarter('2031-Q3')).toEqual({ humanSpend: '0', hours: 0 }); // -2 h + 2 h
      const changed = await update(id, { minutes: 180, note: 'with the retime' });
      expect(changed.data!.updateTimeEntry).toEqual({
        reversed: false,
        reversal: null,
        entry: { id, workDate: '2031-08-04', minutes: 180, corrects: null, note: 'with the retime' },
      });
      expect(await quarter('2031-Q3')).toEqual({ humanSpend: '6000', hours: 1 });
      const before = await written();
      expect((await remove(id)).data!.deleteTimeEntry).toEqual({
        reversed: false,
        reversal: null,
        entry: null,
      });
      expect(await quarter('2031-Q3')).toEqual({ humanSpend: '-12000', hours: -2 });
      expect(await written()).toEqual({ entries: before.entries - 1, events: before.events + 1 });
      expect((await events()).slice(-2)).toMatchObject([
        {
          action: 'time_entry.update',
          subjectId: id,
          payload: { before: { minutes: 120 }, after: { minutes: 180 } },
        },
        { action: 'time_entry.delete', subjectId: id, payload: { before: { minutes: 180 }, after: null } },
      ]);
    });

    it('checks the entry as it would be after the change, at the edge, and writes nothing on refusal', async () => {
      const [{ id }] = await server.dataSource.query(
        `SELECT id FROM time_entry WHERE task_id = $1 AND corrects IS NOT NULL`,
        [f.tasks.t2],
      );
      const before = await written();
      const zero = await update(id, { minutes: 0 });
      expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'changes.minutes' });
      const closed = await update(id, { workDate: '2031-05-20' });
      expect(closed.errors?.[0].message).toMatch(/2031-05 is a closed month for RPT-A/);
      const reviewer = await server.login('reviewer@frameledger.local');
      expect((await update(id, { minutes: 60 }, reviewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const unknown = await remove('3f0c2a8e-5b1d-4c7e-9a2f-0d6b8e4c1a77');
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await written()).toEqual(before);
    });

    it('posts the corrected entry in the first open month when the change repeats the closed date', async () => {
      const [{ id }] = await server.dataSource.query(
        `SELECT id FROM time_entry WHERE task_id = $1 AND minutes = 600`,
        [f.tasks.t1],
      );
      const result = await update(id, { workDate: '2031-04-10', minutes: 540 });
      expect(result.data!.updateTimeEntry).toMatchObject({
        reversed: true,
        reversal: { workDate: '2031-07-01', minutes: -600 },
        entry: { workDate: '2031-07-01', minutes: 540 },
      });
    });
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
