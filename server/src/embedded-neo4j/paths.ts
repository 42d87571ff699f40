import path from 'node:path';
import { ROOT_DIR } from '../config.ts';

/** Neo4j LTS line that runs on Java 17 and 21. Kept equal to server/neo4j-dist/pom.xml by a test. */
export const NEO4J_VERSION = '5.26.30';

export const NEO4J_POM = path.join(ROOT_DIR, 'server', 'neo4j-dist', 'pom.xml');

export const NEO4J_MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
export const NEO4J_ADMIN_CLASS = 'org.neo4j.cli.AdminTool';

/** Folder of the jars for the pinned version inside the cache directory. */
export function neo4jLibDir(cacheDir: string): string {
  return path.join(cacheDir, `neo4j-${NEO4J_VERSION}`, 'lib');
}
