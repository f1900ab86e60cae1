import { ModelProto, OnnxAttributeType, OnnxDataType } from '../../api/src/inference/engine/onnx-proto';

/**
 * Small helpers for writing ONNX graphs by hand. Everything that goes into a file is spelled out
 * here (no timestamps, no versions read from the environment), so the same code writes the same
 * bytes on every machine and the model's sha256 never drifts.
 */

export const OPSET = 17;
/** IR version 8 is the one ONNX 1.12+ writes for opset 17. */
const IR_VERSION = 8;
const PRODUCER = 'frameledger-seeds';

type Attribute = { int: number } | { ints: number[] } | { float: number } | { string: string };

export interface NodeSpec {
  op: string;
  inputs: string[];
  outputs: string[];
  attributes?: Record<string, Attribute>;
}

export function node(
  op: string,
  inputs: string[],
  outputs: string[],
  attributes?: Record<string, Attribute>,
): NodeSpec {
  return { op, inputs, outputs, attributes };
}

function attributeProto(name: string, value: Attribute): object {
  if ('int' in value) return { name, type: OnnxAttributeType.INT, i: value.int };
  if ('ints' in value) return { name, type: OnnxAttributeType.INTS, ints: value.ints };
  if ('float' in value) return { name, type: OnnxAttributeType.FLOAT, f: value.float };
  return { name, type: OnnxAttributeType.STRING, s: Buffer.from(value.string, 'utf8') };
}

export interface TensorSpec {
  name: string;
  dims: number[];
  dataType: number;
  values: number[];
}

/** Weights are stored as float32: what the model computes with, whatever the JavaScript number was. */
export function floatTensor(name: string, dims: number[], values: number[]): TensorSpec {
  return { name, dims, dataType: OnnxDataType.FLOAT, values };
}

export function int64Tensor(name: string, dims: number[], values: number[]): TensorSpec {
  return { name, dims, dataType: OnnxDataType.INT64, values };
}

function tensorProto(t: TensorSpec): object {
  const count = t.dims.reduce((a, b) => a * b, 1);
  if (count !== t.values.length)
    throw new Error(`Tensor ${t.name} has ${t.values.length} values for dims [${t.dims}].`);
  return t.dataType === OnnxDataType.FLOAT
    ? { name: t.name, dims: t.dims, data_type: t.dataType, float_data: t.values }
    : { name: t.name, dims: t.dims, data_type: t.dataType, int64_data: t.values };
}

/** A float32 image tensor [1, channels, height, width]; named dimensions stay dynamic. */
export function imageValue(name: string, channels: number, height: string, width: string): object {
  const dim = [{ dim_value: 1 }, { dim_value: channels }, { dim_param: height }, { dim_param: width }];
  return { name, type: { tensor_type: { elem_type: OnnxDataType.FLOAT, shape: { dim } } } };
}

export interface GraphSpec {
  name: string;
  doc: string;
  nodes: NodeSpec[];
  initializers: TensorSpec[];
  inputs: object[];
  outputs: object[];
}

export function encodeModel(graph: GraphSpec): Buffer {
  const model = ModelProto.fromObject({
    ir_version: IR_VERSION,
    producer_name: PRODUCER,
    producer_version: '1',
    domain: 'org.frameledger',
    model_version: 1,
    doc_string: graph.doc,
    opset_import: [{ domain: '', version: OPSET }],
    graph: {
      name: graph.name,
      node: graph.nodes.map((n, i) => ({
        name: `${n.op.toLowerCase()}_${i}`,
        op_type: n.op,
        input: n.inputs,
        output: n.outputs,
        attribute: Object.entries(n.attributes ?? {}).map(([name, value]) => attributeProto(name, value)),
      })),
      initializer: graph.initializers.map(tensorProto),
      input: graph.inputs,
      output: graph.outputs,
    },
  });
  return Buffer.from(ModelProto.encode(model).finish());
}
