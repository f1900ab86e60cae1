import type { ExtraInputSource } from '../../gql/graphql';

/** Whether a model reads each frame's alpha channel as its mask (a FRAME_ALPHA input). */
export const readsAlpha = (
  extraInputs: readonly { source: ExtraInputSource }[] | null | undefined,
): boolean => extraInputs?.some((input) => input.source === 'FRAME_ALPHA') ?? false;

/**
 * The first chosen frame such a model would be refused over: recorded without alpha, within
 * from..to (empty means the folder's end). Frames of unknown alpha (null) pass, as they do at submit.
 */
export function firstFrameWithoutAlpha(
  frames: readonly { number: number; hasAlpha?: boolean | null }[],
  fromFrame: string,
  toFrame: string,
): number | undefined {
  return frames.find(
    (f) =>
      f.hasAlpha === false &&
      (!fromFrame || f.number >= Number(fromFrame)) &&
      (!toFrame || f.number <= Number(toFrame)),
  )?.number;
}
