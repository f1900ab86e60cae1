import type { ModelFieldsFragment } from '../../gql/graphql';
import { SOURCE_WORDS } from './model-inputs';

type Adapter = ModelFieldsFragment['adapter'];

/** "x float32 [1, 3, height, width]" */
export const tensorLine = (t: { name: string; type: string; shape: readonly (string | number)[] }): string =>
  `${t.name} ${t.type} [${t.shape.join(', ')}]`;

/** The inputs fed besides the frame, and from what: "mask: frame alpha; prev: frame before" ('' for none). */
export const extraInputsLine = (a: Pick<Adapter, 'extraInputs'>): string =>
  (a.extraInputs ?? []).map(({ name, source }) => `${name}: ${SOURCE_WORDS[source].short}`).join('; ');

/** The adapter in one sentence: how frames go in and what comes out. */
export function adapterSummary(a: Adapter): string {
  const size =
    a.size === 'FIXED'
      ? `fixed ${a.width}×${a.height} (${a.fixedSizeStrategy === 'TILE' ? `tiled, ${a.tileOverlap ?? 0} px overlap` : 'resized'})`
      : a.size === 'MULTIPLE_OF'
        ? `padded to a multiple of ${a.sizeMultiple} px`
        : 'any size';
  const values = a.meanStd
    ? `mean ${a.meanStd.mean.join('/')} std ${a.meanStd.std.join('/')}`
    : a.valueRange
      ? `values ${a.valueRange.min}..${a.valueRange.max}`
      : 'values as stored';
  const output = a.outputKind === 'MASK' ? `mask at ${a.maskThreshold ?? 0.5}` : a.outputKind.toLowerCase();
  const extra = extraInputsLine(a);
  const inputs = a.imageInput ? `; frame into ${a.imageInput}${extra ? ` (${extra})` : ''}` : '';
  return `${a.layout} ${a.colour}, ${size}, ${values}${inputs}; output ${output}${a.outputName ? ` from ${a.outputName}` : ''}.`;
}
