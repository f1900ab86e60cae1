import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey, KeyObject } from 'node:crypto';
import { sign, verify } from 'jsonwebtoken';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { Role } from '../../common/roles';

export interface TokenClaims {
  sub: string;
  role: Role;
}

/** Signs and checks the bearer tokens that `login` hands out (HS256, JWT_SECRET). */
@Injectable()
export class Tokens {
  /**
   * The secret as a key object, made once: given a string, jsonwebtoken first tries to read it as
   * a PEM public key on every call, and that failed parse cost about 1 ms of CPU per request.
   */
  private readonly key: KeyObject;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  issue(claims: TokenClaims): string {
    return sign(claims, this.key, {
      algorithm: 'HS256',
      expiresIn: this.config.jwtTtlSeconds,
      issuer: 'frameledger',
    });
  }

  /** The claims, or undefined for a token that is malformed, expired or not ours. */
  read(token: string): TokenClaims | undefined {
    try {
      const claims = verify(token, this.key, { algorithms: ['HS256'], issuer: 'frameledger' });
      return typeof claims === 'object' && typeof claims.sub === 'string'
        ? (claims as TokenClaims)
        : undefined;
    } catch {
      return undefined;
    }
  }
}
