import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../../config/config';
import { generateSigningKey } from '../core/keys';
import { loadServerSigningKey } from './signing-key';

const dir = () => mkdtempSync(join(tmpdir(), 'fl-key-'));

describe("the server's audit signing key", () => {
  it('is made once in the data dir and read back on the next start', () => {
    const dataDir = dir();
    const first = loadServerSigningKey({ dataDir });
    expect(loadServerSigningKey({ dataDir }).keyId).toBe(first.keyId);
  });

  it('comes from AUDIT_SIGNING_KEY_FILE when set', () => {
    const key = generateSigningKey();
    const file = join(dir(), 'audit.pem');
    writeFileSync(file, key.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const config = loadConfig({ FRAMELEDGER_DATA_DIR: dir(), AUDIT_SIGNING_KEY_FILE: file });
    expect(loadServerSigningKey(config).keyId).toBe(key.keyId);
  });

  it('stops the boot with a sentence for a missing file, a key that is not Ed25519, or a bad interval', () => {
    const missing = { FRAMELEDGER_DATA_DIR: dir(), AUDIT_SIGNING_KEY_FILE: '/nowhere/audit.pem' };
    expect(() => loadConfig(missing)).toThrow(ConfigError);
    expect(() => loadConfig(missing)).toThrow(
      /AUDIT_SIGNING_KEY_FILE names \/nowhere\/audit.pem, which does not exist/,
    );
    const rsa = join(dir(), 'rsa.pem');
    writeFileSync(
      rsa,
      generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
    );
    expect(() => loadServerSigningKey({ dataDir: dir(), auditSigningKeyFile: rsa })).toThrow(
      /AUDIT_SIGNING_KEY_FILE \(.*rsa.pem\) is a rsa key; the audit log signs with Ed25519/,
    );
    expect(() => loadConfig({ FRAMELEDGER_DATA_DIR: dir(), AUDIT_CHECKPOINT_EVERY: '-1' })).toThrow(
      /AUDIT_CHECKPOINT_EVERY must be a whole number from 0 to 1000000/,
    );
  });
});
