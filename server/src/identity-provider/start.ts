import { generateKeyPair } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import type { KoaContextWithOIDC, Provider } from 'oidc-provider';
import type { Logger } from 'pino';
import { randomToken, sameToken } from '../auth/tokens.ts';
import { BodyTooLargeError, readBody } from '../http/read-body.ts';
import { DEV_PASSWORD, devUserByEmail, devUserById } from './dev-users.ts';
import { PAGE_HEADERS, loginPage, logoutPage, messagePage } from './pages.ts';

export const DEV_CLIENT_ID = 'virkemiddelkart-dev';
const SCOPE = 'openid email profile';

export interface DevIdentityProviderOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** The app's /auth/callback. */
  redirectUri: string;
  /** Where the app wants the browser after sign-out. */
  postLogoutRedirectUri: string;
  nodeEnv: string;
  logger: Logger;
}

export interface DevIdentityProvider {
  issuer: URL;
  clientId: string;
  /** Generated at every start, like the signing key: nothing of the provider is ever committed. */
  clientSecret: string;
  stop(): Promise<void>;
}

export class DevIdentityProviderRefused extends Error {
  override readonly name = 'DevIdentityProviderRefused';
}

const INTERACTION_PATH = /^\/interaction\/([\w-]{1,64})$/;

/** A fresh RS256 signing key for this run only. */
async function signingKey(): Promise<Record<string, unknown>> {
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: `dev-${randomToken().slice(0, 8)}`, alg: 'RS256', use: 'sig' };
}

/** oidc-provider's configuration for one first-party client, the development users and our pages. */
async function configuration(options: DevIdentityProviderOptions, clientSecret: string): Promise<Record<string, unknown>> {
  const { createMemoryAdapter } = await import('oidc-provider/lib/adapters/memory_adapter.js');
  return {
    adapter: createMemoryAdapter(),
    clients: [
      {
        client_id: DEV_CLIENT_ID,
        client_secret: clientSecret,
        client_name: 'Virkemiddelkart (development)',
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: [options.postLogoutRedirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [await signingKey()] },
    cookies: { keys: [randomToken()] },
    scopes: ['openid', 'email', 'profile'],
    // `roles` travels with `profile`, as an organisation's provider would release it with the profile.
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'roles'] },
    findAccount: async (_ctx: unknown, sub: string) => {
      const user = devUserById(sub);
      if (!user) return undefined;
      return { accountId: user.id, claims: async () => ({ sub: user.id, email: user.email, email_verified: true, name: user.name, roles: [...user.roles] }) };
    },
    interactions: { url: async (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    // PKCE for every client, confidential ones included.
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
          ctx.body = messagePage('Signed out', 'You are signed out of the development identity provider.');
        },
      },
    },
    // The client is the project's own: consent is implied, as an organisation's provider does for its own apps.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session, result, provider } = ctx.oidc;
      const grantId = result?.consent?.grantId ?? (client ? session?.grantIdFor(client.clientId) : undefined);
      if (grantId) return provider.Grant.find(grantId);
      if (!client || !session?.accountId) return undefined;
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(SCOPE);
      await grant.save();
      return grant;
    },
    renderError: async (ctx: KoaContextWithOIDC, out: Record<string, unknown>) => {
      ctx.type = 'html';
      const code = typeof out.error === 'string' ? out.error : 'server_error';
      const description = typeof out.error_description === 'string' ? out.error_description : '';
      ctx.body = messagePage('Sign-in failed', `${code}: ${description}`);
    },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600 },
  };
}

/** GET shows the login form, POST checks it; then back to oidc-provider, which redirects to the app. */
async function handleInteraction(provider: Provider, uid: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  let interaction;
  try {
    interaction = await provider.interactionDetails(request, response);
  } catch {
    response.writeHead(400, PAGE_HEADERS).end(messagePage('This sign-in has expired', 'Go back to Virkemiddelkart and sign in again.'));
    return;
  }
  if (interaction.uid !== uid) {
    response.writeHead(400, PAGE_HEADERS).end(messagePage('This sign-in has expired', 'Go back to Virkemiddelkart and sign in again.'));
    return;
  }
  if (interaction.prompt.name !== 'login') {
    // Consent is implied for the first-party client (loadExistingGrant); anything else is not ours to answer.
    response.writeHead(400, PAGE_HEADERS).end(messagePage('Sign-in cannot continue', `The provider asked for "${interaction.prompt.name}", which this development provider does not offer.`));
    return;
  }
  if (request.method === 'GET') {
    response.writeHead(200, PAGE_HEADERS).end(loginPage(uid));
    return;
  }
  if (request.method !== 'POST') {
    response.writeHead(405, { ...PAGE_HEADERS, allow: 'GET, POST' }).end(messagePage('Not allowed', 'Use the form.'));
    return;
  }
  let form: URLSearchParams;
  try {
    form = new URLSearchParams(await readBody(request, 10_000));
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    response.writeHead(413, PAGE_HEADERS).end(messagePage('Too large', 'The form was larger than a sign-in form can be.'));
    return;
  }
  const email = form.get('email') ?? '';
  const user = devUserByEmail(email);
  if (!user || !sameToken(form.get('password') ?? '', DEV_PASSWORD)) {
    response.writeHead(401, PAGE_HEADERS).end(loginPage(uid, { email, failed: true }));
    return;
  }
  await provider.interactionFinished(request, response, { login: { accountId: user.id } }, { mergeWithLastSubmission: false });
}

/**
 * The project's own OpenID Connect provider (oidc-provider 9) for `npm start` and the tests, with
 * the development users of dev-users.ts and one confidential client for this app. Refuses to run
 * with NODE_ENV=production. Its keys, cookie keys and client secret are generated here, per run.
 */
export async function startDevIdentityProvider(options: DevIdentityProviderOptions): Promise<DevIdentityProvider> {
  if (options.nodeEnv === 'production') {
    throw new DevIdentityProviderRefused('The development identity provider does not run with NODE_ENV=production. Set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET to use the organisation’s identity provider.');
  }
  const host = options.host ?? '127.0.0.1';
  const log = options.logger.child({ component: 'dev-identity-provider' });
  // Listening first, because the issuer URL needs the port; requests are handled once the provider exists
  // (nobody knows the port before this function returns).
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const issuer = new URL(`http://${host}:${port}`);
  const clientSecret = randomToken();
  // Loaded only here: a production server never imports the development provider.
  const { default: ProviderClass } = await import('oidc-provider');
  const provider = new ProviderClass(issuer.origin, await configuration(options, clientSecret));
  provider.on('server_error', (_ctx, error) => log.error({ err: { name: error.name, message: error.message } }, 'development identity provider error'));
  const callback = provider.callback();
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const match = INTERACTION_PATH.exec((request.url ?? '/').split('?')[0] ?? '/');
    if (!match?.[1]) return callback(request, response);
    handleInteraction(provider, match[1], request, response).catch((error: unknown) => {
      log.error({ err: error instanceof Error ? { name: error.name, message: error.message } : {} }, 'development login page failed');
      if (!response.headersSent) response.writeHead(500, PAGE_HEADERS).end(messagePage('Something went wrong', 'Start the sign-in again.'));
      else response.end();
    });
  });
  return {
    issuer,
    clientId: DEV_CLIENT_ID,
    clientSecret,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
