import { chromaKeyModel } from './chroma-key';
import { denoiseModel } from './denoise';
import { gradeModel } from './grade';
import type { ModelPackEntry } from './model-pack-entry';
import { textDetectorModel } from './text-detector';
import { upscaleModel } from './upscale';

export type { ModelPackEntry } from './model-pack-entry';

/** The built-in model pack: four graphs our code writes and one learned model from an npm package. Nothing is downloaded. */
export function buildModelPack(): ModelPackEntry[] {
  return [chromaKeyModel(), upscaleModel(), denoiseModel(), gradeModel(), textDetectorModel()];
}
