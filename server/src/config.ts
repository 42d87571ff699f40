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
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && env.NEO4J_PASSWORD === undefined) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when NEO4J_URI is set' });
    }
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
