import { Inject, Injectable } from '@nestjs/common';
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
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  issue(claims: TokenClaims): string {
    return sign(claims, this.config.jwtSecret, {
      algorithm: 'HS256',
      expiresIn: this.config.jwtTtlSeconds,
      issuer: 'frameledger',
    });
  }

  /** The claims, or undefined for a token that is malformed, expired or not ours. */
  read(token: string): TokenClaims | undefined {
    try {
      const claims = verify(token, this.config.jwtSecret, { algorithms: ['HS256'], issuer: 'frameledger' });
      return typeof claims === 'object' && typeof claims.sub === 'string'
        ? (claims as TokenClaims)
        : undefined;
    } catch {
      return undefined;
    }
  }
}
