import { ModelProto, OnnxAttributeType, OnnxDataType } from '../onnx-proto';

/** Support for the engine's specs: the smallest ONNX models that exercise each path of the engine. */

function imageValue(name: string, dims: Array<number | string>): object {
  const dim = dims.map((d) => (typeof d === 'number' ? { dim_value: d } : { dim_param: d }));
  return { name, type: { tensor_type: { elem_type: OnnxDataType.FLOAT, shape: { dim } } } };
}

function encode(
  nodes: object[],
  initializers: object[],
  input: object | object[],
  output: object,
  opset = 17,
): Buffer {
  const model = ModelProto.fromObject({
    ir_version: 8,
    opset_import: [{ domain: '', version: opset }],
    graph: { name: 'spec', node: nodes, initializer: initializers, input: [input].flat(), output: [output] },
  });
  return Buffer.from(ModelProto.encode(model).finish());
}

/**
 * out = in: whatever the engine feeds comes straight back. Any size unless `size` fixes it (for the
 * resize and tile strategies); `opset` stamps another operator set version on it.
 */
export function identityModel(
  options: { size?: [width: number, height: number]; opset?: number; batch?: number | string } = {},
): Buffer {
  const [width, height] = options.size ?? ['w', 'h'];
  const batch = options.batch ?? 1;
  return encode(
    [{ op_type: 'Identity', input: ['image'], output: ['out'] }],
    [],
    imageValue('image', [batch, 3, height, width]),
    imageValue('out', [batch, 3, height, width]),
    options.opset,
  );
}

/**
 * A model whose batch dimension is free on paper but that returns only the first frame of a
 * batch (its first item, sliced), as an export that hard-codes batch 1 inside the graph would.
 */
export function firstOfBatchModel(): Buffer {
  const ints = (name: string, value: number) => ({
    name,
    dims: [1],
    data_type: OnnxDataType.INT64,
    int64_data: [value],
  });
  return encode(
    [{ op_type: 'Slice', input: ['image', 'starts', 'ends', 'axes'], output: ['out'] }],
    [ints('starts', 0), ints('ends', 1), ints('axes', 0)],
    imageValue('image', ['n', 3, 'h', 'w']),
    imageValue('out', [1, 3, 'h', 'w']),
  );
}

/** Nearest-neighbour 2x: each input pixel becomes a 2 x 2 block. */
export function nearest2xModel(): Buffer {
  return encode(
    [
      {
        op_type: 'Resize',
        input: ['image', '', 'scales'],
        output: ['out'],
        attribute: [{ name: 'mode', type: OnnxAttributeType.STRING, s: Buffer.from('nearest') }],
      },
    ],
    [{ name: 'scales', dims: [4], data_type: OnnxDataType.FLOAT, float_data: [1, 1, 2, 2] }],
    imageValue('image', [1, 3, 'h', 'w']),
    imageValue('out', [1, 3, 'h2', 'w2']),
  );
}

/** The mean of R, G and B as one channel (a stand-in for a matte or mask model); fixed size if `size` is given. */
export function greyModel(options: { size?: [width: number, height: number] } = {}): Buffer {
  const [width, height] = options.size ?? ['w', 'h'];
  return encode(
    [
      {
        op_type: 'ReduceMean',
        input: ['image'],
        output: ['grey'],
        attribute: [
          { name: 'axes', type: OnnxAttributeType.INTS, ints: [1] },
          { name: 'keepdims', type: OnnxAttributeType.INT, i: 1 },
        ],
      },
    ],
    [],
    imageValue('image', [1, 3, height, width]),
    imageValue('grey', [1, 1, height, width]),
  );
}

/** out = log(in - 2): every value the engine feeds (0..1) gives NaN, as a broken model or input range would. */
export function nanModel(): Buffer {
  return encode(
    [
      { op_type: 'Sub', input: ['image', 'two'], output: ['shifted'] },
      { op_type: 'Log', input: ['shifted'], output: ['out'] },
    ],
    [{ name: 'two', dims: [], data_type: OnnxDataType.FLOAT, float_data: [2] }],
    imageValue('image', [1, 3, 'h', 'w']),
    imageValue('out', [1, 3, 'h', 'w']),
  );
}

/** Nearest-neighbour half size: an output the engine cannot map back onto the frame. */
export function halfSizeModel(): Buffer {
  return encode(
    [
      {
        op_type: 'Resize',
        input: ['image', '', 'scales'],
        output: ['out'],
        attribute: [{ name: 'mode', type: OnnxAttributeType.STRING, s: Buffer.from('nearest') }],
      },
    ],
    [{ name: 'scales', dims: [4], data_type: OnnxDataType.FLOAT, float_data: [1, 1, 0.5, 0.5] }],
    imageValue('image', [1, 3, 'h', 'w']),
    imageValue('out', [1, 3, 'h2', 'w2']),
  );
}

/**
 * out = image * mask: an inpainting stand-in whose output shows what the mask input (1 channel,
 * broadcast over the colours) was fed. Any size unless `size` fixes it.
 */
export function maskedModel(options: { size?: [width: number, height: number] } = {}): Buffer {
  const [width, height] = options.size ?? ['w', 'h'];
  return encode(
    [{ op_type: 'Mul', input: ['image', 'mask'], output: ['out'] }],
    [],
    [imageValue('image', [1, 3, height, width]), imageValue('mask', [1, 1, height, width])],
    imageValue('out', [1, 3, height, width]),
  );
}

/** out = |image - previous|: a frame-pair stand-in whose output shows what the previous frame was. */
export function differenceModel(options: { batch?: number | string } = {}): Buffer {
  const batch = options.batch ?? 1;
  return encode(
    [
      { op_type: 'Sub', input: ['image', 'previous'], output: ['change'] },
      { op_type: 'Abs', input: ['change'], output: ['out'] },
    ],
    [],
    [imageValue('image', [batch, 3, 'h', 'w']), imageValue('previous', [batch, 3, 'h', 'w'])],
    imageValue('out', [batch, 3, 'h', 'w']),
  );
}
