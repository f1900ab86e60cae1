import { frameRate, parseTimecode } from './timecode';

const frame = (text: string, fps: number, dropFrame = false) => {
  const reading = parseTimecode(text, frameRate(fps, dropFrame));
  return reading.ok ? reading.frame : reading.rule;
};

describe('parseTimecode', () => {
  it('counts non-drop timecode in nominal frames', () => {
    expect(frame('01:00:04:05', 24)).toBe(86501);
    expect(frame('00:00:01:00', 25)).toBe(25);
    expect(frame('00:00:01:00', 23.976)).toBe(24);
  });

  it('counts drop-frame timecode: an hour is 107,892 frames at 29.97 and 215,784 at 59.94', () => {
    expect(frame('01:00:00;00', 29.97, true)).toBe(107892);
    expect(frame('01:00:00;00', 59.94, true)).toBe(215784);
    // A semicolon marks drop-frame even where FCM did not say so.
    expect(frame('00:01:00;02', 29.97)).toBe(1800);
  });

  it('numbers every existing drop-frame label of the first eleven minutes consecutively', () => {
    const rate = frameRate(29.97, true);
    const pad = (n: number) => String(n).padStart(2, '0');
    let expected = 0;
    const wrong: string[] = [];
    for (let m = 0; m < 11; m++) {
      for (let s = 0; s < 60; s++) {
        for (let f = 0; f < 30; f++) {
          const label = `00:${pad(m)}:${pad(s)};${pad(f)}`;
          const reading = parseTimecode(label, rate);
          const skipped = s === 0 && f < 2 && m % 10 !== 0;
          if (reading.ok === skipped) wrong.push(label);
          if (reading.ok && reading.frame !== expected++) wrong.push(label);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(expected).toBe(11 * 60 * 30 - 2 * 9); // minutes 1-9 drop two labels each; 0 and 10 drop none
  });

  it('refuses malformed timecode with the rule for the rate', () => {
    expect(frame('1:00:00:00', 24)).toBe('frames 00-23 at 24 fps');
    expect(frame('00:60:00:00', 25)).toBe('frames 00-24 at 25 fps');
    expect(frame('00:00:00;00', 24)).toBe(
      'drop-frame timecode (";") exists only at 29.97 or 59.94 fps, not 24',
    );
    expect(frame('00:00:00:00', 30, true)).toBe(0); // 30 fps has no drop-frame: read as non-drop
  });
});
