import { type ModelPackEntry, HAND_SET_PROVENANCE, handSetAdapter } from './model-pack-entry';
import { encodeModel, floatTensor, imageValue, node } from './onnx-graph';

/** How steeply green excess turns into background: an excess of 1/CHROMA_GAIN or more is fully keyed. */
export const CHROMA_GAIN = 4;

/**
 * A green-screen key: matte = 1 - clip((g - max(r, b)) * gain, 0, 1). Pixels where green stands
 * well above red and blue are background (0); everything else is foreground (1), with a soft edge
 * where green only slightly dominates (spill, motion blur, hair).
 */
export function chromaKeyModel(): ModelPackEntry {
  const bytes = encodeModel({
    name: 'chroma_key_matte',
    doc: `Green-screen matte: 1 - clip((g - max(r, b)) * ${CHROMA_GAIN}, 0, 1). Input RGB 0..1 NCHW, output 1-channel matte, foreground = 1.`,
    nodes: [
      node('Split', ['image'], ['r', 'g', 'b'], { axis: { int: 1 } }),
      node('Max', ['r', 'b'], ['red_or_blue']),
      node('Sub', ['g', 'red_or_blue'], ['green_excess']),
      node('Mul', ['green_excess', 'gain'], ['scaled_excess']),
      node('Clip', ['scaled_excess', 'zero', 'one'], ['background']),
      node('Sub', ['one', 'background'], ['matte']),
    ],
    initializers: [
      floatTensor('gain', [], [CHROMA_GAIN]),
      floatTensor('zero', [], [0]),
      floatTensor('one', [], [1]),
    ],
    inputs: [imageValue('image', 3, 'height', 'width')],
    outputs: [imageValue('matte', 1, 'height', 'width')],
  });
  return {
    name: 'frameledger-chroma-key',
    version: '1.0.0',
    bytes,
    taskTypes: ['KEYING'],
    adapter: handSetAdapter('MATTE'),
    provenance: HAND_SET_PROVENANCE,
    modelCard: [
      '# FrameLedger chroma key (green screen)',
      '',
      `A classical colour-difference key written as an ONNX graph: matte = 1 - clip((g - max(r, b)) x ${CHROMA_GAIN}, 0, 1).`,
      'Foreground is 1 (white), green backing is 0 (black); the edge is soft where green only slightly dominates.',
      '',
      '- Input: RGB, values 0..1, NCHW, any size. Output: one-channel matte at the input size.',
      '- Weights: hand-set constants; no training data, no learned parameters.',
      '- Limits: no spill suppression, no garbage matte, no blue-screen mode; green costumes and props key out.',
      '- Use: a first-pass matte for keying tasks that an artist reviews and refines.',
    ].join('\n'),
  };
}
