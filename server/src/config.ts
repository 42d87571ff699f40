import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Repository root, resolved from this file so scripts work from any working directory. */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NEO4J_URI: z.string().url().optional(),
    NEO4J_USERNAME: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).optional(),
    /** Where the embedded Neo4j keeps its data; git-ignored. */
    VMK_DATA_DIR: z.string().default(path.join(ROOT_DIR, '.data', 'neo4j')),
    /** Where the Neo4j jars fetched from Maven Central are cached; git-ignored. */
    VMK_CACHE_DIR: z.string().default(path.join(ROOT_DIR, '.cache')),
    /** GraphQL requests worked on at once (default: two per core); beyond it and a short queue, 503 + Retry-After. */
    VMK_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(1000).optional(),
    /** Introspection is on in development; production turns it off unless asked for. */
    VMK_INTROSPECTION: z.enum(['on', 'off']).optional(),
    /** The organisation's OpenID Connect provider; without it the project starts its own development provider. */
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** This server's /auth/callback as the browser reaches it; default VMK_PUBLIC_URL + /auth/callback. */
    OIDC_REDIRECT_URI: z.string().url().optional(),
    OIDC_SCOPES: z.string().min(1).default('openid email profile'),
    /** The claim (ID token or userinfo) that lists roles; a dotted path reaches a nested one. */
    OIDC_ROLES_CLAIM: z.string().min(1).default('roles'),
    OIDC_EMAIL_CLAIM: z.string().min(1).default('email'),
    OIDC_NAME_CLAIM: z.string().min(1).default('name'),
    /** The origin browsers use for this server (https://… behind a proxy); default the address it listens on. */
    VMK_PUBLIC_URL: z.string().url().optional(),
    /** E-mail → roles as JSON, for providers without a roles claim (ID-porten); or VMK_ROLE_MAP_FILE, a path to such JSON. */
    VMK_ROLE_MAP: z.string().min(2).optional(),
    VMK_ROLE_MAP_FILE: z.string().min(1).optional(),
    /** Port of the development identity provider (0, the default, picks a free one). */
    VMK_DEV_IDP_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    VMK_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
    VMK_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
    /** Sign-in starts, and separately callbacks, allowed per client address per minute. */
    VMK_SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && env.NEO4J_PASSWORD === undefined) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when NEO4J_URI is set' });
    }
    if (env.OIDC_ISSUER) {
      if (!env.OIDC_CLIENT_ID) ctx.addIssue({ code: 'custom', path: ['OIDC_CLIENT_ID'], message: 'is required when OIDC_ISSUER is set' });
      if (!env.OIDC_CLIENT_SECRET) ctx.addIssue({ code: 'custom', path: ['OIDC_CLIENT_SECRET'], message: 'is required when OIDC_ISSUER is set' });
      if (env.NODE_ENV === 'production' && !env.OIDC_ISSUER.startsWith('https://')) ctx.addIssue({ code: 'custom', path: ['OIDC_ISSUER'], message: 'must be https:// in production' });
    }
    if (env.OIDC_REDIRECT_URI && new URL(env.OIDC_REDIRECT_URI).pathname !== '/auth/callback') {
      ctx.addIssue({ code: 'custom', path: ['OIDC_REDIRECT_URI'], message: 'must end in /auth/callback (the route that completes sign-in)' });
    }
    if (env.VMK_ROLE_MAP && env.VMK_ROLE_MAP_FILE) ctx.addIssue({ code: 'custom', path: ['VMK_ROLE_MAP'], message: 'set VMK_ROLE_MAP or VMK_ROLE_MAP_FILE, not both' });
  });

export type Config = Readonly<z.infer<typeof envSchema>>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment once into a frozen, typed config; fails with one readable line per problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`The environment has ${lines.length} problem(s):\n  ${lines.join('\n  ')}`);
  }
  return Object.freeze(parsed.data);
}
