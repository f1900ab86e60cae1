/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import sharp from 'sharp';
import { chromaKeyModel } from '../../../../seeds/models/chroma-key';
import { INVITED_PASSWORD, invitePerson, setMemberships } from '../../../../test/support/people';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { approvedModel, createTask } from '../testing/fixtures';

const SUBMIT = `mutation($input: SubmitInferenceJobInput!) { submitInferenceJob(input: $input) { id status } }`;
const FOLDERS = `{ frameFolders(first: 100) { totalCount edges { node { id productionId } } } }`;

/**
 * Plates belong to a production when uploaded for it (POST /files/frames?productionId=), so an
 * operator scoped to one show can run models on it (docs/decisions/0037). Olga is OPERATOR on
 * DERRUMBE only; the studio's operator is unscoped. The demo's plates are studio folders.
 */
describe("an operator scoped to one production uploads and runs on that production's plates", () => {
  let server: TestServer;
  let operator: string;
  let olga: string;
  let derrumbe: string;
  let lumen: string;
  let modelId: string;
  let derrumbeTask: string;
  let lumenTask: string;
  let olgaFolder: { id: string; productionId: string; frames: Array<{ fileId: string }> };

  const plates = async () => {
    const png = await sharp({ create: { width: 32, height: 18, channels: 3, background: '#1a8f2a' } })
      .png()
      .toBuffer();
    return [1001, 1002].map((n) => ({ name: `plate.${n}.png`, bytes: png }));
  };
  const folders = async () =>
    Number((await server.dataSource.query(`SELECT count(*) AS n FROM frame_folder`))[0].n);

  beforeAll(async () => {
    server = await startTestServer();
    const admin = await server.login('admin@frameledger.local');
    operator = await server.login('operator@frameledger.local');
    [{ id: derrumbe }, { id: lumen }] = await server.dataSource.query(
      `SELECT id FROM production WHERE code IN ('DERRUMBE', 'LUMEN') ORDER BY code`,
    );
    const olgaId = await invitePerson(server, admin, 'olga@studio.test', 'OPERATOR');
    await setMemberships(server, admin, olgaId, [{ productionId: derrumbe, role: 'OPERATOR' }]);
    olga = await server.login('olga@studio.test', INVITED_PASSWORD);
    modelId = await approvedModel(server, admin, chromaKeyModel());
    derrumbeTask = (await createTask(server.dataSource, 'KEYING')).taskId;
    [{ id: lumenTask }] = await server.dataSource.query(
      `INSERT INTO task (production_id, shot_id, task_type_code, complexity, path)
       SELECT $1, s.id, 'KEYING', 2, 'AI_ASSISTED' FROM shot s WHERE s.production_id = $1 LIMIT 1 RETURNING id`,
      [lumen],
    );
  });
  afterAll(() => server?.stop());

  it("takes her plates for DERRUMBE, and the folder is DERRUMBE's", async () => {
    const res = await fetch(`${server.url}/files/frames?productionId=${derrumbe}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${olga}` },
      body: form(await plates()),
    });
    expect(res.status).toBe(201);
    olgaFolder = (await res.json()) as typeof olgaFolder;
    expect(olgaFolder.productionId).toBe(derrumbe);
  });

  it('refuses her plates with no production or for LUMEN, and writes nothing', async () => {
    const before = await folders();
    for (const target of ['', `?productionId=${lumen}`]) {
      const res = await fetch(`${server.url}/files/frames${target}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${olga}` },
        body: form(await plates()),
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    }
    expect(await folders()).toBe(before);
  });

  it("lists DERRUMBE's folders to her and every folder to the studio's operator", async () => {
    const mine = await server.gql<{
      frameFolders: { totalCount: number; edges: Array<{ node: { id: string; productionId: string } }> };
    }>(FOLDERS, {}, olga);
    expect(mine.data!.frameFolders.edges.map((e) => e.node)).toEqual([
      { id: olgaFolder.id, productionId: derrumbe },
    ]);
    const all = await server.gql<{ frameFolders: { totalCount: number } }>(FOLDERS, {}, operator);
    expect(all.data!.frameFolders.totalCount).toBe(await folders());
    expect(all.data!.frameFolders.totalCount).toBeGreaterThan(1);
  });

  it('opens her folder and its frames to her, not a studio folder or its frames', async () => {
    const [studio] = await server.dataSource.query(
      `SELECT f.id, fr.file_id AS "fileId" FROM frame_folder f JOIN frame_folder_frame fr ON fr.folder_id = f.id
       WHERE f.production_id IS NULL LIMIT 1`,
    );
    const one = `query($id: ID!) { frameFolder(id: $id) { id } }`;
    expect((await server.gql(one, { id: olgaFolder.id }, olga)).data).toEqual({
      frameFolder: { id: olgaFolder.id },
    });
    expect((await server.gql(one, { id: studio.id }, olga)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const file = (id: string) =>
      fetch(`${server.url}/files/${id}`, { headers: { authorization: `Bearer ${olga}` } });
    expect((await file(olgaFolder.frames[0].fileId)).status).toBe(200);
    expect((await file(studio.fileId)).status).toBe(403);
  });

  it('queues her job on her folder; a studio folder is closed to her; the folder runs on no other production', async () => {
    const submit = (token: string, taskId: string, folderId: string) =>
      server.gql<{ submitInferenceJob: { status: string } }>(
        SUBMIT,
        { input: { taskId, modelId, frames: { folderId } } },
        token,
      );
    const queued = await submit(olga, derrumbeTask, olgaFolder.id);
    expect(queued.data?.submitInferenceJob.status).toBe('QUEUED');

    const [studio] = await server.dataSource.query(
      `SELECT id FROM frame_folder WHERE production_id IS NULL LIMIT 1`,
    );
    const jobs = async () =>
      Number((await server.dataSource.query(`SELECT count(*) AS n FROM inference_job`))[0].n);
    const before = await jobs();
    const closed = await submit(olga, derrumbeTask, studio.id);
    expect(closed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(closed.errors?.[0].message).toMatch(
      /studio folder .* upload the plates for this task's production/,
    );
    const elsewhere = await submit(operator, lumenTask, olgaFolder.id);
    expect(elsewhere.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(elsewhere.errors?.[0].message).toMatch(/uploaded for another production/);
    expect(await jobs()).toBe(before);
  });
});

function form(files: Array<{ name: string; bytes: Buffer }>): FormData {
  const body = new FormData();
  for (const file of files) body.append('frames', new Blob([file.bytes]), file.name);
  return body;
}
