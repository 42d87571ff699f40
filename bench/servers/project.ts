/**
 * The project's API as a server under test: `createApp` with the real typeDefs and resolvers, the
 * logger at warn (the per-request info line is not what is measured here), connected to Neo4j
 * through the runner's byte-counting proxy. A child process of its own, so its CPU time is its own.
 * Every statement the Database sends is captured with its parameters and its text from cypher/.
 */
import pino from 'pino';
import { createApp } from '../../server/src/http/create-app.ts';
import { resolvers } from '../../server/src/modules/resolvers.ts';
import { loadTypeDefs } from '../../server/src/modules/schema-files.ts';
import { cypher } from '../../server/src/neo4j/cypher-loader.ts';
import { Database } from '../../server/src/neo4j/database.ts';
import type { WireValue } from '../lib/protocol.ts';
import { answerRunner, serverSettings, StatementLog } from '../lib/server-side.ts';

const settings = serverSettings();
const db = Database.connect(settings);
const app = await createApp({ db, logger: pino({ level: 'warn' }, pino.destination(2)), typeDefs: loadTypeDefs(), resolvers, introspection: false });
const log = new StatementLog();

db.observe((event) => {
  // A statement composed at run time may carry its own text; otherwise it is the file's.
  const own = (event as { text?: unknown }).text;
  log.record(() => ({
    name: event.name,
    text: typeof own === 'string' ? own : cypher(event.name).text,
    // Parameters are plain JSON values here: the Database turns whole numbers into integers itself.
    params: JSON.parse(JSON.stringify(event.params)) as Record<string, WireValue>,
    wholeNumbersAsIntegers: true,
  }));
});

await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
const address = app.server.address();
if (!address || typeof address === 'string') throw new Error('project server has no port');
answerRunner(log, address.port, async () => {
  await app.close(1_000);
  await db.close();
});
