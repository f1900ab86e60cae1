import { Inject, Injectable } from '@nestjs/common';
// openid-client 6 is ESM-only: this CommonJS build loads it with require(esm), which Node has
// without a flag since 20.19 (package.json's engines); jest.config.js compiles it to CommonJS.
import * as oidc from 'openid-client';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { SsoConfig } from '../../config/sso';
import { ssoErrors } from './sso.errors';

/** What start keeps for the callback (in a signed cookie): the values the callback must see again. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
}

/** The provider's side of the code flow with PKCE: discovery, the authorization URL, the exchange. */
@Injectable()
export class OidcClient {
  private discovered?: Promise<oidc.Configuration>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get sso(): SsoConfig | undefined {
    return this.config.sso;
  }

  async authorizationUrl(): Promise<{ url: URL; pending: PendingSignIn }> {
    const sso = this.config.sso!;
    const pending = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
    };
    const url = oidc.buildAuthorizationUrl(await this.provider(), {
      redirect_uri: sso.redirectUrl,
      scope: sso.scopes,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    return { url, pending };
  }

  /** The verified id token's claims; `query`: the callback's query string, as the provider sent it. */
  async exchange(query: string, pending: PendingSignIn): Promise<Record<string, unknown>> {
    const provider = await this.provider();
    // The configured redirect URL, not the Host header: behind a proxy that is what the provider saw.
    const current = new URL(this.config.sso!.redirectUrl);
    current.search = query;
    try {
      const tokens = await oidc.authorizationCodeGrant(provider, current, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      return { ...tokens.claims() };
    } catch (error) {
      if (error instanceof oidc.AuthorizationResponseError) throw ssoErrors.provider(error.error);
      if (error instanceof TypeError) throw ssoErrors.unreachable();
      throw ssoErrors.provider(error instanceof Error ? error.message : String(error));
    }
  }

  /** Discovered once; a failed discovery is forgotten so the next sign-in tries again. */
  private provider(): Promise<oidc.Configuration> {
    const sso = this.config.sso!;
    this.discovered ??= oidc
      .discovery(
        new URL(sso.issuerUrl),
        sso.clientId,
        sso.clientSecret,
        undefined,
        // Plain http only for a loopback issuer (config refuses it elsewhere): a provider on this machine.
        new URL(sso.issuerUrl).protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch(() => {
        this.discovered = undefined;
        throw ssoErrors.unreachable();
      });
    return this.discovered;
  }
}
