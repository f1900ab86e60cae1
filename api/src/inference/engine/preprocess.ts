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
): Promise<PreparedInput> {
  const plan = planInput(image.width, image.height, adapter);
  const fit = (frame: RgbImage) => (plan.resizeTo ? resizeImage(frame, plan.resizeTo) : frame);
  const source = await fit(image);
  const before = readsFrom(adapter, 'PREVIOUS_FRAME') && previous !== image ? await fit(previous) : source;
  const extras = (feed: Region) =>
    Object.fromEntries(
      adapter.extraInputs!.map(({ name, source: from }) => [
        name,
        from === 'FRAME_ALPHA' ? alphaTensor(source, feed, adapter) : toTensor(before, feed, adapter),
      ]),
    );
  return {
    width: image.width,
    height: image.height,
    runs: plan.runs.map((run) => ({
      ...run,
      tensor: toTensor(source, run.feed, adapter),
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
export function toTensor(image: RgbImage, feed: Region, adapter: AdapterSpec): Tensor {
  const { scale, offset } = valueTransform(adapter);
  // Model channel c reads source channel order[c]: BGR models take blue first.
  const order = adapter.colour === 'RGB' ? [0, 1, 2] : [2, 1, 0];
  const channels = order.map((from, c) => ({ from, scale: scale[c], offset: offset[c] }));
  return fillTensor({ ...image, stride: 3 }, feed, adapter.layout, channels);
}

/** The frame's alpha as one channel of coverage 0..1 (alpha / 255), in the adapter's layout. */
export function alphaTensor(image: RgbImage, feed: Region, adapter: AdapterSpec): Tensor {
  // decodeImage keeps the alpha (or refuses the frame) whenever the adapter has a FRAME_ALPHA input.
  const source = { width: image.width, height: image.height, data: image.alpha!, stride: 1 };
  return fillTensor(source, feed, adapter.layout, [{ from: 0, scale: 1 / 255, offset: 0 }]);
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
): Tensor {
  const { width, height } = feed;
  const count = channels.length;
  const data = new Float32Array(count * width * height);
  const planar = layout === 'NCHW';
  const plane = width * height;
  const { stride } = image;
  // Source byte offset of each column (clamped to the frame): computed once, used on every row.
  const sourceColumn = Int32Array.from({ length: width }, (_, x) => clamp(feed.x + x, image.width) * stride);
  const pixels = image.data;
  const step = planar ? 1 : count;
  for (let y = 0; y < height; y++) {
    const rowStart = clamp(feed.y + y, image.height) * image.width * stride;
    for (let c = 0; c < count; c++) {
      const { scale: a, offset: b } = channels[c];
      const source = rowStart + channels[c].from;
      let target = planar ? c * plane + y * width : y * width * count + c;
      for (let x = 0; x < width; x++, target += step) data[target] = pixels[source + sourceColumn[x]] * a + b;
    }
  }
  const axes = axesOf(layout);
  const dims = [1, 0, 0, 0];
  dims[axes.c] = count;
  dims[axes.h] = height;
  dims[axes.w] = width;
  return new Tensor('float32', data, dims);
}

function clamp(index: number, length: number): number {
  return index < 0 ? 0 : index >= length ? length - 1 : index;
}
