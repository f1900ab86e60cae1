import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  it('lets five failures in a minute through at full speed, then slows the sixth', () => {
    const throttle = new LoginThrottle();
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) {
      expect(throttle.delayFor('a@x', t0 + i)).toBe(0);
      throttle.recordFailure('a@x', t0 + i);
    }
    expect(throttle.delayFor('a@x', t0 + 10)).toBe(1000);
    throttle.recordFailure('a@x', t0 + 11);
    expect(throttle.delayFor('a@x', t0 + 12)).toBe(2000);
    expect(throttle.delayFor('other@x', t0 + 12)).toBe(0);
  });

  it('forgets failures older than a minute and after a success', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 6; i++) throttle.recordFailure('a@x', i);
    expect(throttle.delayFor('a@x', 60_010)).toBe(0);
    for (let i = 0; i < 6; i++) throttle.recordFailure('b@x', i);
    throttle.recordSuccess('b@x');
    expect(throttle.delayFor('b@x', 10)).toBe(0);
  });
});
