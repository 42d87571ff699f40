/**
 * The floor: a bare node:http endpoint that runs, for one operation, exactly the statements the
 * project's server sent for it (names and parameters captured by the runner) through the project's
 * own `Database.read`, and answers the rows as JSON. No GraphQL, no resolvers: what is left is the
 * driver, the database and the wire, so the project's distance to it is what its API layer costs.
 * `GET /<operation key>` runs that operation's statements in order.
 */
import http from 'node:http';
import { ALL_STATEMENTS } from '../../server/src/neo4j/all-statements.ts';
import { cypher } from '../../server/src/neo4j/cypher-loader.ts';
import { Database, type Params } from '../../server/src/neo4j/database.ts';
import type { StatementParams } from '../../server/src/neo4j/statement.ts';
import type { CapturedStatement } from '../lib/protocol.ts';
import { answerRunner, serverSettings, StatementLog } from '../lib/server-side.ts';

const raw = process.env.BENCH_FLOOR;
if (!raw) throw new Error('BENCH_FLOOR is not set: the runner passes the statements to replay');
const operations = JSON.parse(raw) as Record<string, CapturedStatement[]>;
for (const [key, statements] of Object.entries(operations)) {
  for (const statement of statements) {
    // Database.read runs a file's text; a statement composed at run time would need another path.
    if (!statement.name || cypher(statement.name).text !== statement.text) throw new Error(`floor: ${key} sent a statement that is not a cypher/ file as it stands: ${statement.name ?? statement.text.slice(0, 80)}`);
  }
}

const db = Database.connect(serverSettings());
const log = new StatementLog();
db.observe(({ name, params }) => log.record(() => ({ name, text: cypher(name).text, params: JSON.parse(JSON.stringify(params)) as CapturedStatement['params'], wholeNumbersAsIntegers: true })));

const server = http.createServer((request, response) => {
  const statements = operations[(request.url ?? '/').slice(1)];
  if (!statements) {
    response.writeHead(404).end();
    return;
  }
  (async () => {
    const rows = [];
    for (const statement of statements) {
      // Through the statement's descriptor, as the project runs it (parameters and rows checked).
      const described = ALL_STATEMENTS.get(statement.name ?? '');
      rows.push(described ? await db.read(described, statement.params as StatementParams<typeof described>) : await db.read(statement.name ?? '', statement.params as Params));
    }
    const body = JSON.stringify(rows);
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  })().catch((error: unknown) => {
    response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
if (!address || typeof address === 'string') throw new Error('floor has no port');
answerRunner(log, address.port, async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
});
