import type { Tensor } from 'onnxruntime-node';
import sharp, { type Sharp } from 'sharp';
import { axesOf, DEFAULT_MASK_THRESHOLD, outputRangeOf, type AdapterSpec } from './adapter';
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
export async function assembleOutput(prepared: PreparedInput, outputs: Tensor[], adapter: AdapterSpec): Promise<OutputImage> {
  const axes = axesOf(adapter.layout);
  const channels = adapter.outputKind === 'IMAGE' ? 3 : 1;
  const scale = modelScale(prepared, outputs[0], adapter);
  const fed = prepared.resizedTo ?? prepared;
  const width = fed.width * scale;
  const height = fed.height * scale;
  const data = Buffer.alloc(width * height * channels);
  const toByte = byteConverter(adapter);
  // Canvas channel k (R, G, B) reads output channel order[k]: a BGR model writes blue first.
  const order = adapter.colour === 'RGB' ? [0, 1, 2] : [2, 1, 0];
  prepared.runs.forEach(({ feed, keep }, i) => {
    const tensor = outputs[i];
    const values = tensor.data as Float32Array;
    const outWidth = tensor.dims[axes.w];
    const outChannels = tensor.dims[axes.c];
    if (channels === 3 && outChannels !== 3) {
      throw new InferenceInputError(
        'ADAPTER_MISMATCH',
        'adapter.outputKind',
        `Output kind IMAGE needs 3 channels but the model wrote ${outChannels}; choose MATTE or MASK for a one-channel output.`,
      );
    }
    const plane = tensor.dims[axes.h] * outWidth;
    const channelStep = adapter.layout === 'NCHW' ? plane : 1;
    const pixelStep = adapter.layout === 'NCHW' ? 1 : outChannels;
    for (let y = keep.y * scale; y < (keep.y + keep.height) * scale; y++) {
      const rowIn = (y - feed.y * scale) * outWidth;
      for (let x = keep.x * scale; x < (keep.x + keep.width) * scale; x++) {
        const pixelIn = (rowIn + x - feed.x * scale) * pixelStep;
        const pixelOut = (y * width + x) * channels;
        for (let k = 0; k < channels; k++) data[pixelOut + k] = toByte(values[pixelIn + order[k] * channelStep]);
      }
    }
  });
  const image: OutputImage = { width, height, channels, data };
  return prepared.resizedTo ? scaleBack(image, prepared.width * scale, prepared.height * scale, adapter) : image;
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

function byteConverter(adapter: AdapterSpec): (value: number) => number {
  if (adapter.outputKind === 'MASK') {
    const threshold = adapter.maskThreshold ?? DEFAULT_MASK_THRESHOLD;
    return (value) => (value >= threshold ? 255 : 0);
  }
  // Mattes are coverage 0..1; images use the adapter's output range.
  const [low, high] = adapter.outputKind === 'MATTE' ? [0, 1] : outputRangeOf(adapter);
  const factor = 255 / (high - low);
  // Writing into a Buffer (Uint8Array) would wrap out-of-range values, so clamp first; NaN becomes 0.
  return (value) => {
    const byte = Math.round((value - low) * factor);
    return byte > 255 ? 255 : byte > 0 ? byte : 0;
  };
}

async function scaleBack(image: OutputImage, width: number, height: number, adapter: AdapterSpec): Promise<OutputImage> {
  // A mask stays binary: nearest-neighbour, not an interpolating kernel.
  const kernel = adapter.outputKind === 'MASK' ? 'nearest' : 'lanczos3';
  const data = await rawSharp(image).resize(width, height, { fit: 'fill', kernel }).raw().toBuffer();
  return { ...image, width, height, data };
}

function rawSharp(image: OutputImage): Sharp {
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } });
}

export async function encodeOutput(image: OutputImage): Promise<EncodedOutput> {
  const source = rawSharp(image);
  const [png, thumbnail] = await Promise.all([
    source.clone().png().toBuffer(),
    source.clone().resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true }).jpeg({ quality: 80 }).toBuffer(),
  ]);
  return { png, thumbnail };
}
