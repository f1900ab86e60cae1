import type { InferenceSession } from 'onnxruntime-node';
import type { OpenedSession, ProviderName } from './providers';
import { SessionCache } from './session-cache';

/** A cache whose "sessions" are plain objects recording their release, opened on the first provider asked for. */
function fakeCache(capacity: number) {
  const released: string[] = [];
  const opened: string[] = [];
  const open = jest.fn(async (model: Uint8Array, order: readonly ProviderName[]): Promise<OpenedSession> => {
    const id = Buffer.from(model).toString();
    opened.push(id);
    const session = { release: async () => void released.push(id) } as unknown as InferenceSession;
    return { session, provider: order[0], device: 'test', skipped: [] };
  });
  const cache = new SessionCache(capacity, open);
  const acquire = (sha: string, order: ProviderName[] = ['cpu']) =>
    cache.acquire(sha, async () => Buffer.from(sha), order);
  return { cache, acquire, released, opened };
}

describe('SessionCache', () => {
  it('reuses a session and releases the least recently used beyond capacity', async () => {
    const { cache, acquire, released, opened } = fakeCache(2);
    (await acquire('a')).done();
    (await acquire('b')).done();
    (await acquire('a')).done(); // a is now the most recent
    (await acquire('c')).done(); // pushes out b
    expect(opened).toEqual(['a', 'b', 'c']);
    expect(released).toEqual(['b']);
    expect(cache.size).toBe(2);
  });

  it('keys by provider: the same model on another provider is another session', async () => {
    const { acquire, opened } = fakeCache(4);
    (await acquire('a', ['cpu'])).done();
    (await acquire('a', ['webgpu'])).done();
    (await acquire('a', ['webgpu', 'cpu'])).done();
    expect(opened).toEqual(['a', 'a']);
  });

  it('does not release a session a job still holds until the job is done with it', async () => {
    const { acquire, released } = fakeCache(1);
    const held = await acquire('a');
    (await acquire('b')).done();
    expect(released).toEqual([]);
    held.done();
    held.done(); // a second done() is harmless
    expect(released).toEqual(['a']);
  });

  it('opens a model once when two jobs ask for it at the same time', async () => {
    const { acquire, opened } = fakeCache(2);
    const [first, second] = await Promise.all([acquire('a'), acquire('a')]);
    expect(first.session).toBe(second.session);
    expect(opened).toEqual(['a']);
  });

  it('releases everything no job holds on clear', async () => {
    const { cache, acquire, released } = fakeCache(3);
    (await acquire('a')).done();
    const held = await acquire('b');
    cache.clear();
    expect(released).toEqual(['a']);
    held.done();
    expect(released).toEqual(['a', 'b']);
    expect(cache.size).toBe(0);
  });
});
