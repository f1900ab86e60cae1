import { validateAdapter, type AdapterSpec, type ModelTensors } from './adapter';

const textDetector: ModelTensors = {
  inputs: [{ name: 'x', type: 'float32', shape: ['N', 3, 'H', 'W'] }],
  outputs: [{ name: 'sigmoid_0.tmp_0', type: 'float32', shape: ['N', 1, 'H', 'W'] }],
};

const textAdapter: AdapterSpec = {
  layout: 'NCHW',
  colour: 'RGB',
  values: { kind: 'meanStd', mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] },
  size: { kind: 'multipleOf', n: 32 },
  outputName: 'sigmoid_0.tmp_0',
  outputKind: 'MATTE',
};

const fields = (spec: AdapterSpec, model: ModelTensors) => validateAdapter(spec, model).map((p) => p.field);

describe('validateAdapter', () => {
  it('accepts an adapter that fits the model', () => {
    expect(validateAdapter(textAdapter, textDetector)).toEqual([]);
  });

  it('takes the shape from the adapter when the model was exported without shape information', () => {
    const shapeless: ModelTensors = {
      inputs: [{ name: 'x', type: 'float32', shape: [] }],
      outputs: [{ name: 'sigmoid_0.tmp_0', type: 'float32', shape: [] }],
    };
    expect(validateAdapter(textAdapter, shapeless)).toEqual([]);
    expect(validateAdapter({ ...textAdapter, layout: 'NHWC' }, shapeless)).toEqual([]);
    // A shape that is there but not an image is still refused.
    expect(
      fields(textAdapter, { ...shapeless, inputs: [{ name: 'x', type: 'float32', shape: [1, 3] }] }),
    ).toEqual(['adapter.layout']);
  });

  it('says when the layout puts channels where the model has none, and which layout fits', () => {
    const problems = validateAdapter({ ...textAdapter, layout: 'NHWC' }, textDetector);
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'adapter.layout',
        message: expect.stringContaining('set the layout to NCHW'),
      }),
    ]);
  });

  it('says when a channels-last model is read as NCHW', () => {
    const nhwc: ModelTensors = {
      inputs: [{ name: 'input', type: 'float32', shape: [1, 'h', 'w', 3] }],
      outputs: [{ name: 'output', type: 'float32', shape: [1, 'h', 'w', 3] }],
    };
    const problems = validateAdapter({ ...textAdapter, outputName: undefined, outputKind: 'IMAGE' }, nhwc);
    expect(problems.map((p) => p.field)).toContain('adapter.layout');
    expect(problems[0].message).toContain('set the layout to NHWC');
  });

  it("asks for the model's fixed size and a strategy to reach it", () => {
    const fixed: ModelTensors = {
      inputs: [{ name: 'x', type: 'float32', shape: [1, 3, 512, 512] }],
      outputs: [{ name: 'y', type: 'float32', shape: [1, 1, 512, 512] }],
    };
    const any: AdapterSpec = { ...textAdapter, size: { kind: 'any' }, outputName: undefined };
    expect(validateAdapter(any, fixed)).toEqual([
      expect.objectContaining({
        field: 'adapter.size',
        message: expect.stringContaining('set size to fixed 512x512'),
      }),
    ]);
    expect(
      fields(
        { ...any, size: { kind: 'fixed', width: 256, height: 256 }, fixedSizeStrategy: 'resize' },
        fixed,
      ),
    ).toEqual(['adapter.size']);
    expect(fields({ ...any, size: { kind: 'fixed', width: 512, height: 512 } }, fixed)).toEqual([
      'adapter.fixedSizeStrategy',
    ]);
    expect(
      fields(
        {
          ...any,
          size: { kind: 'fixed', width: 512, height: 512 },
          fixedSizeStrategy: 'tile',
          tileOverlap: 3,
        },
        fixed,
      ),
    ).toEqual(['adapter.tileOverlap']);
    expect(
      fields(
        {
          ...any,
          size: { kind: 'fixed', width: 512, height: 512 },
          fixedSizeStrategy: 'tile',
          tileOverlap: 32,
        },
        fixed,
      ),
    ).toEqual([]);
  });

  it('names the outputs when the chosen one does not exist or none is chosen among several', () => {
    const missing = validateAdapter({ ...textAdapter, outputName: 'prob' }, textDetector);
    expect(missing).toEqual([
      { field: 'adapter.outputName', message: expect.stringContaining('"sigmoid_0.tmp_0"') },
    ]);
    const two: ModelTensors = {
      ...textDetector,
      outputs: [...textDetector.outputs, { name: 'aux', type: 'float32', shape: [1, 1, 'H', 'W'] }],
    };
    expect(fields({ ...textAdapter, outputName: undefined }, two)).toEqual(['adapter.outputName']);
  });

  it('refuses element types other than float32 and an output kind with the wrong channel count', () => {
    const uint8: ModelTensors = {
      inputs: [{ name: 'x', type: 'uint8', shape: [1, 3, 'H', 'W'] }],
      outputs: [{ name: 'y', type: 'float32', shape: [1, 3, 'H', 'W'] }],
    };
    const problems = validateAdapter({ ...textAdapter, outputName: undefined }, uint8);
    expect(problems.map((p) => p.field)).toEqual(['file', 'adapter.outputKind']);
    expect(problems[0].message).toContain('takes uint8');
    expect(problems[1].message).toContain('choose IMAGE');
  });

  it('checks the numbers of the value mapping', () => {
    const bad: AdapterSpec = {
      ...textAdapter,
      values: { kind: 'meanStd', mean: [0.5, 0.5, 0.5], std: [0.2, 0, 0.2] },
    };
    expect(fields(bad, textDetector)).toEqual(['adapter.values.std']);
    expect(fields({ ...textAdapter, values: { kind: 'range', min: 1, max: 0 } }, textDetector)).toEqual([
      'adapter.values',
    ]);
  });
});
