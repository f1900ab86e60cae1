import { Tensor } from 'onnxruntime-node';
import type { ModelBinding } from './infer';
import { sessionTensors } from './model-metadata';
import type { PreparedInput, TensorBuffers } from './preprocess';

/**
 * Whether several frames can share one run: every input the model is fed has a free batch
 * dimension (named or -1). A model exported with batch 1, or without shape information, runs one
 * frame at a time.
 */
export function freeBatch(binding: ModelBinding): boolean {
  return sessionTensors(binding.session).inputs.every(
    ({ shape }) => shape.length > 0 && (typeof shape[0] === 'string' || shape[0] < 0),
  );
}

/**
 * Runs frames of one size as one batch (see `stackable`): each input's tensors stacked along the
 * batch dimension and the output split back, one tensor list per frame as `infer` gives it. The
 * stacked buffers come from `buffers` and go back to it.
 */
export async function inferStacked(
  binding: ModelBinding,
  inputs: PreparedInput[],
  buffers: TensorBuffers,
): Promise<Tensor[][]> {
  const runs = inputs.map((input) => input.runs[0]);
  const names = [binding.inputName, ...Object.keys(runs[0].extras ?? {})];
  const stacked = names.map((name) =>
    stack(
      runs.map((run) => fed(run, name, binding)),
      buffers,
    ),
  );
  try {
    const feeds = Object.fromEntries(names.map((name, i) => [name, stacked[i]]));
    const result = await binding.session.run(feeds, [binding.outputName]);
    return split(result[binding.outputName] as Tensor, inputs.length);
  } finally {
    for (const tensor of stacked) buffers.give(tensor.data as Float32Array);
  }
}

/** Two frames or more, each one run (no tiles), all of one size. */
export function stackable(inputs: PreparedInput[]): boolean {
  if (inputs.length < 2 || inputs.some((input) => input.runs.length !== 1)) return false;
  const dims = (input: PreparedInput) => input.runs[0].tensor.dims.join('x');
  return inputs.every((input) => dims(input) === dims(inputs[0]));
}

const fed = (run: PreparedInput['runs'][number], name: string, binding: ModelBinding): Tensor =>
  name === binding.inputName ? run.tensor : run.extras![name];

function stack(tensors: Tensor[], buffers: TensorBuffers): Tensor {
  const size = tensors[0].data.length;
  const data = buffers.take(size * tensors.length);
  tensors.forEach((tensor, i) => data.set(tensor.data as Float32Array, i * size));
  return new Tensor('float32', data, [tensors.length, ...tensors[0].dims.slice(1)]);
}

/** The batch's output, one [1, ...] view per frame; a model that did not keep the batch is refused. */
function split(output: Tensor, frames: number): Tensor[][] {
  if (output.dims[0] !== frames) {
    throw new BatchRefusedError(
      `the model returned ${output.dims[0]} outputs for a batch of ${frames} frames`,
    );
  }
  const data = output.data as Float32Array;
  const size = data.length / frames;
  const dims = [1, ...output.dims.slice(1)];
  return Array.from({ length: frames }, (_, i) => [
    new Tensor('float32', data.subarray(i * size, (i + 1) * size), dims),
  ]);
}

/** A model whose batch dimension is free on paper but that does not batch in fact. */
class BatchRefusedError extends Error {}
