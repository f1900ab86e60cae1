import sharp from 'sharp';
import { decodeImage } from './decode';
import { InferenceInputError } from './errors';
import { flatPng, rgbaPng } from './testing/images';

async function refusal(
  bytes: Buffer,
  limits?: { maxWidth: number; maxHeight: number },
): Promise<InferenceInputError> {
  const error = await decodeImage(bytes, 'frames[2]', limits).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InferenceInputError);
  return error as InferenceInputError;
}

describe('decodeImage', () => {
  it('decodes to 8-bit RGB', async () => {
    const image = await decodeImage(await flatPng(3, 2, [10, 200, 30]), 'frames[0]');
    expect(image).toMatchObject({ width: 3, height: 2 });
    expect([...image.data.subarray(0, 6)]).toEqual([10, 200, 30, 10, 200, 30]);
  });

  it('refuses an empty buffer', async () => {
    expect(await refusal(Buffer.alloc(0))).toMatchObject({
      code: 'IMAGE_UNREADABLE',
      field: 'frames[2]',
      message: expect.stringContaining('empty'),
    });
  });

  it('refuses a corrupt PNG with the decoder reason', async () => {
    const png = await flatPng(64, 64, [1, 2, 3]);
    const truncated = png.subarray(0, png.length - 30);
    expect(await refusal(truncated)).toMatchObject({ code: 'IMAGE_UNREADABLE', field: 'frames[2]' });
    expect(await refusal(Buffer.from('not an image at all'))).toMatchObject({ code: 'IMAGE_UNREADABLE' });
  });

  it('refuses an image over the size limit, saying how big it is', async () => {
    const error = await refusal(await flatPng(40, 10, [0, 0, 0]), { maxWidth: 32, maxHeight: 32 });
    expect(error).toMatchObject({ code: 'IMAGE_TOO_LARGE', field: 'frames[2]' });
    expect(error.message).toContain('40x10');
    // More pixels than the limits allow at all: refused before decoding, with the same sentence.
    expect(await refusal(await flatPng(64, 64, [0, 0, 0]), { maxWidth: 32, maxHeight: 32 })).toMatchObject({
      code: 'IMAGE_TOO_LARGE',
      message: expect.stringContaining('64x64'),
    });
  });

  it('converts a 16-bit greyscale PNG with alpha instead of refusing it', async () => {
    // Grey 16000, 32000, 48000 of 65535 with alpha full, half, full.
    const greyAlpha = new Uint16Array([16000, 65535, 32000, 32768, 48000, 65535]);
    const png = await sharp(greyAlpha, { raw: { width: 3, height: 1, channels: 2 } })
      .toColourspace('grey16')
      .png()
      .toBuffer();
    expect(await sharp(png).metadata()).toMatchObject({ depth: 'ushort', channels: 2, hasAlpha: true });
    const image = await decodeImage(png, 'frames[0]');
    // 16000 / 65535 x 255 = 62; 32000 -> 124.5, at half alpha over black -> 62; 48000 -> 187.
    expect([...image.data]).toEqual([62, 62, 62, 62, 62, 62, 187, 187, 187]);
  });

  it('keeps the alpha apart, the colour as stored, when asked for it', async () => {
    const png = await rgbaPng(2, 1, [
      [200, 100, 50, 255],
      [200, 100, 50, 51],
    ]);
    const image = await decodeImage(png, 'frames[0]', undefined, { alpha: true });
    expect([...image.data]).toEqual([200, 100, 50, 200, 100, 50]);
    expect([...image.alpha!]).toEqual([255, 51]);
    // Without it, the alpha is flattened over black as before: 200 x 51 / 255 = 40.
    expect([...(await decodeImage(png, 'frames[0]')).data.subarray(3)]).toEqual([40, 20, 10]);
  });

  it('refuses a frame without alpha when asked for it, saying where the matte belongs', async () => {
    const error = await decodeImage(await flatPng(2, 1, [1, 2, 3]), 'frames[4]', undefined, {
      alpha: true,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'FRAME_ALPHA_MISSING',
      field: 'frames[4]',
      message: expect.stringContaining("reads the frame's alpha channel"),
    });
  });
});
