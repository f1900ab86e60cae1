import { type ModelPackEntry, HAND_SET_PROVENANCE, handSetAdapter } from './model-pack-entry';
import { encodeModel, floatTensor, imageValue, node } from './onnx-graph';

/**
 * A warm look as ASC CDL values per channel (R, G, B): out = clip(in x slope + offset, 0, 1) ^ power.
 * CDL is the grade colourists already exchange between tools, so the numbers read as a grade.
 */
export const GRADE_CDL = {
  slope: [1.08, 1.0, 0.92],
  offset: [0.01, 0.0, -0.01],
  power: [0.95, 1.0, 1.05],
} as const;

const perChannel = (name: string, values: readonly number[]) => floatTensor(name, [1, 3, 1, 1], [...values]);

export function gradeModel(): ModelPackEntry {
  const bytes = encodeModel({
    name: 'grade_cdl_warm',
    doc: `Colour grade, ASC CDL: clip(in * slope + offset, 0, 1) ^ power; slope ${GRADE_CDL.slope}, offset ${GRADE_CDL.offset}, power ${GRADE_CDL.power} (R, G, B).`,
    nodes: [
      node('Mul', ['image', 'slope'], ['sloped']),
      node('Add', ['sloped', 'offset'], ['offsetted']),
      node('Clip', ['offsetted', 'zero', 'one'], ['clipped']),
      node('Pow', ['clipped', 'power'], ['graded']),
    ],
    initializers: [
      perChannel('slope', GRADE_CDL.slope),
      perChannel('offset', GRADE_CDL.offset),
      perChannel('power', GRADE_CDL.power),
      floatTensor('zero', [], [0]),
      floatTensor('one', [], [1]),
    ],
    inputs: [imageValue('image', 3, 'height', 'width')],
    outputs: [imageValue('graded', 3, 'height', 'width')],
  });
  return {
    name: 'frameledger-grade-warm',
    version: '1.0.0',
    bytes,
    taskTypes: ['GRADE'],
    adapter: handSetAdapter('IMAGE'),
    provenance: HAND_SET_PROVENANCE,
    modelCard: [
      '# FrameLedger colour grade (warm CDL)',
      '',
      'A fixed ASC CDL grade: out = clip(in x slope + offset, 0, 1) ^ power, per channel.',
      `Slope ${GRADE_CDL.slope.join(' / ')}, offset ${GRADE_CDL.offset.join(' / ')}, power ${GRADE_CDL.power.join(' / ')} (R / G / B): red lifted and blue lowered, a warm look.`,
      '',
      '- Input: RGB, values 0..1 (display-referred sRGB), NCHW, any size. Output: RGB at the input size.',
      '- Weights: hand-set constants; no training data, no learned parameters.',
      '- Limits: one fixed look, no saturation term, values above 1 are clipped before the power.',
    ].join('\n'),
  };
}
