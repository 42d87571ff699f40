/**
 * A byte-counting TCP proxy in front of Neo4j's Bolt port. Each server under test connects through
 * its own, so "bytes read from Neo4j per request" is this proxy's delta over a load run divided by
 * the requests answered: it counts what the driver really received (records, summaries, framing),
 * whatever the server does with it.
 */
import net from 'node:net';

export interface ByteCountingProxy {
  /** bolt:// address to give the server's driver instead of Neo4j's own. */
  uri: string;
  /** Bytes Neo4j sent to the server since the proxy started. */
  readonly fromNeo4j: number;
  /** Bytes the server sent to Neo4j (queries and parameters). */
  readonly toNeo4j: number;
  close(): Promise<void>;
}

export async function startProxy(targetHost: string, targetPort: number): Promise<ByteCountingProxy> {
  let fromNeo4j = 0;
  let toNeo4j = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost);
    // Bolt is chatty with small messages; Nagle would add delay to one side only.
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    sockets.add(client).add(upstream);
    client.on('data', (chunk: Buffer) => {
      toNeo4j += chunk.length;
    });
    upstream.on('data', (chunk: Buffer) => {
      fromNeo4j += chunk.length;
    });
    client.pipe(upstream);
    upstream.pipe(client);
    const end = (): void => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    uri: `bolt://127.0.0.1:${address.port}`,
    get fromNeo4j() {
      return fromNeo4j;
    },
    get toNeo4j() {
      return toNeo4j;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
