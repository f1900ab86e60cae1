import type { FrameSource } from '../engine';
import type { JobFrame } from './worker-jobs.repository';

/**
 * For a model with a PREVIOUS_FRAME input: gives each frame to render whose predecessor in the
 * job's order is not the frame before it in `frames` that predecessor as its `previous` source. The
 * pipeline pairs the others with the frame it ran before them; this covers a job resumed at frame
 * k (a retry, or a worker that stopped), whose frame k - 1 was rendered by an earlier attempt.
 * `lookup` reads the job's frames by index (WorkerJobsRepository.jobFrames).
 */
export async function linkPreviousFrames(
  frames: JobFrame[],
  sources: FrameSource[],
  lookup: (indexes: number[]) => Promise<JobFrame[]>,
  read: (frame: JobFrame) => Promise<Buffer>,
): Promise<void> {
  const wanted = frames
    .filter((frame, i) => frame.index > 0 && frames[i - 1]?.index !== frame.index - 1)
    .map((frame) => frame.index - 1);
  if (wanted.length === 0) return;
  const byIndex = new Map((await lookup(wanted)).map((row) => [row.index, row]));
  frames.forEach((frame, i) => {
    const before = wanted.includes(frame.index - 1) ? byIndex.get(frame.index - 1) : undefined;
    if (before) sources[i].previous = { name: before.name, read: () => read(before) };
  });
}
