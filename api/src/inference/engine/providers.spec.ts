import { bundledBackends, deviceName, openSession, PROVIDER_ORDER } from './providers';
import { identityModel } from './testing/models';

describe('openSession', () => {
  it('opens on the first provider that starts and says why the ones before it did not', async () => {
    const opened = await openSession(identityModel());
    try {
      expect(PROVIDER_ORDER).toContain(opened.provider);
      const tried = [...opened.skipped.map((s) => s.provider), opened.provider];
      expect(tried).toEqual(PROVIDER_ORDER.slice(0, tried.length));
      for (const attempt of opened.skipped) expect(attempt.reason).not.toBe('');
      expect(opened.device).toBe(deviceName(opened.provider));
    } finally {
      await opened.session.release();
    }
  });

  it('tries only the providers asked for', async () => {
    const opened = await openSession(identityModel(), ['cpu']);
    expect(opened).toMatchObject({ provider: 'cpu', skipped: [] });
    await opened.session.release();
  });

  it('fails with every reason when no provider can open the model', async () => {
    await expect(openSession(Buffer.from('not a model'), ['cpu'])).rejects.toThrow(
      /No execution provider could open the model \(cpu: .*protobuf/,
    );
  });
});

describe('bundledBackends', () => {
  it('lists the CPU provider as bundled', () => {
    expect(bundledBackends()).toContainEqual({ name: 'cpu', bundled: true });
  });
});
