import type { Tensor } from 'onnxruntime-node';
import sharp, { type Sharp } from 'sharp';
import { axesOf, DEFAULT_MASK_THRESHOLD, outputRangeOf, type AdapterSpec } from './adapter';
import { blendTiles } from './blend';
import { InferenceInputError } from './errors';
import type { PreparedInput } from './preprocess';

/** 8-bit pixels, interleaved: RGB for IMAGE outputs, one grey channel for MATTE and MASK. */
export interface OutputImage {
  width: number;
  height: number;
  channels: 1 | 3;
  data: Buffer;
}

export interface EncodedOutput {
  png: Buffer;
  /** THUMBNAIL_WIDTH px wide (smaller frames keep their size), JPEG: for lists and review pages. */
  thumbnail: Buffer;
}

export const THUMBNAIL_WIDTH = 320;

/**
 * Puts the model's outputs back together into one 8-bit image at the frame's size times the model's
 * scale (1 for most models, 2 for a 2x upscaler): each run writes only its kept region, padding is
 * cropped off, and a frame resized for a fixed-size model is scaled back.
 */
export async function assembleOutput(
  prepared: PreparedInput,
  outputs: Tensor[],
  adapter: AdapterSpec,
): Promise<OutputImage> {
  const axes = axesOf(adapter.layout);
  const channels = adapter.outputKind === 'IMAGE' ? 3 : 1;
  const scale = modelScale(prepared, outputs[0], adapter);
  const fed = prepared.resizedTo ?? prepared;
  const width = fed.width * scale;
  const height = fed.height * scale;
  const data = Buffer.alloc(width * height * channels);
  // A clamped view rounds and clamps on assignment (NaN becomes 0): no per-value branches in JS.
  const bytes = new Uint8ClampedArray(data.buffer, data.byteOffset, data.length);
  const { low, factor, threshold } = valueMapping(adapter);
  // Canvas channel k (R, G, B) reads output channel order[k]: a BGR model writes blue first.
  const order = adapter.colour === 'RGB' ? [0, 1, 2] : [2, 1, 0];
  const planar = adapter.layout === 'NCHW';
  if (prepared.runs.length > 1) {
    checkChannels(channels, outputs[0].dims[axes.c]);
    const blended = blendTiles(
      prepared.runs.map((run) => run.feed),
      outputs,
      { width, height, channels, scale, planar, axes, order, overlap: adapter.tileOverlap ?? 0 },
    );
    for (let i = 0; i < blended.length; i++)
      bytes[i] = threshold === undefined ? (blended[i] - low) * factor : blended[i] >= threshold ? 255 : 0;
    return { width, height, channels, data };
  }
  prepared.runs.forEach(({ feed, keep }, i) => {
    const tensor = outputs[i];
    const values = tensor.data as Float32Array;
    const outWidth = tensor.dims[axes.w];
    const outChannels = tensor.dims[axes.c];
    checkChannels(channels, outChannels);
    const plane = tensor.dims[axes.h] * outWidth;
    const step = planar ? 1 : outChannels;
    const [x0, x1] = [keep.x * scale, (keep.x + keep.width) * scale];
    for (let y = keep.y * scale; y < (keep.y + keep.height) * scale; y++) {
      const rowIn = (y - feed.y * scale) * outWidth + x0 - feed.x * scale;
      for (let k = 0; k < channels; k++) {
        let source = planar ? order[k] * plane + rowIn : rowIn * outChannels + order[k];
        let target = (y * width + x0) * channels + k;
        if (threshold === undefined) {
          for (let x = x0; x < x1; x++, source += step, target += channels)
            bytes[target] = (values[source] - low) * factor;
        } else {
          for (let x = x0; x < x1; x++, source += step, target += channels)
            bytes[target] = values[source] >= threshold ? 255 : 0;
        }
      }
    }
  });
  const image: OutputImage = { width, height, channels, data };
  return prepared.resizedTo
    ? scaleBack(image, prepared.width * scale, prepared.height * scale, adapter)
    : image;
}

function checkChannels(channels: number, outChannels: number): void {
  if (channels === 3 && outChannels !== 3) {
    throw new InferenceInputError(
      'ADAPTER_MISMATCH',
      'adapter.outputKind',
      `Output kind IMAGE needs 3 channels but the model wrote ${outChannels}; choose MATTE or MASK for a one-channel output.`,
    );
  }
}

/** Output size / input size: a whole number, the same across and down. */
function modelScale(prepared: PreparedInput, output: Tensor, adapter: AdapterSpec): number {
  const axes = axesOf(adapter.layout);
  const { feed } = prepared.runs[0];
  const outHeight = output.dims[axes.h];
  const outWidth = output.dims[axes.w];
  const scale = outHeight / feed.height;
  if (output.dims.length !== 4 || !Number.isInteger(scale) || scale < 1 || outWidth !== feed.width * scale) {
    throw new InferenceInputError(
      'ADAPTER_MISMATCH',
      'adapter.layout',
      `The model returned a ${output.dims.join('x')} output for a ${feed.width}x${feed.height} input; the engine reads 4-dimensional outputs in the adapter's layout at the input size or a whole multiple of it. Check the layout and the output name.`,
    );
  }
  return scale;
}

/** Model value v becomes byte (v - low) * factor, or 255/0 against a mask threshold. */
function valueMapping(adapter: AdapterSpec): { low: number; factor: number; threshold?: number } {
  if (adapter.outputKind === 'MASK')
    return { low: 0, factor: 0, threshold: adapter.maskThreshold ?? DEFAULT_MASK_THRESHOLD };
  // Mattes are coverage 0..1; images use the adapter's output range.
  const [low, high] = adapter.outputKind === 'MATTE' ? [0, 1] : outputRangeOf(adapter);
  return { low, factor: 255 / (high - low) };
}

async function scaleBack(
  image: OutputImage,
  width: number,
  height: number,
  adapter: AdapterSpec,
): Promise<OutputImage> {
  // A mask stays binary: nearest-neighbour, not an interpolating kernel.
  const kernel = adapter.outputKind === 'MASK' ? 'nearest' : 'lanczos3';
  const data = await rawSharp(image).resize(width, height, { fit: 'fill', kernel }).raw().toBuffer();
  return { ...image, width, height, data };
}

function rawSharp(image: OutputImage): Sharp {
  const raw = sharp(image.data, {
    raw: { width: image.width, height: image.height, channels: image.channels },
  });
  // Without this sharp writes one-channel input as RGB; a matte is stored as 8-bit grey.
  return image.channels === 1 ? raw.toColourspace('b-w') : raw;
}

export async function encodeOutput(image: OutputImage): Promise<EncodedOutput> {
  const source = rawSharp(image);
  const [png, thumbnail] = await Promise.all([
    source.clone().png().toBuffer(),
    source
      .clone()
      .resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true })
      .jpeg({ quality: 80 })
      .toBuffer(),
  ]);
  return { png, thumbnail };
}
