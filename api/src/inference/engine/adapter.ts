import { checkBindings, pickImageInput } from './adapter-inputs';
import type { ModelMetadata, TensorInfo } from './model-metadata';

/** The part of a model's metadata an adapter is checked against. */
export type ModelTensors = Pick<ModelMetadata, 'inputs' | 'outputs'>;

export type Layout = 'NCHW' | 'NHWC';
export type ColourOrder = 'RGB' | 'BGR';
export type OutputKind = 'IMAGE' | 'MATTE' | 'MASK';
export type FixedSizeStrategy = 'resize' | 'tile';
/**
 * What feeds a model input besides the frame: the frame before it in the job's order (the first
 * frame pairs with itself), pre-processed exactly like the frame; or the frame's alpha channel as
 * one channel of coverage 0..1 (alpha / 255), cut, padded and resized like the frame.
 */
export type ExtraInputSource = 'PREVIOUS_FRAME' | 'FRAME_ALPHA';

export interface ExtraInput {
  name: string;
  source: ExtraInputSource;
}

/**
 * How 8-bit pixel values become model values. `range` maps 0..255 linearly onto min..max.
 * `meanStd` first scales to 0..1 and then computes (v - mean) / std per channel, listed in the
 * model's channel order (the adapter's colour order), the way model cards usually quote them.
 */
export type ValueMapping =
  | { kind: 'range'; min: number; max: number }
  | { kind: 'meanStd'; mean: [number, number, number]; std: [number, number, number] };

/**
 * Which frame sizes the model accepts. `multipleOf` frames are edge-padded up to the next multiple
 * and the output cropped back; `fixed` frames are resized or tiled (fixedSizeStrategy).
 */
export type SizeRule =
  { kind: 'fixed'; width: number; height: number } | { kind: 'multipleOf'; n: number } | { kind: 'any' };

/** Everything the engine must know to feed a frame to a model and read the result back. */
export interface AdapterSpec {
  layout: Layout;
  colour: ColourOrder;
  values: ValueMapping;
  size: SizeRule;
  /** Required when size is fixed. */
  fixedSizeStrategy?: FixedSizeStrategy;
  /** Pixels two neighbouring tiles share (even); required with the tile strategy. */
  tileOverlap?: number;
  /** The model input that takes the frame; required when the model has several inputs. */
  imageInput?: string;
  /** The model's other inputs, each fed from its source; every input is fed exactly once. */
  extraInputs?: ExtraInput[];
  /** Required when the model has several outputs. */
  outputName?: string;
  outputKind: OutputKind;
  /** IMAGE outputs: the model value of black and of white. Default: the input range, or [0, 1] with meanStd. */
  outputRange?: [number, number];
  /** MASK outputs: a value at or above it is inside the mask. Default 0.5. */
  maskThreshold?: number;
}

/** One thing wrong with an adapter: the field path and a sentence the user can act on. */
export interface AdapterProblem {
  field: string;
  message: string;
}

export const DEFAULT_MASK_THRESHOLD = 0.5;

/** Position of (channels, height, width) in a rank-4 tensor of this layout. */
export function axesOf(layout: Layout): { c: number; h: number; w: number } {
  return layout === 'NCHW' ? { c: 1, h: 2, w: 3 } : { c: 3, h: 1, w: 2 };
}

export function outputRangeOf(spec: AdapterSpec): [number, number] {
  if (spec.outputRange) return spec.outputRange;
  return spec.values.kind === 'range' ? [spec.values.min, spec.values.max] : [0, 1];
}

/** The output the adapter reads: the named one, or the only one. */
export function pickOutput(spec: AdapterSpec, model: ModelTensors): TensorInfo | undefined {
  if (spec.outputName !== undefined) return model.outputs.find((o) => o.name === spec.outputName);
  return model.outputs.length === 1 ? model.outputs[0] : undefined;
}

/** Checks an adapter against the model it is meant for; an empty list means the pair works. */
export function validateAdapter(spec: AdapterSpec, model: ModelTensors): AdapterProblem[] {
  return [...checkSpecFields(spec), ...checkInputs(spec, model), ...checkOutput(spec, model)];
}

const CHANNEL_WORD = { NCHW: 'second', NHWC: 'last' } as const;

function formatShape(shape: ReadonlyArray<number | string>): string {
  return `[${shape.join(', ')}]`;
}

const isPositiveInteger = (n: unknown): n is number => Number.isInteger(n) && (n as number) > 0;

function checkSpecFields(spec: AdapterSpec): AdapterProblem[] {
  const problems: AdapterProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field: `adapter.${field}`, message });
  const { values, size } = spec;
  if (
    values.kind === 'range' &&
    !(Number.isFinite(values.min) && Number.isFinite(values.max) && values.min < values.max)
  ) {
    add(
      'values',
      `The value range must be two numbers, the lower first (e.g. 0 and 1); got ${values.min} and ${values.max}.`,
    );
  }
  if (values.kind === 'meanStd') {
    if (values.mean?.length !== 3 || !values.mean.every(Number.isFinite)) {
      add(
        'values.mean',
        'Give the mean as three numbers, one per colour channel, on the 0..1 scale (e.g. 0.485, 0.456, 0.406).',
      );
    }
    if (values.std?.length !== 3 || !values.std.every((s) => Number.isFinite(s) && s > 0)) {
      add(
        'values.std',
        'Give the standard deviation as three positive numbers, one per colour channel (e.g. 0.229, 0.224, 0.225).',
      );
    }
  }
  if (size.kind === 'multipleOf' && !isPositiveInteger(size.n)) {
    add('size.n', `The size multiple must be a whole number of pixels above zero (e.g. 32); got ${size.n}.`);
  }
  if (size.kind === 'fixed') {
    if (!isPositiveInteger(size.width) || !isPositiveInteger(size.height)) {
      add('size', `A fixed size needs a whole width and height in pixels; got ${size.width}x${size.height}.`);
    }
    if (spec.fixedSizeStrategy === undefined) {
      add(
        'fixedSizeStrategy',
        "Choose how frames fit the model's fixed size: 'resize' scales the whole frame (fast, loses detail) and 'tile' cuts it into overlapping tiles (keeps detail).",
      );
    }
    if (spec.fixedSizeStrategy === 'tile') {
      const side = Math.min(size.width, size.height);
      const overlap = spec.tileOverlap;
      if (
        overlap === undefined ||
        !Number.isInteger(overlap) ||
        overlap < 0 ||
        overlap % 2 !== 0 ||
        overlap > side / 2
      ) {
        add(
          'tileOverlap',
          `Set the tile overlap to an even number of pixels from 0 to ${Math.floor(side / 4) * 2} (half the tile side); each tile gives up the outer half of the overlap, where its border effects sit, so seams do not show.`,
        );
      }
    }
  }
  if (
    spec.outputRange &&
    !(Number.isFinite(spec.outputRange[0]) && spec.outputRange[0] < spec.outputRange[1])
  ) {
    add(
      'outputRange',
      'The output range must be two numbers, the value of black first and of white second (e.g. 0 and 1).',
    );
  }
  if (spec.maskThreshold !== undefined && !Number.isFinite(spec.maskThreshold)) {
    add('maskThreshold', 'The mask threshold must be a number (e.g. 0.5 for a probability output).');
  }
  return problems;
}

function checkInputs(spec: AdapterSpec, model: ModelTensors): AdapterProblem[] {
  const problems = checkBindings(spec, model);
  const image = pickImageInput(spec, model);
  if (!image) return problems;
  const imageProblems = checkFeed(spec, image, (input) => checkChannels(spec, input));
  problems.push(...imageProblems);
  // With the layout wrong every input's dimensions are misread: the layout problem is the one to fix.
  if (imageProblems.some((p) => p.field === 'adapter.layout')) return problems;
  const checked = new Set([image.name]);
  (spec.extraInputs ?? []).forEach((extra, i) => {
    const input = model.inputs.find((m) => m.name === extra.name);
    if (!input || checked.has(input.name)) return; // checkBindings named it
    checked.add(input.name);
    problems.push(...checkFeed(spec, input, () => checkSourceChannels(spec, input, extra.source, i)));
  });
  return problems;
}

/** One fed input: float32, rank 4, the channels `checkFeedChannels` wants, batch 1, the size rule's size. */
function checkFeed(
  spec: AdapterSpec,
  input: TensorInfo,
  checkFeedChannels: (input: TensorInfo) => AdapterProblem[],
): AdapterProblem[] {
  const problems: AdapterProblem[] = [];
  if (input.type !== 'float32') {
    problems.push({
      field: 'file',
      message: `The model's input "${input.name}" takes ${input.type}; the engine feeds float32 tensors, so export the model with a float32 input (a Cast node first works).`,
    });
  }
  // A model exported without shape information: the adapter's layout and size rule are the shape,
  // and the registration dry run (dry-run.ts) proves them on a synthetic frame.
  if (input.shape.length === 0) return problems;
  if (input.shape.length !== 4) {
    problems.push({
      field: 'adapter.layout',
      message: `The model's input "${input.name}" has ${input.shape.length} dimensions ${formatShape(input.shape)}; the engine feeds a 4-dimensional image tensor (batch, channels, height, width in NCHW or NHWC order).`,
    });
    return problems;
  }
  const channelProblems = checkFeedChannels(input);
  // With the channels in the wrong place the size dimensions are misread too: report the layout alone.
  const sizeProblems = channelProblems.length > 0 ? [] : checkSize(spec, input);
  return [...problems, ...channelProblems, ...checkBatch(input), ...sizeProblems];
}

const SOURCE_CHANNELS: Record<ExtraInputSource, { channels: number; what: string }> = {
  PREVIOUS_FRAME: { channels: 3, what: 'the 3 colour channels of the previous frame' },
  FRAME_ALPHA: { channels: 1, what: "1 channel, the frame's alpha" },
};

function checkSourceChannels(
  spec: AdapterSpec,
  input: TensorInfo,
  source: ExtraInputSource,
  index: number,
): AdapterProblem[] {
  const channels = input.shape[axesOf(spec.layout).c];
  if (typeof channels !== 'number' || channels === SOURCE_CHANNELS[source].channels) return [];
  const fits = (Object.keys(SOURCE_CHANNELS) as ExtraInputSource[]).find(
    (other) => SOURCE_CHANNELS[other].channels === channels,
  );
  return [
    {
      field: `adapter.extraInputs[${index}].source`,
      message:
        `${source} feeds ${SOURCE_CHANNELS[source].what}, but the model's input "${input.name}" ${formatShape(input.shape)} ` +
        `has ${channels} at the channel position of layout ${spec.layout}; ` +
        (fits
          ? `if it takes ${SOURCE_CHANNELS[fits].what}, set its source to ${fits}.`
          : 'bind it to the input that takes that.'),
    },
  ];
}

function checkChannels(spec: AdapterSpec, input: TensorInfo): AdapterProblem[] {
  const channels = input.shape[axesOf(spec.layout).c];
  if (channels === 3) return [];
  const other: Layout = spec.layout === 'NCHW' ? 'NHWC' : 'NCHW';
  const otherFits = input.shape[axesOf(other).c] === 3;
  // A dynamic channel dimension is no evidence either way, unless the other layout's channel dimension is exactly 3.
  if (typeof channels !== 'number' && !otherFits) return [];
  return [
    {
      field: 'adapter.layout',
      message:
        `Layout ${spec.layout} puts the 3 colour channels ${CHANNEL_WORD[spec.layout]}, but dimension ${axesOf(spec.layout).c + 1} ` +
        `of the model's input "${input.name}" ${formatShape(input.shape)} is ${channels}. ` +
        (otherFits
          ? `Its ${CHANNEL_WORD[other]} dimension is 3: set the layout to ${other}.`
          : 'The engine feeds 3-channel colour images only.'),
    },
  ];
}

function checkBatch(input: TensorInfo): AdapterProblem[] {
  const batch = input.shape[0];
  if (typeof batch !== 'number' || batch === 1) return [];
  return [
    {
      field: 'file',
      message: `The model's input batch dimension is fixed at ${batch}; the engine feeds one frame at a time, so export it with batch 1 or a dynamic batch.`,
    },
  ];
}

function checkSize(spec: AdapterSpec, input: TensorInfo): AdapterProblem[] {
  const axes = axesOf(spec.layout);
  const height = input.shape[axes.h];
  const width = input.shape[axes.w];
  if (typeof height !== 'number' && typeof width !== 'number') return [];
  const modelSize = `${typeof width === 'number' ? width : 'any'}x${typeof height === 'number' ? height : 'any'}`;
  if (spec.size.kind !== 'fixed') {
    return [
      {
        field: 'adapter.size',
        message: `The model's input is fixed at ${modelSize} pixels (width x height) but the adapter says '${spec.size.kind}'; set size to fixed ${modelSize} and choose resize or tile.`,
      },
    ];
  }
  const widthOk = typeof width !== 'number' || width === spec.size.width;
  const heightOk = typeof height !== 'number' || height === spec.size.height;
  if (widthOk && heightOk) return [];
  return [
    {
      field: 'adapter.size',
      message: `The adapter's fixed size ${spec.size.width}x${spec.size.height} does not match the model's input ${modelSize} (width x height); set it to the model's size.`,
    },
  ];
}

const EXPECTED_CHANNELS: Record<OutputKind, number> = { IMAGE: 3, MATTE: 1, MASK: 1 };

function checkOutput(spec: AdapterSpec, model: ModelTensors): AdapterProblem[] {
  const names = model.outputs.map((o) => `"${o.name}"`).join(', ');
  const output = pickOutput(spec, model);
  if (!output) {
    const message =
      spec.outputName === undefined
        ? `The model has ${model.outputs.length} outputs (${names}); set outputName to the one that holds the ${spec.outputKind.toLowerCase()}.`
        : `The model has no output named "${spec.outputName}"; its outputs are ${names}.`;
    return [{ field: 'adapter.outputName', message }];
  }
  const problems: AdapterProblem[] = [];
  if (output.type !== 'float32') {
    problems.push({
      field: 'adapter.outputName',
      message: `The output "${output.name}" is ${output.type}; the engine reads float32 outputs, so choose another output or export this one as float32.`,
    });
  }
  if (output.shape.length === 0) return problems; // no shape information: the dry run checks it
  if (output.shape.length !== 4) {
    problems.push({
      field: 'adapter.outputName',
      message: `The output "${output.name}" has ${output.shape.length} dimensions ${formatShape(output.shape)}; the engine reads a 4-dimensional image tensor in the adapter's layout.`,
    });
    return problems;
  }
  const channels = output.shape[axesOf(spec.layout).c];
  const expected = EXPECTED_CHANNELS[spec.outputKind];
  if (typeof channels === 'number' && channels !== expected) {
    problems.push({
      field: 'adapter.outputKind',
      message:
        `Output kind ${spec.outputKind} needs ${expected} channel${expected > 1 ? 's' : ''}, but the output "${output.name}" ${formatShape(output.shape)} ` +
        `has ${channels} at the channel position of layout ${spec.layout}; ${channels === 1 ? 'choose MATTE or MASK, or ' : channels === 3 ? 'choose IMAGE, or ' : ''}choose another output.`,
    });
  }
  return problems;
}
