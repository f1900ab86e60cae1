import sharp from 'sharp';
import type { AdapterSpec } from '../adapter';

/** Support for the engine's specs: tiny images whose every pixel a test can check by hand. */

function png(width: number, height: number, pixels: number[][], channels: 3 | 4): Promise<Buffer> {
  return sharp(Buffer.from(pixels.flat()), { raw: { width, height, channels } }).png().toBuffer();
}

/** An 8-bit RGB PNG from [r, g, b] pixels given row by row. */
export function rgbPng(
  width: number,
  height: number,
  pixels: Array<[number, number, number]>,
): Promise<Buffer> {
  return png(width, height, pixels, 3);
}

/** An 8-bit RGBA PNG from [r, g, b, a] pixels given row by row: a plate with its matte in alpha. */
export function rgbaPng(
  width: number,
  height: number,
  pixels: Array<[number, number, number, number]>,
): Promise<Buffer> {
  return png(width, height, pixels, 4);
}

/** A width x height PNG of one colour. */
export function flatPng(width: number, height: number, colour: [number, number, number]): Promise<Buffer> {
  return rgbPng(
    width,
    height,
    Array.from({ length: width * height }, () => colour),
  );
}

/** A deterministic colourful pattern: neighbouring pixels differ, so any misplaced pixel shows. */
export function patternPng(width: number, height: number): Promise<Buffer> {
  const pixels: Array<[number, number, number]> = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++)
      pixels.push([(x * 37 + y * 11) % 256, (x * 5 + y * 53) % 256, (x * y * 7 + 91) % 256]);
  }
  return rgbPng(width, height, pixels);
}

/** Raw decoded pixels and size of a PNG, with the file's channels (sharp would otherwise expand grey to RGB). */
export async function pixelsOf(
  png: Buffer,
): Promise<{ width: number; height: number; channels: number; data: Buffer }> {
  const grey = (await sharp(png).metadata()).channels === 1;
  const { data, info } = await (grey ? sharp(png).toColourspace('b-w') : sharp(png))
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: info.channels, data };
}

/** The adapter of the hand-set models: RGB planes in 0..1, any size. */
export function planarAdapter(
  outputKind: AdapterSpec['outputKind'],
  overrides: Partial<AdapterSpec> = {},
): AdapterSpec {
  return {
    layout: 'NCHW',
    colour: 'RGB',
    values: { kind: 'range', min: 0, max: 1 },
    size: { kind: 'any' },
    outputKind,
    ...overrides,
  };
}
