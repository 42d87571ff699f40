import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { startDevIdentityProvider } from '../identity-provider/start.ts';
import { Auth } from './auth.ts';
import { EMPTY_ROLE_MAP, parseRoleMap, type RoleMap } from './roles.ts';

function roleMapOf(config: Config): RoleMap {
  if (config.VMK_ROLE_MAP) return parseRoleMap(config.VMK_ROLE_MAP, 'VMK_ROLE_MAP');
  if (config.VMK_ROLE_MAP_FILE) {
    let text: string;
    try {
      text = readFileSync(config.VMK_ROLE_MAP_FILE, 'utf8');
    } catch {
      throw new Error(`VMK_ROLE_MAP_FILE: cannot read ${config.VMK_ROLE_MAP_FILE}.`);
    }
    return parseRoleMap(text, `VMK_ROLE_MAP_FILE (${config.VMK_ROLE_MAP_FILE})`);
  }
  return EMPTY_ROLE_MAP;
}

/** Sessions, limits, claim names and role map from the environment; no provider attached yet. */
export function createAuthFromConfig(config: Config, logger: Logger): Auth {
  return new Auth({
    logger,
    sessions: { idleMs: config.VMK_SESSION_IDLE_MINUTES * 60_000, maxMs: config.VMK_SESSION_MAX_HOURS * 3_600_000 },
    signInLimitPerMinute: config.VMK_SIGN_IN_RATE_LIMIT,
    claimNames: { roles: config.OIDC_ROLES_CLAIM, email: config.OIDC_EMAIL_CLAIM, name: config.OIDC_NAME_CLAIM },
    roleMap: roleMapOf(config),
  });
}

export interface SignInConnection {
  /** One line for the start-up banner. */
  description: string;
  /** The development provider's issuer, when this process started one. */
  devIssuer: URL | undefined;
  stop(): Promise<void>;
}

/**
 * Attaches the identity provider once the server's own URL is known: the organisation's
 * (OIDC_ISSUER), or else, outside production, the project's development provider started here.
 * In production without OIDC_ISSUER sign-in stays off and everyone reads anonymously.
 */
export async function connectSignIn(auth: Auth, config: Config, listeningUrl: string, logger: Logger): Promise<SignInConnection> {
  const publicUrl = new URL(config.VMK_PUBLIC_URL ?? listeningUrl);
  const redirectUri = new URL(config.OIDC_REDIRECT_URI ?? new URL('/auth/callback', publicUrl).href);
  const postLogoutRedirectUri = new URL('/', publicUrl);
  const scope = config.OIDC_SCOPES;
  if (config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET) {
    const issuer = new URL(config.OIDC_ISSUER);
    // config.ts refuses an http issuer in production; in development a local provider may be plain http.
    auth.connect({ issuer, clientId: config.OIDC_CLIENT_ID, clientSecret: config.OIDC_CLIENT_SECRET, redirectUri, postLogoutRedirectUri, scope, allowHttpIssuer: issuer.protocol === 'http:' });
    return { description: `OpenID Connect provider ${issuer.origin}`, devIssuer: undefined, stop: async () => {} };
  }
  if (config.NODE_ENV === 'production') {
    logger.warn('sign-in is off: OIDC_ISSUER is not set');
    return { description: 'off (set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET to enable editing)', devIssuer: undefined, stop: async () => {} };
  }
  const provider = await startDevIdentityProvider({ port: config.VMK_DEV_IDP_PORT, redirectUri: redirectUri.href, postLogoutRedirectUri: postLogoutRedirectUri.href, nodeEnv: config.NODE_ENV, logger });
  auth.connect({ issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, redirectUri, postLogoutRedirectUri, scope: 'openid email profile', allowHttpIssuer: true });
  return { description: `development identity provider ${provider.issuer.origin}`, devIssuer: provider.issuer, stop: provider.stop };
}
