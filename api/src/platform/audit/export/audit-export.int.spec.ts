import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAuditVerify } from '../../../cli/audit-verify';
import { verifyAuditExport } from '../core/verify';
import { GovernanceFixtures } from '../../../governance/testing/fixtures';
import { startTestServer, TestServer } from '../../../../../test/support/server';

const EXPORT = `mutation($p: ID, $f: String, $t: String) { exportAudit(productionId: $p, from: $f, to: $t) {
  fileName scope eventCount checkpointCount keyId content } }`;

/** The verifier CLI (what `npm run audit:verify -- FILE` runs) on the text written to a file. */
function auditVerify(text: string, args: string[] = []): { code: number; out: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'fl-export-')), 'audit.jsonl');
  writeFileSync(file, text);
  let out = '';
  const code = runAuditVerify([file, ...args], {
    out: (line) => (out += `${line}\n`),
    err: (line) => (out += `${line}\n`),
  });
  return { code, out };
}

describe('audit export and offline verification', () => {
  let server: TestServer;
  let reviewer: string;
  let productionId: string;

  const events = async () =>
    (await server.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n as number;

  beforeAll(async () => {
    server = await startTestServer();
    reviewer = await server.login('reviewer@frameledger.local');
    const admin = await server.login('admin@frameledger.local');
    const create = `mutation($i: CreateProductionInput!) { createProduction(input: $i) { id } }`;
    const input = {
      code: 'EXPORTED',
      title: 'Exported',
      currency: 'USD',
      vfxBudgetMinor: '100',
      startDate: '2025-01-01',
      deliveryDate: '2025-12-31',
      country: 'US',
    };
    productionId = (await server.gql(create, { i: input }, admin)).data!.createProduction.id;
    await new GovernanceFixtures(server.dataSource).production('UNRELATED', false);
  });
  afterAll(() => server?.stop());

  it('exports the whole log, itself included, and the verifier prints OK; an edited line is named by its seq', async () => {
    const result = await server.gql(EXPORT, {}, reviewer);
    const file = result.data!.exportAudit;
    const total = await events();
    // Every checkpoint so far: those made each 100 events, and the one at the head for this export.
    const [{ signed }] = await server.dataSource.query(
      `SELECT count(*)::int AS signed FROM audit_checkpoint`,
    );
    expect(file).toMatchObject({
      scope: 'complete',
      eventCount: total,
      checkpointCount: signed,
      fileName: `frameledger-audit-complete-${total}.jsonl`,
    });
    const lines = file.content
      .trim()
      .split('\n')
      .map((line: string) => JSON.parse(line));
    expect(lines.at(-1 - signed)).toMatchObject({
      type: 'event',
      seq: total,
      action: 'audit.export',
      payload: { filter: { productionId: null } },
    });

    const ok = auditVerify(file.content, ['--key-id', file.keyId]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(`OK: ${total} events, ${signed} checkpoints, 0 cosignatures, key ${file.keyId}`);

    // Change the email recorded in the second event (line 3: the header is line 1).
    const edited = file.content.split('\n');
    const second = JSON.parse(edited[2]);
    edited[2] = JSON.stringify({
      ...second,
      payload: { ...second.payload, email: 'mallory@frameledger.local' },
    });
    const tampered = auditVerify(edited.join('\n'));
    expect(tampered.code).toBe(1);
    expect(tampered.out).toMatch(/^FAILED at seq 2 \(line 3\): hash does not match the event content/);
  });

  it("exports one production's events in a time range with inclusion proofs, as a download for the reviewer", async () => {
    const query = new URLSearchParams({
      productionId,
      from: '2020-01-01T00:00:00Z',
      to: '2999-01-01T00:00:00Z',
    });
    const response = await fetch(`${server.url}/files/audit/export.jsonl?${query}`, {
      headers: { authorization: `Bearer ${reviewer}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="frameledger-audit-filtered-\d+\.jsonl"$/,
    );
    const text = await response.text();
    const verdict = verifyAuditExport(text);
    expect(verdict).toMatchObject({ ok: true });
    const actions = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .filter((l) => l.type === 'event')
      .map((l) => l.action);
    expect(actions).toEqual(['production.create', 'audit.export']);
  });

  it('refuses a reversed range with a sentence, writing nothing', async () => {
    const before = await events();
    const graphql = await server.gql(
      EXPORT,
      { f: '2025-06-01T00:00:00Z', t: '2025-01-01T00:00:00Z' },
      reviewer,
    );
    expect(graphql.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
    expect(graphql.errors![0].message).toBe(
      'The range is reversed or empty: "to" (2025-01-01T00:00:00.000Z) must be after "from" (2025-06-01T00:00:00.000Z).',
    );
    const rest = await fetch(
      `${server.url}/files/audit/export.jsonl?from=2025-06-01T00:00:00Z&to=2025-01-01T00:00:00Z`,
      {
        headers: { authorization: `Bearer ${reviewer}` },
      },
    );
    expect(rest.status).toBe(400);
    expect(((await rest.json()) as { error: unknown }).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
    });
    expect(await events()).toBe(before);
  });

  it('is for admins and reviewers only', async () => {
    const planner = await server.login('planner@frameledger.local');
    expect((await server.gql(EXPORT, {}, planner)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const anonymous = await fetch(`${server.url}/files/audit/export.jsonl`);
    expect(anonymous.status).toBe(401);
  });
});
