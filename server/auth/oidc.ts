/**
 * ORCID sign-in as an OpenID Connect client (openid-client): discovery of the issuer (once per process, again after
 * a failure), the authorization URL with state, nonce and PKCE (S256), and the code exchange that verifies the id
 * token (signature from the issuer's JWKS, iss, aud, exp, nonce). The ORCID iD is the id token's `sub`.
 */
import * as oidc from "openid-client";
import type { OrcidConfig } from "../../config/index.ts";

/** What the browser keeps (in an HttpOnly cookie) between leaving for the provider and coming back. */
export interface OidcChecks {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
}

/** An ORCID iD: four groups of four digits, the last character a checksum digit or X. */
export const ORCID_ID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

export interface OrcidClient {
  /** The provider's authorization URL and the checks to keep for the callback. */
  start(redirectUri: string, next: string): Promise<{ url: URL; checks: OidcChecks }>;
  /** Exchanges the callback's code (`currentUrl`) and returns the verified ORCID iD; throws on any failed check. */
  finish(currentUrl: URL, checks: OidcChecks): Promise<string>;
}

/** The ORCID client of one app; http issuers (a local test provider) are allowed, https is required otherwise. */
export function createOrcidClient(config: OrcidConfig): OrcidClient {
  let discovered: Promise<oidc.Configuration> | null = null;
  const configuration = () => {
    if (!discovered) {
      const insecure = config.issuer.startsWith("http://");
      const pending = oidc.discovery(
        new URL(config.issuer),
        config.clientId,
        config.clientSecret,
        oidc.ClientSecretPost(config.clientSecret),
        insecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
      );
      discovered = pending;
      pending.catch(() => {
        if (discovered === pending) discovered = null;
      });
    }
    return discovered;
  };
  return {
    async start(redirectUri, next) {
      const checks = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        verifier: oidc.randomPKCECodeVerifier(),
        next,
      };
      const url = oidc.buildAuthorizationUrl(await configuration(), {
        redirect_uri: redirectUri,
        scope: "openid",
        response_type: "code",
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(checks.verifier),
        code_challenge_method: "S256",
      });
      return { url, checks };
    },
    async finish(currentUrl, checks) {
      const tokens = await oidc.authorizationCodeGrant(await configuration(), currentUrl, {
        pkceCodeVerifier: checks.verifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const sub = tokens.claims()?.sub;
      if (typeof sub !== "string" || !ORCID_ID.test(sub)) throw new Error(`the id token's sub is not an ORCID iD`);
      return sub;
    },
  };
}
