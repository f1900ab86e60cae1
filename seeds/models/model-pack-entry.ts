import type { AdapterSpec } from '../../api/src/inference/engine/adapter';
import type { ModelProvenance } from '../../api/src/inference/engine/provenance';

/** One built-in model as the seed registers it: the file's bytes and every field a user would fill in on upload. */
export interface ModelPackEntry {
  name: string;
  version: string;
  bytes: Buffer;
  /** TaskType codes the model serves (docs/design.md, "Domain"). */
  taskTypes: string[];
  adapter: AdapterSpec;
  provenance: ModelProvenance;
  modelCard: string;
}

/** Provenance shared by the graphs our own code writes: no data went into them. */
export const HAND_SET_PROVENANCE: ModelProvenance = {
  licence: 'Apache-2.0',
  trainingData: 'SYNTHETIC',
  trainingDataNotes:
    'No training data: the weights are hand-set constants in seeds/models (a classical image operation written as an ONNX graph). Recorded as SYNTHETIC because nothing was learned from footage or people.',
  vendor: 'FrameLedger',
  source: 'Written by FrameLedger seeds/models with protobufjs; rebuilt byte-identical on every run.',
  weights: 'HAND_SET',
};

/** The adapter every hand-written graph uses: RGB planes in 0..1, any frame size. */
export function handSetAdapter(outputKind: AdapterSpec['outputKind']): AdapterSpec {
  return {
    layout: 'NCHW',
    colour: 'RGB',
    values: { kind: 'range', min: 0, max: 1 },
    size: { kind: 'any' },
    outputKind,
  };
}
