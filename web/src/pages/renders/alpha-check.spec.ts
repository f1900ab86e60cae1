import { firstFrameWithoutAlpha, readsAlpha } from './alpha-check';

describe('the frames a model reading alpha would be refused over', () => {
  it('knows a model reads alpha from its extra inputs', () => {
    expect(readsAlpha(null)).toBe(false);
    expect(readsAlpha([{ source: 'PREVIOUS_FRAME' }])).toBe(false);
    expect(readsAlpha([{ source: 'PREVIOUS_FRAME' }, { source: 'FRAME_ALPHA' }])).toBe(true);
  });

  it('names the first chosen frame recorded without alpha; unknown alpha passes, as at submit', () => {
    const frames = [
      { number: 1001, hasAlpha: true },
      { number: 1002, hasAlpha: null },
      { number: 1003, hasAlpha: false },
      { number: 1004, hasAlpha: false },
    ];
    expect(firstFrameWithoutAlpha(frames, '', '')).toBe(1003);
    expect(firstFrameWithoutAlpha(frames, '1004', '')).toBe(1004);
    expect(firstFrameWithoutAlpha(frames, '', '1002')).toBeUndefined();
  });
});
