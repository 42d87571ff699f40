/**
 * Runs the byte-counting proxies (proxy.ts) in a process of their own, so forwarding Bolt traffic
 * never waits behind the load generator in the runner's event loop. Started by `startProxies`;
 * argv: Neo4j's host, its port, then one name per server under test.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startProxy, type ByteCountingProxy } from './proxy.ts';

type Counts = Record<string, { fromNeo4j: number; toNeo4j: number }>;
type ProxyMessage = { type: 'ready'; uris: Record<string, string> } | { type: 'counts'; counts: Counts };

export interface Proxies {
  /** The bolt:// address the named server connects to instead of Neo4j's. */
  uri(name: string): string;
  /** Bytes each proxy has carried so far. */
  counts(): Promise<Counts>;
  stop(): Promise<void>;
}

export async function startProxies(host: string, port: number, names: readonly string[]): Promise<Proxies> {
  const child = fork(fileURLToPath(import.meta.url), [host, String(port), ...names], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = <T extends ProxyMessage['type']>(type: T): Promise<Extract<ProxyMessage, { type: T }>> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: ProxyMessage): void => {
        if (message.type !== type) return;
        child.off('message', onMessage).off('exit', onExit);
        resolve(message as Extract<ProxyMessage, { type: T }>);
      };
      const onExit = (code: number | null): void => reject(new Error(`proxy process exited (${code})`));
      child.on('message', onMessage).once('exit', onExit);
    });
  const { uris } = await next('ready');
  return {
    uri: (name) => {
      const uri = uris[name];
      if (!uri) throw new Error(`no proxy named ${name}`);
      return uri;
    },
    counts: async () => {
      const answer = next('counts');
      child.send({ type: 'counts' });
      return (await answer).counts;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function serve(): Promise<void> {
  const [host, port, ...names] = process.argv.slice(2);
  const proxies = new Map<string, ByteCountingProxy>();
  for (const name of names) proxies.set(name, await startProxy(host ?? '127.0.0.1', Number(port)));
  const send = (message: ProxyMessage): void => {
    process.send?.(message);
  };
  process.on('message', () => send({ type: 'counts', counts: Object.fromEntries([...proxies].map(([name, proxy]) => [name, { fromNeo4j: proxy.fromNeo4j, toNeo4j: proxy.toNeo4j }])) }));
  process.on('disconnect', () => process.exit(0));
  process.on('SIGTERM', () => process.exit(0));
  send({ type: 'ready', uris: Object.fromEntries([...proxies].map(([name, proxy]) => [name, proxy.uri])) });
}

// Run as the child: the module is also imported by the runner for startProxies.
if (process.argv[1] === fileURLToPath(import.meta.url)) await serve();
