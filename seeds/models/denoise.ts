import { depthwiseFilter } from './depthwise-filter';
import { type ModelPackEntry, HAND_SET_PROVENANCE, handSetAdapter } from './model-pack-entry';
import { encodeModel, imageValue } from './onnx-graph';

/** Binomial taps 1 4 6 4 1: the 5-tap approximation of a gaussian with sigma 1; all weights are exact in float32. */
const TAPS = [1, 4, 6, 4, 1];
export const DENOISE_KERNEL = TAPS.map((row) => TAPS.map((column) => (row * column) / 256));

/** Denoise: a 5x5 gaussian blur per channel; grain and sensor noise average out, and so does fine detail. */
export function denoiseModel(): ModelPackEntry {
  const blur = depthwiseFilter('image', 'denoised', DENOISE_KERNEL);
  const bytes = encodeModel({
    name: 'denoise_gaussian_5x5',
    doc: 'Denoise: 5x5 binomial (gaussian, sigma about 1) depthwise blur with edge padding. Input and output RGB 0..1 NCHW.',
    nodes: blur.nodes,
    initializers: blur.initializers,
    inputs: [imageValue('image', 3, 'height', 'width')],
    outputs: [imageValue('denoised', 3, 'height', 'width')],
  });
  return {
    name: 'frameledger-denoise',
    version: '1.0.0',
    bytes,
    taskTypes: ['DENOISE'],
    adapter: handSetAdapter('IMAGE'),
    provenance: HAND_SET_PROVENANCE,
    modelCard: [
      '# FrameLedger denoise (gaussian)',
      '',
      'A 5x5 binomial blur (weights 1 4 6 4 1 squared, over 256) applied to each colour channel, edges repeated.',
      'It lowers the standard deviation of pixel-independent noise about 3.7 times (1 over the root of the sum of squared weights) and softens detail by the same blur.',
      '',
      '- Input: RGB, values 0..1, NCHW, any size. Output: RGB at the input size.',
      '- Weights: hand-set constants; no training data, no learned parameters.',
      "- Limits: not edge-aware (no bilateral or temporal filtering); use it for a night plate's grain where softness is acceptable.",
    ].join('\n'),
  };
}
