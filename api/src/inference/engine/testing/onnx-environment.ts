import { TestEnvironment } from 'jest-environment-node';

const TYPED_ARRAYS = [
  'Float32Array',
  'Float64Array',
  'Int8Array',
  'Int16Array',
  'Int32Array',
  'BigInt64Array',
  'Uint8Array',
  'Uint16Array',
  'Uint32Array',
  'BigUint64Array',
] as const;

/**
 * Jest's node environment for specs that run onnxruntime-node (select it with a
 * `@jest-environment ./api/src/inference/engine/testing/onnx-environment.ts` docblock).
 * Jest gives each test file its own realm with its own Float32Array; onnxruntime-node's native
 * binding creates output arrays in Node's realm, and onnxruntime-common then refuses them
 * ("A float32 tensor's data must be type of function Float32Array"). Sharing Node's typed array
 * constructors with the test realm makes both sides agree, as they do outside Jest.
 */
export default class OnnxRuntimeEnvironment extends TestEnvironment {
  constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    super(...args);
    for (const name of TYPED_ARRAYS) this.global[name] = globalThis[name] as never;
  }
}
