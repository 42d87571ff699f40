/**
 * `npm run neo4j:fetch`: fetches the pinned Neo4j into the cache without starting it, so CI and
 * first-time users can pay the download once, up front, with a clear message if it fails.
 */
import { loadConfig } from '../config.ts';
import { Neo4jSetupError } from './errors.ts';
import { ensureNeo4jJars } from './fetch.ts';
import { requireJava } from './java.ts';

const config = loadConfig();
try {
  await requireJava();
  const started = Date.now();
  const result = await ensureNeo4jJars(config.VMK_CACHE_DIR, (line) => console.log(line));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Neo4j ready in ${result.libDir}: ${result.jarCount} jars (${result.downloaded ? `fetched in ${seconds} s` : 'already cached'}).`);
} catch (error) {
  if (!(error instanceof Neo4jSetupError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
