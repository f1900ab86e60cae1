import { depthwiseFilter } from './depthwise-filter';
import { type ModelPackEntry, HAND_SET_PROVENANCE, handSetAdapter } from './model-pack-entry';
import { encodeModel, floatTensor, imageValue, node } from './onnx-graph';

/** Unsharp amount: the centre weighs 1 + 4a and each of its four neighbours -a. */
export const SHARPEN_AMOUNT = 0.25;

const a = SHARPEN_AMOUNT;
const SHARPEN_KERNEL = [
  [0, -a, 0],
  [-a, 1 + 4 * a, -a],
  [0, -a, 0],
];

/** 2x upscale: bilinear resize, then a light sharpen to win back some of the edge contrast it softens. */
export function upscaleModel(): ModelPackEntry {
  const sharpen = depthwiseFilter('resized', 'sharpened', SHARPEN_KERNEL);
  const bytes = encodeModel({
    name: 'upscale_2x',
    doc: `2x upscale: Resize x2 (linear, half-pixel centres), then a 3x3 depthwise sharpen (amount ${SHARPEN_AMOUNT}) and a clip to 0..1.`,
    nodes: [
      // Resize inputs: X, roi (unused, empty name), scales.
      node('Resize', ['image', '', 'scales'], ['resized'], {
        mode: { string: 'linear' },
        coordinate_transformation_mode: { string: 'half_pixel' },
      }),
      ...sharpen.nodes,
      node('Clip', ['sharpened', 'zero', 'one'], ['upscaled']),
    ],
    initializers: [
      floatTensor('scales', [4], [1, 1, 2, 2]),
      ...sharpen.initializers,
      floatTensor('zero', [], [0]),
      floatTensor('one', [], [1]),
    ],
    inputs: [imageValue('image', 3, 'height', 'width')],
    outputs: [imageValue('upscaled', 3, 'height_x2', 'width_x2')],
  });
  return {
    name: 'frameledger-upscale-2x',
    version: '1.0.0',
    bytes,
    taskTypes: ['UPSCALE'],
    adapter: handSetAdapter('IMAGE'),
    provenance: HAND_SET_PROVENANCE,
    modelCard: [
      '# FrameLedger 2x upscale',
      '',
      `Bilinear 2x resize followed by a 3x3 sharpen (centre ${1 + 4 * a}, neighbours -${a}), clipped to 0..1.`,
      'A classical baseline: it adds no detail that was not in the source, it only enlarges it cleanly.',
      '',
      '- Input: RGB, values 0..1, NCHW, any size. Output: RGB at twice the width and height.',
      '- Weights: hand-set constants; no training data, no learned parameters.',
      '- Limits: no hallucinated texture, so it under-performs learned super-resolution on fine detail; a slight halo on hard edges.',
    ].join('\n'),
  };
}
