/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import { Tensor } from 'onnxruntime-node';
import { checkOutput, enforceOutputCheck } from './output-check';

const tensor = (values: number[]) =>
  new Tensor('float32', Float32Array.from(values), [1, 1, 1, values.length]);

describe('checking a frame output', () => {
  it('passes an output with varying finite values, in any order', () => {
    expect(checkOutput([tensor([0.9, 0.1, 0.5])])).toEqual([]);
    expect(checkOutput([tensor([2, 1]), tensor([1, 1])])).toEqual([]);
  });

  it('counts NaN and infinite values over every tile', () => {
    const [problem] = checkOutput([tensor([NaN, 0.2, 0.4]), tensor([Infinity, -Infinity, 0.3])]);
    expect(problem).toMatch(/^3 of 6 output values are NaN or infinite \(written as 0\)/);
  });

  it('flags a flat output, and an all-NaN one only as NaN', () => {
    expect(checkOutput([tensor([0, 0, 0, 0])])).toEqual([
      'Every finite output value is 0: the output is a flat image, most often a wrongly normalised input or a model that ignores it.',
    ]);
    expect(checkOutput([tensor([NaN, NaN])])).toHaveLength(1);
  });

  it('fails the frame under the fail policy only', () => {
    const problems = checkOutput([tensor([1, 1])]);
    expect(() => enforceOutputCheck(problems, 'warn')).not.toThrow();
    expect(() => enforceOutputCheck(problems, 'fail')).toThrow(
      expect.objectContaining({ code: 'OUTPUT_INVALID', field: 'output' }),
    );
    expect(() => enforceOutputCheck([], 'fail')).not.toThrow();
  });
});
