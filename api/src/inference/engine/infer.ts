import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { pickOutput, validateAdapter, type AdapterSpec } from './adapter';
import { pickImageInput } from './adapter-inputs';
import { InferenceInputError } from './errors';
import { sessionTensors } from './model-metadata';
import type { PreparedInput } from './preprocess';

/** The inputs the engine feeds and the output it reads, checked once per job rather than per frame. */
export interface ModelBinding {
  session: InferenceSession;
  adapter: AdapterSpec;
  /** The frame's input; the adapter's extra inputs are fed under their own names. */
  inputName: string;
  outputName: string;
}

/** Checks the adapter against the open session and names its image input and output; refuses a mismatch. */
export function bindModel(session: InferenceSession, adapter: AdapterSpec): ModelBinding {
  const tensors = sessionTensors(session);
  const problems = validateAdapter(adapter, tensors);
  if (problems.length > 0) {
    throw new InferenceInputError(
      'ADAPTER_MISMATCH',
      problems[0].field,
      problems.map((p) => p.message).join(' '),
    );
  }
  // validateAdapter guarantees a resolvable image input, every other input fed, and a resolvable output.
  return {
    session,
    adapter,
    inputName: pickImageInput(adapter, tensors)!.name,
    outputName: pickOutput(adapter, tensors)!.name,
  };
}

/** Runs the model over each tile (or the single whole-frame run), asking only for the output used. */
export async function infer(binding: ModelBinding, prepared: PreparedInput): Promise<Tensor[]> {
  const outputs: Tensor[] = [];
  for (const run of prepared.runs) {
    const feeds = { ...run.extras, [binding.inputName]: run.tensor };
    const result = await binding.session.run(feeds, [binding.outputName]);
    outputs.push(result[binding.outputName] as Tensor);
  }
  return outputs;
}
