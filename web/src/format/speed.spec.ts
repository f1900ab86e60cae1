import { formatSpeedEffect } from './speed';

describe('formatSpeedEffect', () => {
  it('says nothing for a shot at speed, and names the effect an edit gave it', () => {
    expect(formatSpeedEffect(null, 'en-US')).toBe('');
    expect(formatSpeedEffect(1, 'en-US')).toBe('');
    // M2 048.0 on a 24 fps timeline is 2 source frames per timeline frame; 012.0 is 0.5.
    expect(formatSpeedEffect(2, 'en-US')).toBe('2× speed');
    expect(formatSpeedEffect(0.5, 'en-US')).toBe('0.5× speed');
    expect(formatSpeedEffect(0, 'en-US')).toBe('freeze frame');
    expect(formatSpeedEffect(-1, 'en-US')).toBe('reversed, 1× speed');
    expect(formatSpeedEffect(1.0417, 'de-DE')).toBe('1,0417× speed');
  });
});
