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

describe('validateAdapter with several model inputs', () => {
  // An inpainting model: the frame, a 1-channel mask, and a frame-pair input.
  const inpainter: ModelTensors = {
    inputs: [
      { name: 'frame', type: 'float32', shape: [1, 3, 'H', 'W'] },
      { name: 'hole', type: 'float32', shape: [1, 1, 'H', 'W'] },
      { name: 'prev', type: 'float32', shape: [1, 3, 'H', 'W'] },
    ],
    outputs: [{ name: 'filled', type: 'float32', shape: [1, 3, 'H', 'W'] }],
  };
  const adapter: AdapterSpec = {
    ...textAdapter,
    outputName: undefined,
    outputKind: 'IMAGE',
    imageInput: 'frame',
    extraInputs: [
      { name: 'hole', source: 'FRAME_ALPHA' },
      { name: 'prev', source: 'PREVIOUS_FRAME' },
    ],
  };

  it('accepts an adapter that feeds every input once', () => {
    expect(validateAdapter(adapter, inpainter)).toEqual([]);
  });

  it('asks which input takes the frame, naming them', () => {
    expect(validateAdapter({ ...adapter, imageInput: undefined }, inpainter)).toEqual([
      {
        field: 'adapter.imageInput',
        message: expect.stringContaining(
          'The model takes 3 inputs ("frame", "hole", "prev"); set imageInput',
        ),
      },
    ]);
    expect(fields({ ...adapter, imageInput: 'image' }, inpainter)).toEqual(['adapter.imageInput']);
  });

  it('names an input nothing feeds, an unknown one and one fed twice', () => {
    const unfed = validateAdapter({ ...adapter, extraInputs: [adapter.extraInputs![0]] }, inpainter);
    expect(unfed).toEqual([
      { field: 'adapter.extraInputs', message: expect.stringContaining(`the model's input "prev";`) },
    ]);
    const unknown = validateAdapter(
      { ...adapter, extraInputs: [adapter.extraInputs![0], { name: 'previous', source: 'PREVIOUS_FRAME' }] },
      inpainter,
    );
    expect(unknown.map((p) => p.field)).toEqual(['adapter.extraInputs[1].name', 'adapter.extraInputs']);
    expect(unknown[0].message).toBe(
      'The model has no input named "previous"; its inputs are "frame", "hole", "prev".',
    );
    const twice = {
      ...adapter,
      extraInputs: [...adapter.extraInputs!, { name: 'frame', source: 'PREVIOUS_FRAME' as const }],
    };
    expect(fields(twice, inpainter)).toEqual(['adapter.extraInputs[2].name']);
  });

  it('refuses a source whose channel count the input does not have, saying which source fits', () => {
    const swapped: AdapterSpec = {
      ...adapter,
      extraInputs: [
        { name: 'hole', source: 'PREVIOUS_FRAME' },
        { name: 'prev', source: 'FRAME_ALPHA' },
      ],
    };
    const problems = validateAdapter(swapped, inpainter);
    expect(problems.map((p) => p.field)).toEqual([
      'adapter.extraInputs[0].source',
      'adapter.extraInputs[1].source',
    ]);
    expect(problems[0].message).toContain('has 1 at the channel position of layout NCHW');
    expect(problems[0].message).toContain('set its source to FRAME_ALPHA');
    expect(problems[1].message).toContain('set its source to PREVIOUS_FRAME');
  });

  it('checks an extra input like the frame: float32, and the size rule', () => {
    const int8Mask: ModelTensors = {
      ...inpainter,
      inputs: inpainter.inputs.map((i) => (i.name === 'hole' ? { ...i, type: 'uint8' } : i)),
    };
    expect(validateAdapter(adapter, int8Mask)).toEqual([
      { field: 'file', message: expect.stringContaining(`input "hole" takes uint8`) },
    ]);
    const fixedMask: ModelTensors = {
      ...inpainter,
      inputs: inpainter.inputs.map((i) => (i.name === 'hole' ? { ...i, shape: [1, 1, 256, 256] } : i)),
    };
    expect(fields(adapter, fixedMask)).toEqual(['adapter.size']);
  });
});
