import type { DataSource } from 'typeorm';
import type { FrameSource } from '../engine';
import type { JobFrame } from './worker-jobs.repository';

/**
 * For a model with a PREVIOUS_FRAME input: gives each frame to render whose predecessor in the
 * job's order is not the frame before it in `frames` that predecessor as its `previous` source. The
 * pipeline pairs the others with the frame it ran before them; this covers a job resumed at frame
 * k (a retry, or a worker that stopped), whose frame k - 1 was rendered by an earlier attempt.
 */
export async function linkPreviousFrames(
  db: DataSource,
  jobId: string,
  frames: JobFrame[],
  sources: FrameSource[],
  read: (frame: JobFrame) => Promise<Buffer>,
): Promise<void> {
  const wanted = frames
    .filter((frame, i) => frame.index > 0 && frames[i - 1]?.index !== frame.index - 1)
    .map((frame) => frame.index - 1);
  if (wanted.length === 0) return;
  const rows: JobFrame[] = await db.query(
    `SELECT jf.frame_index AS index, jf.frame_number AS number, jf.name, f.sha256
     FROM inference_job_frame jf JOIN stored_file f ON f.id = jf.file_id
     WHERE jf.job_id = $1 AND jf.frame_index = ANY($2::int[])`,
    [jobId, wanted],
  );
  const byIndex = new Map(rows.map((row) => [row.index, row]));
  frames.forEach((frame, i) => {
    const before = wanted.includes(frame.index - 1) ? byIndex.get(frame.index - 1) : undefined;
    if (before) sources[i].previous = { name: before.name, read: () => read(before) };
  });
}
