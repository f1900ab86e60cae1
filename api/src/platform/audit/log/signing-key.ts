import { readFileSync } from 'node:fs';
import { Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../../config/config';
import { loadOrCreateSigningKey, SigningKey, signingKeyFromPem } from '../core/keys';

export const AUDIT_SIGNING_KEY = Symbol('AUDIT_SIGNING_KEY');

/** The server's Ed25519 key: the configured file, else the one kept in (or first made in) the data dir. */
export function loadServerSigningKey(config: Pick<AppConfig, 'dataDir' | 'auditSigningKeyFile'>): SigningKey {
  const file = config.auditSigningKeyFile;
  return file
    ? signingKeyFromPem(readFileSync(file, 'utf8'), `AUDIT_SIGNING_KEY_FILE (${file})`)
    : loadOrCreateSigningKey(config.dataDir);
}

export const signingKeyProvider: Provider = {
  provide: AUDIT_SIGNING_KEY,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => loadServerSigningKey(config),
};
