import type { FrameSource } from '../engine';

/**
 * Frame sources whose bytes are read one frame ahead. onnxruntime's run holds the event loop, so
 * the pipeline's decode of frame n + 1 can only overlap the run of frame n if the file read
 * behind it has finished before that run starts; reading it while frame n is being read makes sure.
 */
export function readAhead<F extends { name: string }>(
  frames: F[],
  read: (frame: F) => Promise<Buffer>,
): FrameSource[] {
  const started = new Map<number, Promise<Buffer>>();
  const start = (i: number) => {
    if (i >= frames.length || started.has(i)) return;
    const bytes = read(frames[i]);
    // A failed read is reported when the pipeline asks for that frame, not as an unhandled rejection.
    bytes.catch(() => undefined);
    started.set(i, bytes);
  };
  return frames.map((frame, i) => ({
    name: frame.name,
    read: () => {
      start(i);
      start(i + 1);
      const bytes = started.get(i)!;
      started.delete(i);
      return bytes;
    },
  }));
}
