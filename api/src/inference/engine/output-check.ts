import type { Tensor } from 'onnxruntime-node';
import { InferenceInputError } from './errors';

/** What to do with a frame whose output is NaN, infinite or constant: keep it with a warning, or fail the job there. */
export type OutputCheckPolicy = 'warn' | 'fail';

/**
 * Problems with a frame's raw output, as sentences for the render's warnings. A wrongly normalised
 * input or a broken model gives NaN or a flat image, which would otherwise encode as a plausible
 * all-black matte and be billed as a success. One pass over the values, no allocation.
 */
export function checkOutput(outputs: Tensor[]): string[] {
  let total = 0;
  let nonFinite = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const tensor of outputs) {
    const values = tensor.data as Float32Array;
    total += values.length;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      // NaN fails both comparisons; Infinity passes the first and fails the second.
      if (v - v !== 0) {
        nonFinite += 1;
        continue;
      }
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  const problems: string[] = [];
  if (nonFinite > 0)
    problems.push(
      `${nonFinite} of ${total} output values are NaN or infinite (written as 0): check the adapter's value range or mean/std and the model.`,
    );
  if (nonFinite < total && min === max)
    problems.push(
      `Every finite output value is ${min}: the output is a flat image, most often a wrongly normalised input or a model that ignores it.`,
    );
  return problems;
}

/** Under the fail policy a frame with problems stops the job with a coded error naming them. */
export function enforceOutputCheck(problems: string[], policy: OutputCheckPolicy): void {
  if (policy === 'fail' && problems.length > 0)
    throw new InferenceInputError(
      'OUTPUT_INVALID',
      'output',
      `The model's output failed its check: ${problems.join(' ')} (INFERENCE_OUTPUT_CHECK=fail stops the job here; set it to warn to keep such frames with a warning.)`,
    );
}
