import { readAhead } from './read-ahead';

describe('reading frames one ahead', () => {
  it('starts reading the next frame when a frame is read, and each file once', async () => {
    const reads: string[] = [];
    const sources = readAhead(
      ['a', 'b', 'c'].map((sha256) => ({ name: `${sha256}.png`, sha256 })),
      async ({ sha256 }) => {
        reads.push(sha256);
        return Buffer.from(sha256);
      },
    );
    expect((await sources[0].read()).toString()).toBe('a');
    expect(reads).toEqual(['a', 'b']);
    expect((await sources[1].read()).toString()).toBe('b');
    expect((await sources[2].read()).toString()).toBe('c');
    expect(reads).toEqual(['a', 'b', 'c']);
  });

  it('reports a failed read when its frame is asked for', async () => {
    const sources = readAhead(
      [
        { name: 'a', sha256: 'a' },
        { name: 'b', sha256: 'b' },
      ],
      async ({ sha256 }) => {
        if (sha256 === 'b') throw new Error('disk fault');
        return Buffer.from(sha256);
      },
    );
    await sources[0].read();
    await expect(sources[1].read()).rejects.toThrow('disk fault');
  });
});
