import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildSchema } from 'graphql';
import { startTestServer, TestServer } from '../../../../test/support/server';

const ROOT = join(__dirname, '../../../..');

/**
 * Every test file and test helper of the repository, with the local modules each test imports
 * (a witness test drives its mutations through the witness client): a mutation counts as
 * tested when one of them calls it. The fuzz calls everything blindly, so it does not count.
 */
function testSources(): string {
  const found = new Set<string>();
  const read = (path: string) => {
    if (!found.has(path) && existsSync(path)) found.add(path);
  };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (['node_modules', 'dist', '.git', '.data', 'fuzz'].includes(name)) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.spec\.ts$/.test(name) || /[/\\](testing|support)[/\\].*\.ts$/.test(path)) {
        read(path);
        for (const [, local] of readFileSync(path, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g))
          read(`${resolve(dirname(path), local)}.ts`);
      }
    }
  };
  for (const dir of ['api', 'seeds', 'test']) walk(join(ROOT, dir));
  return [...found].map((path) => readFileSync(path, 'utf8')).join('\n');
}

describe('every mutation is tested', () => {
  it('names each mutation of api/schema.graphql in some test, called with arguments', () => {
    const schema = buildSchema(readFileSync(join(ROOT, 'api/schema.graphql'), 'utf8'));
    const sources = testSources();
    const untested = Object.keys(schema.getMutationType()!.getFields()).filter(
      (name) => !new RegExp(`\\b${name}\\s*[({]`).test(sources),
    );
    expect(untested).toEqual([]);
  });
});

/**
 * Worked examples for the seven mutations nothing called before: each answers what was asked,
 * records one audit event with the row as an object (never {"0": ...}), and a refused call
 * writes nothing.
 */
describe('the seven once-untested mutations', () => {
  let server: TestServer;
  let planner: string;
  let productionId: string;

  const audit = async (action: string) =>
    server.dataSource.query(`SELECT payload FROM audit_event WHERE action = $1 ORDER BY seq`, [action]);
  const count = async (table: string) =>
    (await server.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    server = await startTestServer();
    planner = await server.login('planner@frameledger.local');
    [{ id: productionId }] = await server.dataSource.query(
      `SELECT id FROM production WHERE code = 'DERRUMBE'`,
    );
  });
  afterAll(() => server?.stop());

  it('updateLabourRole answers the changed role once, audited as an object; a taken code is a CONFLICT', async () => {
    const [role] = await server.dataSource.query(`SELECT id FROM labour_role WHERE code = 'ROTO_ARTIST'`);
    const UPDATE = `mutation($id: ID!, $i: LabourRoleInput!) { updateLabourRole(id: $id, input: $i) { id code name department socCode } }`;
    const input = { code: 'ROTO_ARTIST', name: 'Rotoscope artist', department: 'Prep', socCode: '27-1014' };
    const result = await server.gql(UPDATE, { id: role.id, i: input }, planner);
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateLabourRole).toEqual({ id: role.id, ...input });
    const [event] = await audit('labour_role.update');
    expect(event.payload.after).toMatchObject({ id: role.id, name: 'Rotoscope artist' });
    expect(Object.keys(event.payload.after)).not.toContain('0');

    const events = await count('audit_event');
    const taken = await server.gql(UPDATE, { id: role.id, i: { ...input, code: 'COMPOSITOR' } }, planner);
    expect(taken.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await count('audit_event')).toBe(events);
  });

  it('setRateCardLine prices a line: 40.00 an hour x (1 + 20%) + 1.50 flat = 49.50 loaded', async () => {
    const [card] = await server.dataSource.query(
      `SELECT id FROM rate_card WHERE currency = 'USD' ORDER BY effective_from LIMIT 1`,
    );
    const result = await server.gql(
      `mutation($i: SetRateCardLineInput!) { setRateCardLine(input: $i) { id lines { role { code } hourlyRate { amountMinor } loadedRate { amountMinor formatted } } } }`,
      {
        i: {
          rateCardId: card.id,
          roleCode: 'ROTO_ARTIST',
          hourlyRateMinor: '4000',
          fringePercent: 20,
          flatFringeMinor: '150',
          source: 'test',
        },
      },
      planner,
    );
    expect(result.errors).toBeUndefined();
    const line = result.data?.setRateCardLine.lines.find(
      (l: { role: { code: string } }) => l.role.code === 'ROTO_ARTIST',
    );
    expect(line).toEqual({
      role: { code: 'ROTO_ARTIST' },
      hourlyRate: { amountMinor: '4000' },
      loadedRate: { amountMinor: '4950', formatted: '$49.50' },
    });
  });

  it('saveTaskType then setBidTemplate: a new type bid at 4 / 6 / 11 hours a shot; figures out of order are refused', async () => {
    const type = await server.gql(
      `mutation { saveTaskType(input: { code: "DEGRAIN", name: "Degrain", baselineRoleCode: "COMPOSITOR" }) { code name baselineRole { code } bidTemplates { name } } }`,
      {},
      planner,
    );
    expect(type.data?.saveTaskType).toEqual({
      code: 'DEGRAIN',
      name: 'Degrain',
      baselineRole: { code: 'COMPOSITOR' },
      bidTemplates: [],
    });
    expect((await audit('task_type.create')).at(-1).payload.after.code).toBe('DEGRAIN');

    const BID = `mutation($i: BidTemplateInput!) { setBidTemplate(input: $i) { taskTypeCode name unit complexity optimistic mostLikely pessimistic } }`;
    const bid = {
      taskTypeCode: 'DEGRAIN',
      unit: 'SHOT',
      complexity: 2,
      optimistic: 4,
      mostLikely: 6,
      pessimistic: 11,
    };
    const saved = await server.gql(BID, { i: bid }, planner);
    expect(saved.data?.setBidTemplate).toEqual({ ...bid, name: 'Standard' });

    const before = await count('bid_template');
    const backwards = await server.gql(BID, { i: { ...bid, complexity: 3, optimistic: 12 } }, planner);
    expect(backwards.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.mostLikely',
    });
    expect(await count('bid_template')).toBe(before);
  });

  it('updateScenario renames and changes one assumption, keeping the rest; deleteScenario removes it', async () => {
    const created = await server.gql(
      `mutation($p: ID!) { createScenario(input: { productionId: $p, name: "Lean", assumptions: { contingencyPercent: 10 } }) { id } }`,
      { p: productionId },
      planner,
    );
    const id = created.data?.createScenario.id;
    const updated = await server.gql(
      `mutation($id: ID!) { updateScenario(id: $id, input: { name: "Leaner", assumptions: { contingencyPercent: 15, hoursPerWeek: 45 } }) { id name assumptions { contingencyPercent hoursPerWeek gpuCount } } }`,
      { id },
      planner,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateScenario).toEqual({
      id,
      name: 'Leaner',
      assumptions: { contingencyPercent: 15, hoursPerWeek: 45, gpuCount: 1 },
    });
    const [event] = await audit('scenario.update');
    expect(event.payload.before.name).toBe('Lean');
    expect(event.payload.after.name).toBe('Leaner');

    const DELETE = `mutation($id: ID!) { deleteScenario(id: $id) }`;
    expect((await server.gql(DELETE, { id }, planner)).data?.deleteScenario).toBe(true);
    const again = await server.gql(DELETE, { id }, planner);
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await audit('scenario.delete')).toHaveLength(1);
  });

  it('createEpisode adds episode 99 once; the same number again is a CONFLICT', async () => {
    const CREATE = `mutation($p: ID!) { createEpisode(input: { productionId: $p, number: 99, title: "Epilogue" }) { number title productionId } }`;
    const first = await server.gql(CREATE, { p: productionId }, planner);
    expect(first.data?.createEpisode).toEqual({ number: 99, title: 'Epilogue', productionId });
    const episodes = await count('episode');
    const second = await server.gql(CREATE, { p: productionId }, planner);
    expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await count('episode')).toBe(episodes);
  });
});
