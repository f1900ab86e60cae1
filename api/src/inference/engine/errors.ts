/**
 * Why an input was refused. BAD_USER_INPUT covers images and adapter fields; the MODEL_* codes are
 * about the uploaded model file, so the service can tell the user which upload to fix.
 */
export type InferenceInputCode =
  | 'BAD_USER_INPUT'
  | 'IMAGE_UNREADABLE'
  | 'IMAGE_TOO_LARGE'
  /** The model has a FRAME_ALPHA input and the frame has no alpha channel to feed it. */
  | 'FRAME_ALPHA_MISSING'
  | 'MODEL_UNREADABLE'
  | 'UNSUPPORTED_OPSET'
  | 'ADAPTER_MISMATCH'
  /** A model or frame in the store no longer has the sha256 recorded for it (replaced or damaged). */
  | 'STORED_BYTES_CHANGED'
  /** A frame's output was NaN, infinite or constant and the policy fails such jobs. */
  | 'OUTPUT_INVALID';

/**
 * A refusal the user can act on: `field` is the path of the input at fault (e.g. `frames[3]`,
 * `adapter.layout`, `file`) and `message` is a whole sentence saying what to change.
 */
export class InferenceInputError extends Error {
  override readonly name = 'InferenceInputError';

  constructor(
    readonly code: InferenceInputCode,
    readonly field: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * A frame of a job failed. Carries which frame (position and name) so the job can record it; `cause`
 * is an InferenceInputError when the frame itself was bad, or the runtime's error otherwise.
 */
export class FrameFailedError extends Error {
  override readonly name = 'FrameFailedError';

  constructor(
    readonly frameIndex: number,
    readonly frameName: string,
    cause: unknown,
  ) {
    super(
      `Frame ${frameIndex + 1} (${frameName}) failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
  }
}

/** Runtime errors start with a C++ source location and signature; the user needs only the sentence after. */
export function runtimeReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^\S+:\d+ [^]*?\) (?=[A-Z])/, '').trim();
}
