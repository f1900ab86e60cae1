import * as protobuf from 'protobufjs';

// The subset of onnx.proto (https://github.com/onnx/onnx/blob/main/onnx/onnx.proto, Apache-2.0) that we
// write when building the model pack and read when inspecting an upload. Field numbers and the proto2
// packing rules are the upstream ones, so files we write open in any ONNX reader; fields we leave out
// are skipped by the decoder.
const ONNX_PROTO = `
syntax = "proto2";
package onnx;

message AttributeProto {
  enum AttributeType { UNDEFINED = 0; FLOAT = 1; INT = 2; STRING = 3; TENSOR = 4; GRAPH = 5;
    FLOATS = 6; INTS = 7; STRINGS = 8; TENSORS = 9; GRAPHS = 10; }
  optional string name = 1;
  optional float f = 2;
  optional int64 i = 3;
  optional bytes s = 4;
  optional TensorProto t = 5;
  repeated float floats = 7;
  repeated int64 ints = 8;
  repeated bytes strings = 9;
  optional AttributeType type = 20;
}

message NodeProto {
  repeated string input = 1;
  repeated string output = 2;
  optional string name = 3;
  optional string op_type = 4;
  repeated AttributeProto attribute = 5;
  optional string doc_string = 6;
  optional string domain = 7;
}

message TensorShapeProto {
  message Dimension {
    oneof value {
      int64 dim_value = 1;
      string dim_param = 2;
    }
  }
  repeated Dimension dim = 1;
}

message TypeProto {
  message Tensor {
    optional int32 elem_type = 1;
    optional TensorShapeProto shape = 2;
  }
  oneof value {
    Tensor tensor_type = 1;
  }
}

message ValueInfoProto {
  optional string name = 1;
  optional TypeProto type = 2;
  optional string doc_string = 3;
}

message TensorProto {
  repeated int64 dims = 1;
  optional int32 data_type = 2;
  repeated float float_data = 4 [packed = true];
  repeated int64 int64_data = 7 [packed = true];
  optional string name = 8;
  optional bytes raw_data = 9;
}

message GraphProto {
  repeated NodeProto node = 1;
  optional string name = 2;
  repeated TensorProto initializer = 5;
  optional string doc_string = 10;
  repeated ValueInfoProto input = 11;
  repeated ValueInfoProto output = 12;
}

message OperatorSetIdProto {
  optional string domain = 1;
  optional int64 version = 2;
}

message StringStringEntryProto {
  optional string key = 1;
  optional string value = 2;
}

message ModelProto {
  optional int64 ir_version = 1;
  optional string producer_name = 2;
  optional string producer_version = 3;
  optional string domain = 4;
  optional int64 model_version = 5;
  optional string doc_string = 6;
  optional GraphProto graph = 7;
  repeated OperatorSetIdProto opset_import = 8;
  repeated StringStringEntryProto metadata_props = 14;
}

// The same message without its graph: inspecting an upload reads the header only, so a model of
// several gigabytes is not copied into JavaScript objects; the decoder skips field 7.
message ModelHeaderProto {
  optional int64 ir_version = 1;
  optional string producer_name = 2;
  optional string producer_version = 3;
  repeated OperatorSetIdProto opset_import = 8;
}
`;

const root = protobuf.parse(ONNX_PROTO, { keepCase: true }).root;

export const ModelProto = root.lookupType('onnx.ModelProto');
export const ModelHeaderProto = root.lookupType('onnx.ModelHeaderProto');

/** TensorProto.DataType values we use. */
export const OnnxDataType = { FLOAT: 1, INT64: 7 } as const;

/** AttributeProto.AttributeType values we use. */
export const OnnxAttributeType = { FLOAT: 1, INT: 2, STRING: 3, FLOATS: 6, INTS: 7 } as const;

export interface OpsetImport {
  /** '' (or absent) is the default ONNX operator set, 'ai.onnx'. */
  domain: string;
  version: number;
}

export interface ModelHeader {
  irVersion: number;
  producer: string;
  opsets: OpsetImport[];
}

/** Reads the IR version, producer and operator sets; throws when the bytes are not a ModelProto. */
export function decodeModelHeader(bytes: Uint8Array): ModelHeader {
  const message = ModelHeaderProto.decode(bytes);
  const plain = ModelHeaderProto.toObject(message, { longs: Number, defaults: true }) as {
    ir_version: number;
    producer_name: string;
    producer_version: string;
    opset_import: Array<{ domain: string; version: number }>;
  };
  return {
    irVersion: plain.ir_version,
    producer: [plain.producer_name, plain.producer_version].filter(Boolean).join(' '),
    opsets: plain.opset_import.map((o) => ({ domain: o.domain, version: o.version })),
  };
}
