import type { ModelFieldsFragment } from '../../gql/graphql';
import { adapterSummary, extraInputsLine } from './adapter-summary';
import { adapterFeeds, extraInputAt, guessFeeds } from './model-inputs';

const tensor = (name: string, shape: (string | number)[]) => ({ name, type: 'float32', shape });
const image = tensor('image', [1, 3, 'h', 'w']);

describe('the inputs of a model with several', () => {
  it('guesses nothing for a one-input model, whose adapter names no inputs as before', () => {
    expect(guessFeeds([image])).toBeUndefined();
    expect(adapterFeeds(undefined)).toEqual({});
  });

  it("feeds the frame to the 3-channel input and a 1-channel input from the frame's alpha (image + mask)", () => {
    const feeds = guessFeeds([tensor('mask', [1, 1, 'h', 'w']), image])!;
    expect(adapterFeeds(feeds)).toEqual({
      imageInput: 'image',
      extraInputs: [{ name: 'mask', source: 'FRAME_ALPHA' }],
    });
  });

  it('reads NHWC channels last, and a second picture as the frame before (frame pairs)', () => {
    const feeds = guessFeeds([tensor('frame', [1, 'h', 'w', 3]), tensor('prev', [1, 'h', 'w', 3])])!;
    expect(adapterFeeds(feeds)).toEqual({
      imageInput: 'frame',
      extraInputs: [{ name: 'prev', source: 'PREVIOUS_FRAME' }],
    });
  });

  it('feeds the input the frame left from its guessed source when another input takes the frame', () => {
    const feeds = guessFeeds([image, tensor('prev', [1, 3, 'h', 'w']), tensor('mask', [1, 1, 'h', 'w'])])!;
    expect(adapterFeeds({ ...feeds, imageInput: 'prev' })).toEqual({
      imageInput: 'prev',
      extraInputs: [
        { name: 'image', source: 'PREVIOUS_FRAME' },
        { name: 'mask', source: 'FRAME_ALPHA' },
      ],
    });
  });

  it('finds the extra input an api error names, in either form of the path', () => {
    expect(extraInputAt('input.adapter.extraInputs[1].source')).toBe(1);
    expect(extraInputAt('adapter.extraInputs.0.name')).toBe(0);
    expect(extraInputAt('input.adapter.extraInputs')).toBeUndefined();
    expect(extraInputAt('input.adapter.imageInput')).toBeUndefined();
    expect(extraInputAt(undefined)).toBeUndefined();
  });
});

describe('the adapter summary', () => {
  const adapter: ModelFieldsFragment['adapter'] = {
    layout: 'NCHW',
    colour: 'RGB',
    size: 'ANY',
    outputKind: 'IMAGE',
    valueRange: { min: 0, max: 1 },
  };

  it('reads as before for a one-input model', () => {
    expect(extraInputsLine(adapter)).toBe('');
    expect(adapterSummary(adapter)).toBe('NCHW RGB, any size, values 0..1; output image.');
  });

  it('names the input that takes the frame and what feeds the others', () => {
    const several = {
      ...adapter,
      imageInput: 'image',
      extraInputs: [
        { name: 'mask', source: 'FRAME_ALPHA' as const },
        { name: 'prev', source: 'PREVIOUS_FRAME' as const },
      ],
    };
    expect(extraInputsLine(several)).toBe('mask: frame alpha; prev: frame before');
    expect(adapterSummary(several)).toBe(
      'NCHW RGB, any size, values 0..1; frame into image (mask: frame alpha; prev: frame before); output image.',
    );
  });
});
