import type { InferenceSession } from 'onnxruntime-node';
import type { OpsetImport } from './onnx-proto';

/** An input or output as the runtime reports it; symbolic dimensions are their names (e.g. 'height'). */
export interface TensorInfo {
  name: string;
  /** 'float32', 'uint8', ...; 'non-tensor' for sequences and maps, which the engine cannot feed. */
  type: string;
  shape: Array<number | string>;
}

/** What the Model record stores about a file: read from the file, never typed in by a user. */
export interface ModelMetadata {
  inputs: TensorInfo[];
  outputs: TensorInfo[];
  irVersion: number;
  opsets: OpsetImport[];
  producer: string;
}

function toTensorInfo(value: InferenceSession.ValueMetadata): TensorInfo {
  return value.isTensor
    ? { name: value.name, type: value.type, shape: [...value.shape] }
    : { name: value.name, type: 'non-tensor', shape: [] };
}

/** Inputs and outputs of an open session. */
export function sessionTensors(session: InferenceSession): Pick<ModelMetadata, 'inputs' | 'outputs'> {
  return {
    inputs: session.inputMetadata.map(toTensorInfo),
    outputs: session.outputMetadata.map(toTensorInfo),
  };
}
