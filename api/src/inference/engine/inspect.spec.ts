import { InferenceInputError } from './errors';
import { inspectModel } from './inspect';
import { identityModel } from './testing/models';

async function refusal(source: Uint8Array | string): Promise<InferenceInputError> {
  const error = await inspectModel(source).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InferenceInputError);
  return error as InferenceInputError;
}

describe('inspectModel', () => {
  it('reads inputs, outputs, IR version and operator sets', async () => {
    expect(await inspectModel(identityModel())).toEqual({
      inputs: [{ name: 'image', type: 'float32', shape: [1, 3, 'h', 'w'] }],
      outputs: [{ name: 'out', type: 'float32', shape: [1, 3, 'h', 'w'] }],
      irVersion: 8,
      opsets: [{ domain: '', version: 17 }],
      producer: '',
    });
  });

  it("refuses a file that is not a model with the runtime's reason", async () => {
    const error = await refusal(Buffer.from('this is a text file, not a model'));
    expect(error).toMatchObject({ code: 'MODEL_UNREADABLE', field: 'file' });
    expect(error.message).toMatch(/^onnxruntime cannot open this file as a model: .*protobuf parsing failed/);
  });

  it('refuses an empty file and a missing path', async () => {
    expect(await refusal(Buffer.alloc(0))).toMatchObject({
      code: 'MODEL_UNREADABLE',
      message: expect.stringContaining('empty'),
    });
    expect(await refusal('/nonexistent/model.onnx')).toMatchObject({ code: 'MODEL_UNREADABLE' });
  });

  it('names an operator set newer than the runtime supports', async () => {
    const error = await refusal(identityModel({ opset: 99 }));
    expect(error.code).toBe('UNSUPPORTED_OPSET');
    expect(error.message).toMatch(
      /operator set ai\.onnx 99, but this runtime supports up to \d+; export the model again/,
    );
  });
});
