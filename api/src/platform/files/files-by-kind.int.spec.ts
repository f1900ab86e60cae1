import { statSync } from 'node:fs';
import { join } from 'node:path';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { APP_CONFIG, AppConfig } from '../../config/config';

const PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% signed consent of A. Ruiz\n%%EOF\n',
);

/** GET /files/:id checks the role the file's kind needs (api/src/platform/files/file-kind.ts). */
describe('files served by kind', () => {
  let server: TestServer;
  const tokens: Record<string, string> = {};
  let consentFileId: string;
  let frameFileId: string;

  const download = (id: string, role: string) =>
    fetch(`${server.url}/files/${id}`, { headers: { authorization: `Bearer ${tokens[role]}` } });

  beforeAll(async () => {
    server = await startTestServer();
    for (const role of ['admin', 'planner', 'operator', 'reviewer', 'executive'])
      tokens[role] = await server.login(`${role}@frameledger.local`);
    const form = new FormData();
    form.append('document', new Blob([PDF]), 'ruiz-consent.pdf');
    const uploaded = await fetch(`${server.url}/files/governance/consent-documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.planner}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    consentFileId = ((await uploaded.json()) as { fileId: string }).fileId;
    // The demo's frames were stored by the seed as FRAME.
    [{ id: frameFileId }] = await server.dataSource.query(
      `SELECT id FROM stored_file WHERE kind = 'FRAME' LIMIT 1`,
    );
  });
  afterAll(() => server?.stop());

  it('records an uploaded consent document as CONSENT_DOCUMENT', async () => {
    const [{ kind }] = await server.dataSource.query(`SELECT kind FROM stored_file WHERE id = $1`, [
      consentFileId,
    ]);
    expect(kind).toBe('CONSENT_DOCUMENT');
  });

  it.each(['operator', 'executive'])(
    'refuses the signed consent document to the %s with FORBIDDEN',
    async (role) => {
      const response = await download(consentFileId, role);
      expect(response.status).toBe(403);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('FORBIDDEN');
      expect(body.error.message).toBe(
        `This file is a signed consent document, which your role ${role.toUpperCase()} may not read; it needs one of: ADMIN, PLANNER, REVIEWER.`,
      );
    },
  );

  it.each(['reviewer', 'planner', 'admin'])(
    'serves the consent document to the %s, byte for byte',
    async (role) => {
      const response = await download(consentFileId, role);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    },
  );

  it('keeps stored files and their folders readable by their owner only', async () => {
    const [{ sha256 }] = await server.dataSource.query(`SELECT sha256 FROM stored_file WHERE id = $1`, [
      consentFileId,
    ]);
    const dataDir = (server.app.get(APP_CONFIG) as AppConfig).dataDir;
    const file = join(dataDir, 'store', 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    for (const dir of [join(file, '..'), join(dataDir, 'store')])
      expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('serves a frame to the operator and the executive, as before', async () => {
    expect((await download(frameFileId, 'operator')).status).toBe(200);
    expect((await download(frameFileId, 'executive')).status).toBe(200);
  });

  it("gives a frame's exact bytes uploaded as a consent document their own record, closed to the operator", async () => {
    const frameBytes = Buffer.from(await (await download(frameFileId, 'admin')).arrayBuffer());
    const form = new FormData();
    form.append('document', new Blob([frameBytes]), 'scan-of-the-frame.png');
    const uploaded = await fetch(`${server.url}/files/governance/consent-documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.planner}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const document = (await uploaded.json()) as { fileId: string; originalName: string };

    expect(document.fileId).not.toBe(frameFileId);
    expect(document.originalName).toBe('scan-of-the-frame.png');
    const rows: Array<{ id: string; kind: string }> = await server.dataSource.query(
      `SELECT id, kind FROM stored_file WHERE sha256 = (SELECT sha256 FROM stored_file WHERE id = $1) ORDER BY kind`,
      [frameFileId],
    );
    expect(rows).toEqual([
      { id: document.fileId, kind: 'CONSENT_DOCUMENT' },
      { id: frameFileId, kind: 'FRAME' },
    ]);
    expect((await download(document.fileId, 'operator')).status).toBe(403);
    expect((await download(frameFileId, 'operator')).status).toBe(200);
  });
});
