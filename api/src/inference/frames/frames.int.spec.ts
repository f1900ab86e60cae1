/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import sharp from 'sharp';
import { startTestServer, TestServer } from '../../../../test/support/server';
import { flatPng } from '../engine/testing/images';
import { uploadFrames } from '../testing/fixtures';

describe('uploading frames as a frame-sequence folder', () => {
  let server: TestServer;
  let operator: string;
  const count = async (table: string) =>
    (await server.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    server = await startTestServer({ MAX_IMAGE_WIDTH: '512' });
    operator = await server.login('operator@frameledger.local');
  });
  afterAll(() => server?.stop());

  it('numbers the frames from their names, whatever the upload order, and stores each by sha256', async () => {
    const red = await flatPng(64, 36, [200, 10, 10]);
    const green = await flatPng(64, 36, [10, 200, 10]);
    const result = await uploadFrames(
      server,
      [
        { name: 'plate_1002.png', bytes: green },
        { name: 'plate_1001.png', bytes: red },
        { name: 'plate_1003.png', bytes: red },
      ],
      operator,
      'Plate A',
    );
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      name: 'Plate A',
      firstFrame: 1001,
      lastFrame: 1003,
      frameCount: 3,
      width: 64,
      height: 36,
    });
    const frames = result.body.frames as Array<{ number: number; name: string; fileId: string }>;
    expect(frames.map((f) => [f.number, f.name])).toEqual([
      [1001, 'plate_1001.png'],
      [1002, 'plate_1002.png'],
      [1003, 'plate_1003.png'],
    ]);
    // Frames 1001 and 1003 are the same bytes: one stored file.
    expect(frames[0].fileId).toBe(frames[2].fileId);
    const listed = await server.gql(
      `query($id: ID!) { frameFolder(id: $id) { name frameCount frames(first: 2) { totalCount edges { node { number name } } } } }`,
      { id: result.body.id },
      operator,
    );
    expect(listed.data?.frameFolder).toEqual({
      name: 'Plate A',
      frameCount: 3,
      frames: {
        totalCount: 3,
        edges: [
          { node: { number: 1001, name: 'plate_1001.png' } },
          { node: { number: 1002, name: 'plate_1002.png' } },
        ],
      },
    });
  });

  it('takes 16-bit, greyscale and alpha images as a compositor would, not refusing them', async () => {
    const sixteenBit = await sharp(Buffer.alloc(8 * 4 * 3, 200), {
      raw: { width: 8, height: 4, channels: 3 },
    })
      .toColourspace('rgb16')
      .png()
      .toBuffer();
    expect((await sharp(sixteenBit).metadata()).depth).toBe('ushort');
    const grey = await sharp(Buffer.alloc(8 * 4, 128), { raw: { width: 8, height: 4, channels: 1 } })
      .png()
      .toBuffer();
    const alpha = await sharp(Buffer.alloc(8 * 4 * 4, 90), { raw: { width: 8, height: 4, channels: 4 } })
      .png()
      .toBuffer();
    const result = await uploadFrames(
      server,
      [
        { name: 'mixed.1.png', bytes: sixteenBit },
        { name: 'mixed.2.png', bytes: grey },
        { name: 'mixed.3.png', bytes: alpha },
      ],
      operator,
    );
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({ name: 'mixed', frameCount: 3, width: 8, height: 4 });
    // Recorded for models that read the alpha as a mask (FRAME_ALPHA), though the decode flattens it.
    expect(result.body.frames.map((f: { hasAlpha: boolean }) => f.hasAlpha)).toEqual([false, false, true]);
  });

  it('refuses a hole in the numbering, a corrupt, an empty and a too-wide image, writing nothing', async () => {
    const ok = await flatPng(16, 16, [1, 2, 3]);
    const before = [await count('stored_file'), await count('frame_folder')];
    const hole = await uploadFrames(
      server,
      [
        { name: 'a_01.png', bytes: ok },
        { name: 'a_03.png', bytes: ok },
      ],
      operator,
    );
    expect(hole.body.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'frames',
      message:
        'The sequence runs 1 to 3 but has no frame 2; upload the missing frames, or the parts on either side as separate folders.',
    });
    const corrupt = await uploadFrames(
      server,
      [
        { name: 'b_1.png', bytes: ok },
        { name: 'b_2.png', bytes: ok.subarray(0, ok.length - 20) },
      ],
      operator,
    );
    expect(corrupt.body.error).toMatchObject({ field: 'frames[1]', reason: 'IMAGE_UNREADABLE' });
    expect(corrupt.body.error.message).toMatch(/^b_2\.png: The image cannot be decoded/);
    const empty = await uploadFrames(server, [{ name: 'c.png', bytes: Buffer.alloc(0) }], operator);
    expect(empty.body.error).toMatchObject({
      field: 'frames[0]',
      message: 'c.png: The image is empty (0 bytes); upload the frame again.',
    });
    const wide = await uploadFrames(
      server,
      [{ name: 'd.png', bytes: await flatPng(600, 8, [0, 0, 0]) }],
      operator,
    );
    expect(wide.body.error).toMatchObject({ field: 'frames[0]', reason: 'IMAGE_TOO_LARGE' });
    const sizes = await uploadFrames(
      server,
      [
        { name: 'e_1.png', bytes: ok },
        { name: 'e_2.png', bytes: await flatPng(17, 16, [0, 0, 0]) },
      ],
      operator,
    );
    expect(sizes.body.error.message).toBe(
      'e_2.png is 17x16 but e_1.png is 16x16; a folder holds one plate size, so conform the frames or upload them as separate folders.',
    );
    expect([await count('stored_file'), await count('frame_folder')]).toEqual(before);
  });
});
