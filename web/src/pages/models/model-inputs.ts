import type { AdapterInput, ExtraInputSource } from '../../gql/graphql';

/** A model input or output as the api read it from the .onnx file. */
export interface Tensor {
  name: string;
  type: string;
  shape: (string | number)[];
}

/**
 * What feeds each input of a model with several: the frame goes to `imageInput`, every other input
 * is fed from its source. A source is kept for every input, in the model's order, so choosing
 * another input for the frame needs no new guess.
 */
export interface InputFeeds {
  imageInput: string;
  sources: { name: string; source: ExtraInputSource }[];
}

/** The words for a source: the choice in the form, the hint under it, and the model card's short form. */
export const SOURCE_WORDS: Record<ExtraInputSource, { choice: string; hint: string; short: string }> = {
  PREVIOUS_FRAME: {
    choice: 'The frame before (frame pairs)',
    hint: "The job's previous frame, prepared like the frame; the first frame pairs with itself.",
    short: 'frame before',
  },
  FRAME_ALPHA: {
    choice: "The frame's alpha channel (mask)",
    hint: 'One channel, 0 to 1. Jobs need frames that carry the mask in their alpha channel.',
    short: 'frame alpha',
  },
};

/** The size of the channel dimension, second (NCHW) or last (NHWC), when it reads as 1 or 3. */
function channels(input: Tensor): number | undefined {
  return [input.shape[1], input.shape[3]].find((d): d is number => d === 1 || d === 3);
}

/**
 * A first guess for a model with several inputs (none for one input, which takes the frame): the
 * frame goes to the first 3-channel input; a 1-channel input reads as a mask (the frame's alpha),
 * any other as the frame before (frame pairs take two pictures).
 */
export function guessFeeds(inputs: readonly Tensor[]): InputFeeds | undefined {
  if (inputs.length < 2) return undefined;
  return {
    imageInput: (inputs.find((i) => channels(i) === 3) ?? inputs[0]).name,
    sources: inputs.map((i) => ({
      name: i.name,
      source: channels(i) === 1 ? 'FRAME_ALPHA' : 'PREVIOUS_FRAME',
    })),
  };
}

/** The inputs besides the frame's, in the model's order: the adapter's extraInputs. */
export const extraInputs = (feeds: InputFeeds) => feeds.sources.filter((s) => s.name !== feeds.imageInput);

/** The adapter's input bindings; nothing for a one-input model, which the api binds itself. */
export function adapterFeeds(
  feeds: InputFeeds | undefined,
): Pick<AdapterInput, 'imageInput' | 'extraInputs'> {
  return feeds ? { imageInput: feeds.imageInput, extraInputs: extraInputs(feeds) } : {};
}

/**
 * Which extra input an api error names, by its place in extraInputs: the adapter check says
 * `input.adapter.extraInputs[1].source`, the input validation `adapter.extraInputs.1.name`.
 */
export function extraInputAt(field: string | undefined): number | undefined {
  const match = field?.match(/extraInputs(?:\[(\d+)\]|\.(\d+))/);
  return match ? Number(match[1] ?? match[2]) : undefined;
}
