import sharp, { type OutputInfo } from 'sharp';
import { InferenceInputError } from './errors';

/** 8-bit sRGB pixels, interleaved R, G, B, rows top to bottom. */
export interface RgbImage {
  width: number;
  height: number;
  data: Buffer;
  /** One byte per pixel, same order; only when decoded with `alpha` (a model with a FRAME_ALPHA input). */
  alpha?: Buffer;
}

export interface DecodeLimits {
  maxWidth: number;
  maxHeight: number;
}

/** 12,000 px covers 8K and large-format stills with room; anything bigger is far more likely a mistake. */
export const DEFAULT_DECODE_LIMITS: DecodeLimits = { maxWidth: 12_000, maxHeight: 12_000 };

/**
 * Decodes a frame into what every model in the engine consumes, converted the way a compositor
 * reads a plate for an 8-bit sRGB pipeline:
 * - 16-bit images are scaled to 8 bits (65535 -> 255), not refused;
 * - greyscale becomes R = G = B;
 * - other colour spaces (CMYK, tagged profiles) are converted to sRGB;
 * - alpha is flattened over black, which is premultiplying: transparent pixels become black
 *   instead of keeping whatever colour the file stored under them;
 * - multi-page files (TIFF, GIF) give their first page.
 * With `alpha` (a model that reads the alpha channel as its mask) the alpha is kept apart and the
 * colour is not flattened: there the alpha marks a region (the area to paint), not transparency,
 * and flattening would blacken the picture outside it. A frame without alpha is then refused.
 * `field` names the input in the error (e.g. `frames[3]`).
 */
export async function decodeImage(
  bytes: Buffer,
  field: string,
  limits: DecodeLimits = DEFAULT_DECODE_LIMITS,
  { alpha = false }: { alpha?: boolean } = {},
): Promise<RgbImage> {
  if (bytes.length === 0) {
    throw new InferenceInputError(
      'IMAGE_UNREADABLE',
      field,
      'The image is empty (0 bytes); upload the frame again.',
    );
  }
  const options = { failOn: 'error' as const, limitInputPixels: limits.maxWidth * limits.maxHeight };
  // One libvips call from bytes to pixels (no separate header read first): it runs on libuv's
  // threads as a whole, so the pipeline can start it before a model run holds the event loop.
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    const image = sharp(bytes, options);
    decoded = await (alpha ? image : image.flatten({ background: '#000000' }))
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    if (!/pixel limit/i.test((error as Error).message)) throw unreadable(field, error);
    const { width, height } = await sharp(bytes, { limitInputPixels: false }).metadata();
    throw tooLarge(field, width, height, limits);
  }
  const { width, height } = decoded.info;
  if (width > limits.maxWidth || height > limits.maxHeight) throw tooLarge(field, width, height, limits);
  if (!alpha) return { width, height, data: decoded.data };
  if (decoded.info.channels !== 4) {
    throw new InferenceInputError(
      'FRAME_ALPHA_MISSING',
      field,
      "The frame has no alpha channel, and the model's mask input reads the frame's alpha channel; export the plate with the matte in alpha (an RGBA PNG, TIFF or WebP) and upload the frames again.",
    );
  }
  return { width, height, ...splitAlpha(decoded.data, width * height) };
}

/** Interleaved RGBA to interleaved RGB and the alpha plane. */
function splitAlpha(rgba: Buffer, pixels: number): { data: Buffer; alpha: Buffer } {
  const data = Buffer.allocUnsafe(pixels * 3);
  const alpha = Buffer.allocUnsafe(pixels);
  for (let i = 0; i < pixels; i++) {
    data[i * 3] = rgba[i * 4];
    data[i * 3 + 1] = rgba[i * 4 + 1];
    data[i * 3 + 2] = rgba[i * 4 + 2];
    alpha[i] = rgba[i * 4 + 3];
  }
  return { data, alpha };
}

function tooLarge(field: string, width: number, height: number, limits: DecodeLimits): InferenceInputError {
  return new InferenceInputError(
    'IMAGE_TOO_LARGE',
    field,
    `The image is ${width}x${height} pixels, larger than the ${limits.maxWidth}x${limits.maxHeight} this engine accepts; scale it down or split it before uploading.`,
  );
}

function unreadable(field: string, error: unknown): InferenceInputError {
  return new InferenceInputError(
    'IMAGE_UNREADABLE',
    field,
    `The image cannot be decoded (${(error as Error).message}); check that it is a complete PNG, JPEG, TIFF or WebP file.`,
    { cause: error },
  );
}
