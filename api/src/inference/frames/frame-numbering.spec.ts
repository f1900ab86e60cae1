import { numberFrames } from './frame-numbering';

const upload = (...names: string[]) => names.map((name) => ({ name, item: name }));

describe('numbering uploaded frames into a sequence', () => {
  it('orders numbered files by their frame number, not by upload order', () => {
    const result = numberFrames(upload('street.1003.png', 'street.1001.png', 'street.1002.png'));
    expect(result).toMatchObject({ ok: true, firstFrame: 1001 });
    if (!result.ok) return;
    expect(result.frames.map((f) => [f.number, f.name, f.uploadIndex])).toEqual([
      [1001, 'street.1001.png', 1],
      [1002, 'street.1002.png', 2],
      [1003, 'street.1003.png', 0],
    ]);
  });

  it('reads the last digits before the extension, so a version number in the name does not count', () => {
    const result = numberFrames(upload('sh010_v2_0009.png', 'sh010_v2_0010.png'));
    expect(result.ok && result.frames.map((f) => f.number)).toEqual([9, 10]);
  });

  it('numbers unnumbered files 1, 2, 3 in upload order (a single still is frame 1)', () => {
    const result = numberFrames(upload('plate.png', 'other.jpg'));
    expect(result.ok && result.frames.map((f) => [f.number, f.name])).toEqual([
      [1, 'plate.png'],
      [2, 'other.jpg'],
    ]);
  });

  it('refuses a hole in the numbering, naming the missing frames', () => {
    const result = numberFrames(upload('a_0001.png', 'a_0002.png', 'a_0005.png', 'a_0006.png'));
    expect(result).toEqual({
      ok: false,
      field: 'frames',
      message:
        'The sequence runs 1 to 6 but has no frame 3, 4; upload the missing frames, or the parts on either side as separate folders.',
    });
  });

  it('counts the missing frames past the first five', () => {
    const result = numberFrames(upload('a_0001.png', 'a_0010.png'));
    expect(!result.ok && result.message).toContain('has no frame 2, 3, 4, 5, 6 and 3 more;');
  });

  it('refuses the same frame twice', () => {
    const result = numberFrames(upload('a_0001.png', 'a_001.png'));
    expect(result).toMatchObject({
      ok: false,
      field: 'frames[1]',
      message: 'Frame 1 is uploaded twice (a_0001.png and a_001.png); keep one of them.',
    });
  });

  it('refuses two sequences in one upload, and numbered files mixed with unnumbered ones', () => {
    expect(numberFrames(upload('street_0001.png', 'green_0002.png'))).toMatchObject({
      ok: false,
      message:
        'The files belong to more than one sequence (street_####.png, green_####.png); upload one sequence at a time.',
    });
    expect(numberFrames(upload('street_0001.png', 'street.png'))).toMatchObject({
      ok: false,
      field: 'frames[1]',
    });
  });

  it('refuses an empty upload', () => {
    expect(numberFrames([])).toMatchObject({ ok: false, field: 'frames' });
  });
});
