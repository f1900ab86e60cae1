import { Tensor } from 'onnxruntime-node';
import sharp from 'sharp';
import { axesOf, type AdapterSpec } from './adapter';
import { readsFrom } from './adapter-inputs';
import type { RgbImage } from './decode';
import { planInput, type Region, type Run } from './geometry';

/** A frame turned into the tensors the model runs on, with what postprocess needs to put it back. */
export interface PreparedInput {
  width: number;
  height: number;
  /** Per run the frame's tensor and, by input name, the adapter's extra inputs (if any) cut the same way. */
  runs: Array<Run & { tensor: Tensor; extras?: Record<string, Tensor> }>;
  /** The size the frame was scaled to (fixed-size models, resize strategy); the output is scaled back. */
  resizedTo?: { width: number; height: number };
}

/**
 * `previous` is the frame before this one, for a PREVIOUS_FRAME input (the first frame pairs with
 * itself); frames of a folder are one size, so it is cut like this one.
 */
export async function prepareInput(
  image: RgbImage,
  adapter: AdapterSpec,
  previous: RgbImage = image,
  buffers = new TensorBuffers(),
): Promise<PreparedInput> {
  const plan = planInput(image.width, image.height, adapter);
  const fit = (frame: RgbImage) => (plan.resizeTo ? resizeImage(frame, plan.resizeTo) : frame);
  const source = await fit(image);
  const before = readsFrom(adapter, 'PREVIOUS_FRAME') && previous !== image ? await fit(previous) : source;
  const extras = (feed: Region) =>
    Object.fromEntries(
      adapter.extraInputs!.map(({ name, source: from }) => [
        name,
        from === 'FRAME_ALPHA'
          ? alphaTensor(source, feed, adapter, buffers)
          : toTensor(before, feed, adapter, buffers),
      ]),
    );
  return {
    width: image.width,
    height: image.height,
    runs: plan.runs.map((run) => ({
      ...run,
      tensor: toTensor(source, run.feed, adapter, buffers),
      ...(adapter.extraInputs?.length && { extras: extras(run.feed) }),
    })),
    resizedTo: plan.resizeTo,
  };
}

/** Scales the colour and, when kept, the alpha to the same size with the same filter. */
async function resizeImage(image: RgbImage, size: { width: number; height: number }): Promise<RgbImage> {
  const scale = (pixels: Buffer, channels: 1 | 3) =>
    sharp(pixels, { raw: { width: image.width, height: image.height, channels } })
      .resize(size.width, size.height, { fit: 'fill' })
      // A one-band raw image would come back as sRGB (three equal bands) otherwise.
      .toColourspace(channels === 1 ? 'b-w' : 'srgb')
      .raw()
      .toBuffer();
  const [data, alpha] = await Promise.all([scale(image.data, 3), image.alpha && scale(image.alpha, 1)]);
  return alpha ? { ...size, data, alpha } : { ...size, data };
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

/** The frame's colour as the model takes it: value mapping, colour order and layout of the adapter. */
export function toTensor(
  image: RgbImage,
  feed: Region,
  adapter: AdapterSpec,
  buffers = new TensorBuffers(),
): Tensor {
  const { scale, offset } = valueTransform(adapter);
  // Model channel c reads source channel order[c]: BGR models take blue first.
  const order = adapter.colour === 'RGB' ? [0, 1, 2] : [2, 1, 0];
  const channels = order.map((from, c) => ({ from, scale: scale[c], offset: offset[c] }));
  return fillTensor({ ...image, stride: 3 }, feed, adapter.layout, channels, buffers);
}

/** The frame's alpha as one channel of coverage 0..1 (alpha / 255), in the adapter's layout. */
export function alphaTensor(
  image: RgbImage,
  feed: Region,
  adapter: AdapterSpec,
  buffers = new TensorBuffers(),
): Tensor {
  // decodeImage keeps the alpha (or refuses the frame) whenever the adapter has a FRAME_ALPHA input.
  const source = { width: image.width, height: image.height, data: image.alpha!, stride: 1 };
  return fillTensor(source, feed, adapter.layout, [{ from: 0, scale: 1 / 255, offset: 0 }], buffers);
}

/**
 * Fills a float32 tensor [1, C, H, W] or [1, H, W, C] for one feed region: model channel c is
 * source channel `from` times `scale` plus `offset`. Pixels outside the frame repeat the nearest
 * edge pixel: zero padding would put a dark border into every convolution and every matte near the
 * frame edge.
 */
function fillTensor(
  image: { width: number; height: number; data: Buffer; stride: number },
  feed: Region,
  layout: AdapterSpec['layout'],
  channels: Array<{ from: number; scale: number; offset: number }>,
  buffers: TensorBuffers,
): Tensor {
  const { width, height } = feed;
  const count = channels.length;
  // Every value is written below, so a buffer of an earlier frame can be filled as it is.
  const data = buffers.take(count * width * height);
  const planar = layout === 'NCHW';
  const { stride, data: pixels } = image;
  const step = planar ? 1 : count;
  // Feed columns left of the frame, then inside it (read in order), then right of it.
  const left = Math.min(width, Math.max(0, -feed.x));
  const inside = Math.max(left, Math.min(width, image.width - feed.x));
  for (let c = 0; c < count; c++) {
    const table = valueTable(channels[c]);
    for (let y = 0; y < height; y++) {
      const row = clamp(feed.y + y, image.height) * image.width * stride + channels[c].from;
      let target = planar ? (c * height + y) * width : y * width * count + c;
      let x = 0;
      for (const edge = table[pixels[row]]; x < left; x++, target += step) data[target] = edge;
      let source = row + (feed.x + x) * stride;
      for (; x < inside; x++, source += stride, target += step) data[target] = table[pixels[source]];
      const edge = table[pixels[row + (image.width - 1) * stride]];
      for (; x < width; x++, target += step) data[target] = edge;
    }
  }
  const axes = axesOf(layout);
  const dims = [1, 0, 0, 0];
  dims[axes.c] = count;
  dims[axes.h] = height;
  dims[axes.w] = width;
  return new Tensor('float32', data, dims);
}

/**
 * The model value of each byte value: byte * scale + offset, rounded to float32 once, as the
 * arithmetic per pixel gave it. A look-up per value, and the table is 1 KiB.
 */
function valueTable({ scale, offset }: { scale: number; offset: number }): Float32Array {
  return Float32Array.from({ length: 256 }, (_, byte) => byte * scale + offset);
}

function clamp(index: number, length: number): number {
  return index < 0 ? 0 : index >= length ? length - 1 : index;
}

/**
 * Float32 buffers of tensors already run, kept for the next frame of the same size. A job's frames
 * are one size, and a fresh 25 MB buffer for every 1080p frame had the garbage collector run about
 * 20 ms a frame (a CPU profile of the text matte's worker).
 */
export class TensorBuffers {
  private readonly free = new Map<number, Float32Array[]>();

  take(length: number): Float32Array {
    return this.free.get(length)?.pop() ?? new Float32Array(length);
  }

  /** Gives a buffer back once the run that read it is done: nothing may read it after. */
  give(data: Float32Array): void {
    const list = this.free.get(data.length) ?? [];
    list.push(data);
    this.free.set(data.length, list);
  }

  /** Gives back the input's buffers once its runs are done. */
  release(input: PreparedInput): void {
    for (const run of input.runs) {
      for (const tensor of [run.tensor, ...Object.values(run.extras ?? {})])
        this.give(tensor.data as Float32Array);
    }
  }
}
