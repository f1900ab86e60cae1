import { randomUUID } from 'node:crypto';
import { startTestServer, TestServer } from '../../../../test/support/server';

const IMPORT = `mutation($content: String!, $dryRun: Boolean!) {
  importTimeEntries(format: CSV, content: $content, dryRun: $dryRun) {
    committed count hours entryIds entries { line minutes task { shot { code } taskType { code } } }
  }
}`;
const DELETE = `mutation($ids: [ID!]!) { deleteTimeEntries(ids: $ids) { reversed entry { id } reversal { id } } }`;

// A ShotGrid time log export: Entity is the shot, Task the task type, Duration minutes.
const SHOTGRID = [
  'Id,Project,Entity,Task,User,Date,Duration,Description',
  '9101,Derrumbe,COL090,Roto,Undo Person,2026-11-09,240,garbage matte',
  '9102,Derrumbe,COL090,Comp,Undo Person,2026-11-09,90,',
].join('\r\n');

describe('taking back a time-entry import', () => {
  let server: TestServer;
  let planner: string;
  const count = async () =>
    (
      await server.dataSource.query(`SELECT count(*)::int AS n FROM time_entry WHERE person = 'Undo Person'`)
    )[0].n as number;

  beforeAll(async () => {
    server = await startTestServer();
    planner = await server.login('planner@frameledger.local');
  });
  afterAll(() => server?.stop());

  it('names no entries in a dry run, and the two it wrote once committed', async () => {
    const dry = await server.gql(IMPORT, { content: SHOTGRID, dryRun: true }, planner);
    // 240 + 90 minutes = 5.5 hours.
    expect(dry.data?.importTimeEntries).toEqual({
      committed: false,
      count: 2,
      hours: 5.5,
      entryIds: [],
      entries: [
        { line: 2, minutes: 240, task: { shot: { code: 'COL090' }, taskType: { code: 'ROTO' } } },
        { line: 3, minutes: 90, task: { shot: { code: 'COL090' }, taskType: { code: 'COMP' } } },
      ],
    });
    const commit = await server.gql(IMPORT, { content: SHOTGRID, dryRun: false }, planner);
    const ids = commit.data?.importTimeEntries.entryIds as string[];
    expect(ids).toHaveLength(2);
    const stored = await server.dataSource.query(
      `SELECT id FROM time_entry WHERE person = 'Undo Person' ORDER BY id`,
    );
    expect(stored.map((r: { id: string }) => r.id)).toEqual([...ids].sort());
  });

  it('refuses the whole removal when one id is unknown, and removes nothing', async () => {
    const ids = (await server.dataSource.query(`SELECT id FROM time_entry WHERE person = 'Undo Person'`)).map(
      (r: { id: string }) => r.id,
    );
    const refused = await server.gql(DELETE, { ids: [...ids, randomUUID()] }, planner);
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await count()).toBe(2);
    const twice = await server.gql(DELETE, { ids: [ids[0], ids[0]] }, planner);
    expect(twice.errors?.[0]).toMatchObject({
      message: expect.stringContaining('list each time entry once'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const reviewer = await server.login('reviewer@frameledger.local');
    expect((await server.gql(DELETE, { ids }, reviewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(2);
  });

  it('removes the imported entries, one audit event each', async () => {
    const ids = (await server.dataSource.query(`SELECT id FROM time_entry WHERE person = 'Undo Person'`)).map(
      (r: { id: string }) => r.id,
    );
    const removed = await server.gql(DELETE, { ids }, planner);
    expect(removed.errors).toBeUndefined();
    // November 2026 is open: removed in place, nothing reversed.
    expect(removed.data?.deleteTimeEntries).toEqual([
      { reversed: false, entry: null, reversal: null },
      { reversed: false, entry: null, reversal: null },
    ]);
    expect(await count()).toBe(0);
    const events = await server.dataSource.query(
      `SELECT action, subject_id AS "subjectId" FROM audit_event ORDER BY seq DESC LIMIT 2`,
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'time_entry.delete',
      'time_entry.delete',
    ]);
    expect(events.map((e: { subjectId: string }) => e.subjectId).sort()).toEqual([...ids].sort());
  });
});
