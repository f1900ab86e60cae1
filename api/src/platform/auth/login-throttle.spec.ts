import { LoginThrottle } from './login-throttle';

const limits = { windowMs: 60_000, perAccount: 5, perAddress: 20, maxEntries: 100 };

describe('LoginThrottle', () => {
  it('lets five failures for one account through, then refuses the sixth until the minute is over', () => {
    const throttle = new LoginThrottle(limits);
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) {
      expect(throttle.retryAfterSeconds('a@x', '10.0.0.1', t0 + i)).toBe(0);
      throttle.recordFailure('a@x', '10.0.0.1', t0 + i);
    }
    // The window opened at t0; 10 s later 50 s are left.
    expect(throttle.retryAfterSeconds('a@x', '10.0.0.2', t0 + 10_000)).toBe(50);
    expect(throttle.retryAfterSeconds('A@X ', '10.0.0.2', t0 + 10_000)).toBe(50);
    expect(throttle.retryAfterSeconds('other@x', '10.0.0.2', t0 + 10_000)).toBe(0);
    expect(throttle.retryAfterSeconds('a@x', '10.0.0.2', t0 + 60_000)).toBe(0);
  });

  it('refuses an address after twenty failures across different accounts', () => {
    const throttle = new LoginThrottle(limits);
    for (let i = 0; i < 20; i++) throttle.recordFailure(`user${i}@x`, '10.0.0.9', i);
    expect(throttle.retryAfterSeconds('fresh@x', '10.0.0.9', 100)).toBe(60);
    expect(throttle.retryAfterSeconds('fresh@x', '10.0.0.8', 100)).toBe(0);
  });

  it('forgets the account after a success', () => {
    const throttle = new LoginThrottle(limits);
    for (let i = 0; i < 5; i++) throttle.recordFailure('b@x', '10.0.0.1', i);
    throttle.recordSuccess('b@x', '10.0.0.1', 10);
    expect(throttle.retryAfterSeconds('b@x', '10.0.0.3', 10)).toBe(0);
  });

  it('takes back the attempt a success was charged to its address', () => {
    const throttle = new LoginThrottle(limits);
    // Twenty people behind one address sign in right: each charged, then given back.
    for (let i = 0; i < 25; i++) {
      throttle.recordFailure(`user${i}@x`, '10.0.0.7', i);
      throttle.recordSuccess(`user${i}@x`, '10.0.0.7', i);
    }
    expect(throttle.retryAfterSeconds('user0@x', '10.0.0.7', 30)).toBe(0);
  });

  it('keeps at most maxEntries windows however many e-mails a flood makes up', () => {
    const throttle = new LoginThrottle(limits);
    for (let i = 0; i < 5_000; i++) throttle.recordFailure(`made-up-${i}@x`, `10.1.${i >> 8}.${i & 255}`, i);
    expect(throttle.size).toBeLessThanOrEqual(100);
  });
});
