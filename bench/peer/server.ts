/**
 * The benchmark's peer: `@neo4j/graphql` over the types `@neo4j/introspector` reads from the seeded
 * database, served by Apollo Server 5 on node:http (standalone), like the project. Run by the
 * runner as a child process inside bench/peer, so every package resolves from bench/peer/node_modules.
 *
 * Two changes to the introspected SDL, both needed for @neo4j/graphql 7.6 to accept it at all:
 * list elements become non-null (introspector 4 writes `[String]`), and the schema is read-only
 * (the project has no mutations either). Nothing is hand-tuned: no @cypher fields, no indexes
 * beyond what the project's own schema created.
 *
 * The driver is neo4j-driver 6.3, the project's own, so the driver is not a difference between the
 * two sides. Driver 5 would be the obvious pick (introspector 4 wants ^5.8 and calls the
 * `readTransaction` that driver 6 removed), but driver 5 never sets TCP_NODELAY on its sockets:
 * behind Nagle's algorithm and delayed ACKs a larger statement waited ~40 ms per request here
 * (56 ms against 14 ms for the same Cypher through driver 6). So package.json overrides the
 * introspector's peer range and `introspectionSession` gives it `readTransaction` back.
 *
 * The driver is wrapped so every statement's text and parameters are recorded for the runner,
 * which replays them with PROFILE.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { toGraphQLTypeDefs } from '@neo4j/introspector';
import { Kind, parse, print, printSchema, visit, type DocumentNode } from 'graphql';
import neo4j, { type Driver, type ManagedTransaction, type Session, type SessionConfig } from 'neo4j-driver';
import type { WireValue } from '../lib/protocol.ts';
import { answerRunner, serverSettings, StatementLog } from '../lib/server-side.ts';

type OnRun = (text: string, params: Record<string, unknown>) => void;
type TransactionConfig = Parameters<Session['executeRead']>[1];

/** Neo4j values in parameters as they cross the IPC channel (see WireValue). */
function toWire(value: unknown): WireValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (neo4j.isInt(value)) return { $int: value.toString() };
  if (neo4j.isDate(value)) return { $date: value.toString() };
  if (Array.isArray(value)) return value.map(toWire);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toWire(inner)]));
  }
  throw new Error(`peer sent a parameter the benchmark cannot replay: ${Object.prototype.toString.call(value)}`);
}

/** Forwards every property of `target` except the ones `override` returns a value for. */
function wrap<T extends object>(target: T, override: (property: string | symbol) => unknown): T {
  return new Proxy(target, {
    get(object, property) {
      const replaced = override(property);
      if (replaced !== undefined) return replaced;
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}

function recordingTransaction(tx: ManagedTransaction, onRun: OnRun): ManagedTransaction {
  return wrap(tx, (property) =>
    property === 'run'
      ? (text: string, params: Record<string, unknown> = {}) => {
          onRun(text, params);
          return tx.run(text, params);
        }
      : undefined,
  );
}

function recordingSession(session: Session, onRun: OnRun): Session {
  return wrap(session, (property) => {
    if (property === 'executeRead') {
      return <T>(work: (tx: ManagedTransaction) => Promise<T> | T, config?: TransactionConfig) => session.executeRead((tx) => work(recordingTransaction(tx, onRun)), config);
    }
    if (property === 'executeWrite') {
      return <T>(work: (tx: ManagedTransaction) => Promise<T> | T, config?: TransactionConfig) => session.executeWrite((tx) => work(recordingTransaction(tx, onRun)), config);
    }
    return undefined;
  });
}

/** The driver @neo4j/graphql gets: the same driver, whose sessions record what they run. */
function recordingDriver(driver: Driver, onRun: OnRun): Driver {
  return wrap(driver, (property) => (property === 'session' ? (config?: SessionConfig) => recordingSession(driver.session(config), onRun) : undefined));
}

/** A driver 6 session with driver 5's `readTransaction`, the one call the introspector makes. */
function introspectionSession(driver: Driver): Session {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  return Object.assign(session, { readTransaction: <T>(work: (tx: ManagedTransaction) => Promise<T> | T) => session.executeRead(work) });
}

/** `[String]` → `[String!]`: @neo4j/graphql 7.6 refuses nullable list elements; stored lists have no nulls. */
export function nonNullListElements(typeDefs: string): DocumentNode {
  return visit(parse(typeDefs), {
    ListType(node) {
      return node.type.kind === Kind.NON_NULL_TYPE ? undefined : { ...node, type: { kind: Kind.NON_NULL_TYPE, type: node.type } };
    },
  });
}

const settings = serverSettings();
const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), { logging: { level: 'error', logger: () => {} } });
const introspected = await toGraphQLTypeDefs(() => introspectionSession(driver), true);
const typeDefs = print(nonNullListElements(introspected));
const log = new StatementLog();
const neoSchema = new Neo4jGraphQL({
  typeDefs,
  driver: recordingDriver(driver, (text, params) => log.record(() => ({ text, params: toWire(params) as Record<string, WireValue>, wholeNumbersAsIntegers: false }))),
});
const schema = await neoSchema.getSchema();
const apollo = new ApolloServer({ schema, introspection: false, stopOnTerminationSignals: false });
const { url } = await startStandaloneServer(apollo, { listen: { host: '127.0.0.1', port: 0 } });
answerRunner(
  log,
  Number(new URL(url).port),
  async () => {
    await apollo.stop();
    await driver.close();
  },
  { typeDefs, served: printSchema(schema) },
);
