import { readFile } from 'node:fs/promises';
import { InferenceSession } from 'onnxruntime-node';
import { InferenceInputError, runtimeReason } from './errors';
import { sessionTensors, type ModelMetadata } from './model-metadata';
import { decodeModelHeader, type ModelHeader } from './onnx-proto';

/**
 * Opens a model with onnxruntime (on the CPU, which every install has) and reads what the Model
 * record needs. The runtime is the judge of whether a file is usable: a file it refuses is refused
 * with its reason, so a user sees the same words the worker would have hit later.
 */
export async function inspectModel(source: Uint8Array | string): Promise<ModelMetadata> {
  const bytes = typeof source === 'string' ? await readModelFile(source) : source;
  if (bytes.byteLength === 0) {
    throw new InferenceInputError(
      'MODEL_UNREADABLE',
      'file',
      'The model file is empty; upload the .onnx file again.',
    );
  }
  let session: InferenceSession;
  try {
    session = await InferenceSession.create(bytes, { executionProviders: ['cpu'] });
  } catch (error) {
    throw refusal(error, bytes);
  }
  try {
    // The runtime does not expose the model's IR version or operator sets; they come from the header.
    return { ...sessionTensors(session), ...decodeModelHeader(bytes) };
  } finally {
    await session.release();
  }
}

async function readModelFile(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new InferenceInputError(
      'MODEL_UNREADABLE',
      'file',
      `The model file ${path} cannot be read (${(error as Error).message}).`,
      {
        cause: error,
      },
    );
  }
}

const OPSET_LIMIT = /official support for domain (\S+) is till opset (\d+)/;

function refusal(error: unknown, bytes: Uint8Array): InferenceInputError {
  const reason = runtimeReason(error);
  const limit = OPSET_LIMIT.exec(reason);
  if (limit) {
    const [, domain, max] = limit;
    const used = headerOrUndefined(bytes)?.opsets.find((o) => (o.domain || 'ai.onnx') === domain)?.version;
    return new InferenceInputError(
      'UNSUPPORTED_OPSET',
      'file',
      `The model uses operator set ${domain} ${used ?? '(newer)'}, but this runtime supports up to ${max}; export the model again with opset ${max} or lower.`,
      { cause: error },
    );
  }
  return new InferenceInputError(
    'MODEL_UNREADABLE',
    'file',
    `onnxruntime cannot open this file as a model: ${reason}`,
    { cause: error },
  );
}

function headerOrUndefined(bytes: Uint8Array): ModelHeader | undefined {
  try {
    return decodeModelHeader(bytes);
  } catch {
    return undefined;
  }
}
