import fc from 'fast-check';
import { INVITED_PASSWORD, invitePerson } from '../support/people';
import { startTestServer, TestServer } from '../support/server';
import { IdPool, valueFor } from './hostile-values';
import { committedSchema, Operation, operations } from './operations';

/**
 * Every query and mutation of api/schema.graphql, called as every role (and signed out) with
 * generated values, most of them plausible and many hostile. The contract: never an
 * INTERNAL_SERVER_ERROR, and a refused call changes no row count and adds no audit event.
 * FUZZ_SEED replays a run; FUZZ_CASES sets its size (at least 2,000 in CI).
 */
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const CASES = Number(process.env.FUZZ_CASES ?? 2000);
/** Studio-wide roles, people scoped to one production (memberships), and signed out. */
const ROLES = [
  'admin',
  'planner',
  'operator',
  'reviewer',
  'executive',
  'scoped-planner',
  'scoped-reviewer',
  'anonymous',
] as const;
const ID_TABLES = [
  'production',
  'episode',
  'shot',
  'task',
  'scenario',
  'labour_role',
  'rate_card',
  'model',
  'frame_folder',
  'inference_job',
  'policy_exception',
  'stored_file',
];

const CODES: Array<[string, string]> = [
  ['taskTypeCode', 'SELECT code FROM task_type ORDER BY code LIMIT 8'],
  ['roleCode', 'SELECT code FROM labour_role ORDER BY code LIMIT 8'],
  ['deviceClass', 'SELECT DISTINCT device_class AS code FROM compute_rate ORDER BY 1 LIMIT 4'],
  ['code', 'SELECT code FROM shot ORDER BY code LIMIT 8'],
];

async function rowCounts(server: TestServer): Promise<Record<string, number>> {
  const tables: Array<{ t: string }> = await server.dataSource.query(
    // login_throttle is left out: counting refused sign-ins is what it is for.
    `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'login_throttle') ORDER BY 1`,
  );
  // jsonb_build_object takes at most 100 arguments (50 tables), so the counts go in parts, joined.
  const parts: string[] = [];
  for (let i = 0; i < tables.length; i += 40) {
    const pairs = tables.slice(i, i + 40).map(({ t }) => `'${t}', (SELECT count(*) FROM "${t}")`);
    parts.push(`jsonb_build_object(${pairs.join(', ')})`);
  }
  const sql = `SELECT ${parts.join(' || ')} AS c`;
  const [{ c }] = await server.dataSource.query(sql);
  return c;
}

async function idPool(server: TestServer): Promise<IdPool> {
  const pool: IdPool = new Map();
  for (const table of ID_TABLES) {
    const rows: Array<{ id: string }> = await server.dataSource.query(
      `SELECT id FROM "${table}" ORDER BY id LIMIT 5`,
    );
    pool.set(
      table,
      rows.map((r) => r.id),
    );
  }
  for (const [name, sql] of CODES) {
    const rows: Array<{ code: string }> = await server.dataSource.query(sql);
    pool.set(
      `code:${name}`,
      rows.map((r) => r.code),
    );
  }
  return pool;
}

function caseArbitrary(ops: Operation[], pool: IdPool) {
  return fc.integer({ min: 0, max: ops.length - 1 }).chain((i) => {
    const op = ops[i];
    const vars: Record<string, fc.Arbitrary<unknown>> = {};
    for (const arg of op.field.args) vars[arg.name] = valueFor(arg.type, arg.name, pool, op.name);
    return fc.record({
      op: fc.constant(op),
      role: fc.constantFrom(...ROLES),
      variables: fc.record(vars, { requiredKeys: [] }),
    });
  });
}

describe(`fuzz: every operation, every role (seed ${SEED})`, () => {
  let server: TestServer;
  const tokens = new Map<string, string | undefined>();
  beforeAll(async () => {
    server = await startTestServer();
    for (const role of ROLES)
      if (!role.startsWith('scoped-'))
        tokens.set(role, role === 'anonymous' ? undefined : await server.login(`${role}@frameledger.local`));
    // A planner and a reviewer who hold their role on one production only (the first by id, one of
    // the ids the fuzz draws), so every operation is also called by someone it must filter or refuse.
    const [{ id: productionId }] = await server.dataSource.query(
      `SELECT id FROM production ORDER BY id LIMIT 1`,
    );
    for (const role of ['PLANNER', 'REVIEWER']) {
      const email = `scoped-${role.toLowerCase()}@fuzz.test`;
      const id = await invitePerson(server, tokens.get('admin')!, email, role);
      const scoped = await server.gql(
        `mutation($id: ID!, $m: [MembershipInput!]!) { setPersonMemberships(id: $id, memberships: $m) { id } }`,
        { id, m: [{ productionId, role }] },
        tokens.get('admin'),
      );
      expect(scoped.errors).toBeUndefined();
      tokens.set(`scoped-${role.toLowerCase()}`, await server.login(email, INVITED_PASSWORD));
    }
  });
  afterAll(() => server?.stop());

  it('answers every call with data or a coded error, and a refused call writes nothing', async () => {
    const ops = operations(committedSchema());
    const cases = fc.sample(caseArbitrary(ops, await idPool(server)), { seed: SEED, numRuns: CASES });
    const internal: string[] = [];
    const partial: string[] = [];
    const touched = new Set<string>();
    let before = await rowCounts(server);
    for (const [n, { op, role, variables }] of cases.entries()) {
      touched.add(op.name);
      const result = await server.gql(op.document, variables, tokens.get(role));
      const after = await rowCounts(server);
      const label = `#${n} ${op.name} as ${role} ${JSON.stringify(variables).slice(0, 300)}`;
      if (result.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || !e.extensions?.code))
        internal.push(`${label}: ${result.errors.map((e) => e.message).join('; ')}`);
      if (result.errors) {
        const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
        if (changed.length) partial.push(`${label}: ${changed.join(', ')} changed`);
      }
      before = after;
    }
    const untouched = ops.filter((o) => !touched.has(o.name)).map((o) => o.name);
    process.stdout.write(
      `fuzz: ${cases.length} cases over ${touched.size} of ${ops.length} operations, seed ${SEED}, ` +
        `internal errors ${internal.length}, partial writes ${partial.length} ` +
        `(replay: FUZZ_SEED=${SEED} FUZZ_CASES=${CASES} npm run test:fuzz)\n` +
        [...internal, ...partial].slice(0, 60).join('\n') +
        '\n',
    );
    expect(cases.length).toBeGreaterThanOrEqual(Math.min(CASES, 2000));
    expect(internal).toEqual([]);
    expect(partial).toEqual([]);
    // A short replay (FUZZ_CASES=50) need not reach every operation; a full run does.
    if (CASES >= 20 * ops.length) expect(untouched).toEqual([]);
  });
});
