import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './config';

const base = () => ({ FRAMELEDGER_DATA_DIR: mkdtempSync(join(tmpdir(), 'fl-config-')) });
const production = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-characters' };

describe('request limits and production defaults', () => {
  it('outside production: listens everywhere, seeds the demo, answers introspection', () => {
    const config = loadConfig(base());
    expect(config).toMatchObject({ host: '0.0.0.0', seedDemo: true, graphqlIntrospection: true });
    expect(config).toMatchObject({
      graphqlMaxCost: 60_000,
      graphqlMaxAliases: 30,
      graphqlMaxBodyBytes: 1024 ** 2,
    });
  });

  it('in production: loopback, no demo users, no introspection, unless asked for', () => {
    expect(loadConfig({ ...base(), ...production })).toMatchObject({
      host: '127.0.0.1',
      seedDemo: false,
      graphqlIntrospection: false,
      metricsToken: undefined,
    });
    const opened = loadConfig({
      ...base(),
      ...production,
      FRAMELEDGER_SEED_DEMO: 'true',
      GRAPHQL_INTROSPECTION: 'true',
    });
    expect(opened).toMatchObject({ seedDemo: true, graphqlIntrospection: true });
  });

  it('refuses production on a public address without METRICS_TOKEN, and says what to set', () => {
    expect(() => loadConfig({ ...base(), ...production, HOST: '0.0.0.0' })).toThrow(
      'In production /metrics needs METRICS_TOKEN when HOST (0.0.0.0) is not a loopback or private address; set METRICS_TOKEN or bind to a private address.',
    );
    expect(loadConfig({ ...base(), ...production, HOST: '10.1.2.3' }).host).toBe('10.1.2.3');
    expect(
      loadConfig({ ...base(), ...production, HOST: '0.0.0.0', METRICS_TOKEN: 'a-long-enough-token' })
        .metricsToken,
    ).toBe('a-long-enough-token');
    expect(() => loadConfig({ ...base(), METRICS_TOKEN: 'short' })).toThrow(
      'METRICS_TOKEN must be at least 16 characters long.',
    );
  });
});
