import type { FrameSource } from '../engine';
import { linkPreviousFrames } from './previous-frames';
import type { JobFrame } from './worker-jobs.repository';

const frame = (index: number): JobFrame => ({
  index,
  number: 1001 + index,
  name: `plate_${1001 + index}.png`,
  sha256: `sha-${index}`,
});

describe('linkPreviousFrames', () => {
  it("gives a resumed job's frames the rendered frame before them, and only those", async () => {
    // Frames 0-2 and 5 were rendered by an earlier attempt; 3, 4 and 6 are left.
    const frames = [frame(3), frame(4), frame(6)];
    const sources: FrameSource[] = frames.map((f) => ({ name: f.name, read: async () => Buffer.alloc(0) }));
    const lookup = jest.fn(async (wanted: number[]) => wanted.map(frame));
    const read = async (f: JobFrame) => Buffer.from(f.sha256);

    await linkPreviousFrames(frames, sources, lookup, read);

    expect(lookup.mock.calls[0][0]).toEqual([2, 5]);
    expect(sources.map((s) => s.previous?.name)).toEqual(['plate_1003.png', undefined, 'plate_1006.png']);
    expect((await sources[2].previous!.read()).toString()).toBe('sha-5');
  });

  it('asks nothing of the database for a job that starts at its first frame', async () => {
    const lookup = jest.fn();
    const frames = [frame(0), frame(1)];
    const sources = frames.map((f) => ({ name: f.name, read: async () => Buffer.alloc(0) }));
    await linkPreviousFrames(frames, sources, lookup, jest.fn());
    expect(lookup).not.toHaveBeenCalled();
    expect(sources.every((s) => !('previous' in s))).toBe(true);
  });
});
