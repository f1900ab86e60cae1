import { Tensor } from 'onnxruntime-node';
import sharp from 'sharp';
import { axesOf, type AdapterSpec } from './adapter';
import type { RgbImage } from './decode';
import { planInput, type Region, type Run } from './geometry';

/** A frame turned into the tensors the model runs on, with what postprocess needs to put it back. */
export interface PreparedInput {
  width: number;
  height: number;
  runs: Array<Run & { tensor: Tensor }>;
  /** The size the frame was scaled to (fixed-size models, resize strategy); the output is scaled back. */
  resizedTo?: { width: number; height: number };
}

export async function prepareInput(image: RgbImage, adapter: AdapterSpec): Promise<PreparedInput> {
  const plan = planInput(image.width, image.height, adapter);
  const source = plan.resizeTo ? await resizeImage(image, plan.resizeTo) : image;
  return {
    width: image.width,
    height: image.height,
    runs: plan.runs.map((run) => ({ ...run, tensor: toTensor(source, run.feed, adapter) })),
    resizedTo: plan.resizeTo,
  };
}

async function resizeImage(image: RgbImage, size: { width: number; height: number }): Promise<RgbImage> {
  const data = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(size.width, size.height, { fit: 'fill' })
    .raw()
    .toBuffer();
  return { ...size, data };
}

/** Per-channel a, b so that model value = byte * a + b, in the model's channel order. */
function valueTransform(adapter: AdapterSpec): { scale: number[]; offset: number[] } {
  const { values } = adapter;
  if (values.kind === 'range') {
    const scale = (values.max - values.min) / 255;
    return { scale: [scale, scale, scale], offset: [values.min, values.min, values.min] };
  }
  return {
    scale: values.std.map((s) => 1 / (255 * s)),
    offset: values.mean.map((m, c) => -m / values.std[c]),
  };
}

/**
 * Fills a float32 tensor [1, C, H, W] or [1, H, W, C] for one feed region. Pixels outside the
 * frame repeat the nearest edge pixel: zero padding would put a dark border into every
 * convolution and every matte near the frame edge.
 */
export function toTensor(image: RgbImage, feed: Region, adapter: AdapterSpec): Tensor {
  const { width, height } = feed;
  const data = new Float32Array(3 * width * height);
  const { scale, offset } = valueTransform(adapter);
  // Model channel c reads source channel order[c]: BGR models take blue first.
  const order = adapter.colour === 'RGB' ? [0, 1, 2] : [2, 1, 0];
  const planar = adapter.layout === 'NCHW';
  const plane = width * height;
  // Source byte offset of each column (clamped to the frame): computed once, used on every row.
  const sourceColumn = Int32Array.from({ length: width }, (_, x) => clamp(feed.x + x, image.width) * 3);
  const pixels = image.data;
  const step = planar ? 1 : 3;
  for (let y = 0; y < height; y++) {
    const rowStart = clamp(feed.y + y, image.height) * image.width * 3;
    for (let c = 0; c < 3; c++) {
      const a = scale[c];
      const b = offset[c];
      const source = rowStart + order[c];
      let target = planar ? c * plane + y * width : y * width * 3 + c;
      for (let x = 0; x < width; x++, target += step) data[target] = pixels[source + sourceColumn[x]] * a + b;
    }
  }
  const axes = axesOf(adapter.layout);
  const dims = [1, 0, 0, 0];
  dims[axes.c] = 3;
  dims[axes.h] = height;
  dims[axes.w] = width;
  return new Tensor('float32', data, dims);
}

function clamp(index: number, length: number): number {
  return index < 0 ? 0 : index >= length ? length - 1 : index;
}
