// The inference engine: plain modules, no NestJS, shared by the api (model registration) and the worker (jobs).
export * from './adapter';
export { pickImageInput, readsFrom } from './adapter-inputs';
export * from './devices';
export { decodeImage, DEFAULT_DECODE_LIMITS, type DecodeLimits, type RgbImage } from './decode';
export { FrameFailedError, InferenceInputError, runtimeReason, type InferenceInputCode } from './errors';
export { measureRunFloor, measureStages, type StageTimings } from './floor';
export { bindModel, infer, type ModelBinding } from './infer';
export { dryRun, dryRunModel } from './dry-run';
export { inspectModel } from './inspect';
export { checkOutput, type OutputCheckPolicy } from './output-check';
export type { ModelMetadata, TensorInfo } from './model-metadata';
export type { OpsetImport } from './onnx-proto';
export {
  runFrames,
  type FrameResult,
  type FrameSource,
  type FrameTimings,
  type RunFramesOptions,
  type RunFramesSummary,
} from './pipeline';
export {
  assembleOutput,
  encodeOutput,
  THUMBNAIL_WIDTH,
  type EncodedOutput,
  type OutputImage,
} from './postprocess';
export { prepareInput, type PreparedInput } from './preprocess';
export type { ModelProvenance, TrainingDataKind } from './provenance';
export * from './providers';
export { SessionCache, type SessionLease, type SessionOpener } from './session-cache';
