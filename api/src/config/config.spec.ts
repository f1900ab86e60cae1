import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'fl-config-'));

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const dir = dataDir();
    const config = loadConfig({ FRAMELEDGER_DATA_DIR: dir });
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe(dir);
    expect(config.workerDeviceClass).toBe('CPU');
  });

  it('takes the owner role for migrations beside the app role', () => {
    const config = loadConfig({
      FRAMELEDGER_DATA_DIR: dataDir(),
      DATABASE_URL: 'postgres://frameledger_app:a@db:5432/fl',
      MIGRATION_DATABASE_URL: 'postgres://frameledger_owner:o@db:5432/fl',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://frameledger_app:a@db:5432/fl',
      migrationDatabaseUrl: 'postgres://frameledger_owner:o@db:5432/fl',
    });
  });

  it('generates a JWT secret once outside production and keeps it in the data dir', () => {
    const dir = dataDir();
    const first = loadConfig({ FRAMELEDGER_DATA_DIR: dir }).jwtSecret;
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first);
    expect(loadConfig({ FRAMELEDGER_DATA_DIR: dir }).jwtSecret).toBe(first);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number from 0 to 65535; it is "eighty"/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /DATABASE_URL must start with postgres:\/\//],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL must be a URL/],
    [{ MIGRATION_DATABASE_URL: 'postgres://owner@db/fl' }, /MIGRATION_DATABASE_URL needs DATABASE_URL too/],
    [
      { DATABASE_URL: 'postgres://app@db/fl', MIGRATION_DATABASE_URL: 'http://owner@db/fl' },
      /MIGRATION_DATABASE_URL must start with postgres:\/\//,
    ],
    [{ NODE_ENV: 'production' }, /JWT_SECRET must be set in production/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32 characters/],
    [{ FRAMELEDGER_START_WORKER: 'maybe' }, /FRAMELEDGER_START_WORKER must be true or false/],
  ])('stops the boot with one sentence naming the variable: %j', (env, message) => {
    expect(() => loadConfig({ FRAMELEDGER_DATA_DIR: dataDir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ FRAMELEDGER_DATA_DIR: dataDir(), ...env })).toThrow(message);
  });
});
