import type { Tensor } from 'onnxruntime-node';
import type { Region } from './geometry';

/** Where a tiled frame's outputs go: the canvas size in output pixels and how the tensors are laid out. */
export interface BlendTarget {
  width: number;
  height: number;
  /** Canvas channels (3 for IMAGE, 1 for MATTE and MASK). */
  channels: number;
  /** Output scale (2 for a 2x upscaler): feeds are in input pixels, tensors in output pixels. */
  scale: number;
  planar: boolean;
  axes: { c: number; h: number; w: number };
  /** Canvas channel k reads tensor channel order[k]. */
  order: number[];
  /** Pixels two neighbouring tiles share, in input pixels (the adapter's tileOverlap). */
  overlap: number;
}

/**
 * Weights along one axis of a tile covering [start, start + length) of [0, total): 1 inside, ramping
 * linearly over `ramp` pixels on a side that has a neighbouring tile (none at the frame's edge).
 */
function axisWeights(start: number, length: number, total: number, ramp: number): Float32Array {
  const weights = new Float32Array(length).fill(1);
  for (let t = 0; t < Math.min(ramp, length); t++) {
    const w = (t + 0.5) / ramp;
    if (start > 0) weights[t] = Math.min(weights[t], w);
    if (start + length < total) weights[length - 1 - t] = Math.min(weights[length - 1 - t], w);
  }
  return weights;
}

/**
 * Blends overlapping tiles: every tile contributes over all of its area inside the frame, weighted
 * by a ramp across each overlap it shares, and each pixel is the weighted mean of the tiles over
 * it. A model whose output depends on its context (most learned ones) answers a little differently
 * for the same pixel in two tiles; a hard cut at mid-overlap shows that as a seam, a ramp hides it.
 * Returns model values on the canvas, in canvas channel order.
 */
export function blendTiles(feeds: Region[], outputs: Tensor[], target: BlendTarget): Float32Array {
  const { width, height, channels, scale, planar, axes, order } = target;
  const sum = new Float32Array(width * height * channels);
  const weightSum = new Float32Array(width * height);
  const ramp = target.overlap * scale;
  feeds.forEach((feed, i) => {
    const values = outputs[i].data as Float32Array;
    const outWidth = outputs[i].dims[axes.w];
    const outChannels = outputs[i].dims[axes.c];
    const plane = outputs[i].dims[axes.h] * outWidth;
    const [x0, y0] = [feed.x * scale, feed.y * scale];
    // A single tile along an axis may reach past the frame (edge pixels repeated): only the frame is kept.
    const tileWidth = Math.min(feed.width * scale, width - x0);
    const tileHeight = Math.min(feed.height * scale, height - y0);
    const wx = axisWeights(x0, tileWidth, width, ramp);
    const wy = axisWeights(y0, tileHeight, height, ramp);
    for (let y = 0; y < tileHeight; y++) {
      for (let x = 0; x < tileWidth; x++) {
        const w = wy[y] * wx[x];
        const pixel = (y0 + y) * width + x0 + x;
        weightSum[pixel] += w;
        for (let k = 0; k < channels; k++) {
          const source = planar
            ? order[k] * plane + y * outWidth + x
            : (y * outWidth + x) * outChannels + order[k];
          sum[pixel * channels + k] += w * values[source];
        }
      }
    }
  });
  for (let i = 0; i < sum.length; i++) sum[i] /= weightSum[Math.floor(i / channels)];
  return sum;
}
