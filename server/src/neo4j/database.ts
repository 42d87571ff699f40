import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../errors.ts';
import { cypher } from './cypher-loader.ts';
import { PING } from './health-statements.ts';
import { mapDatabaseError } from './map-error.ts';
import { checkParams, checkRow, type Statement, type StatementParams, type StatementRow } from './statement.ts';
import { toPlain } from './to-plain.ts';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface ConnectionSettings {
  uri: string;
  username: string;
  password: string;
  database?: string | undefined;
}

/**
 * Called once per statement sent, for metrics, for tests that count round trips and for the
 * benchmark, which replays and PROFILEs the exact statement. `params` never hold personal data:
 * the situation stays in the API process and only its date reaches the database.
 */
export type QueryObserver = (event: { name: string; mode: 'READ' | 'WRITE'; ms: number; ok: boolean; params: Params }) => void;

/**
 * How long one transaction of the API may take, end to end, before the caller gets
 * SERVICE_UNAVAILABLE: below the HTTP request deadline (10 s), so a request can still answer.
 * Neo4j is told the same limit and aborts the transaction itself.
 */
export const TRANSACTION_TIMEOUT_MS = 8_000;

/** Readiness asks for one trivial read; an answer slower than this means queries are not completing. */
const PING_TIMEOUT_MS = 2_000;

/** A whole-graph export may take longer than an API read; Neo4j aborts it past this. */
export const STREAM_TIMEOUT_MS = 300_000;
/** Rows pulled from Neo4j per batch while streaming: enough to keep the socket busy, small enough to stay flat. */
const STREAM_FETCH_SIZE = 500;

export interface StreamOptions {
  timeoutMs?: number;
  fetchSize?: number;
}

export interface TransactionOptions {
  /** Longer than the API default for offline work such as a seed import. */
  timeoutMs?: number;
}

/** Runs statements from cypher/ inside one explicit write transaction. */
export interface WriteTransaction {
  run<S extends Statement>(statement: S, params: StatementParams<S>): Promise<StatementRow<S>[]>;
  /** @deprecated Name a described statement (`defineStatement`) instead. */
  run(name: string, params?: Params): Promise<Row[]>;
}

/** A described statement, or (until every module describes its own) a bare file name. */
type Target = Statement | string;
const nameOf = (target: Target): string => (typeof target === 'string' ? target : target.name);

/**
 * The project's single boundary to Neo4j: owns the driver, runs named statements from cypher/ with
 * explicit read or write routing, converts driver values and maps driver errors.
 */
export class Database {
  private readonly observers = new Set<QueryObserver>();

  private constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
  ) {}

  static connect(settings: ConnectionSettings): Database {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
      disableLosslessIntegers: true,
      // Fail fast while Neo4j is down or restarting: a read is retried for at most 1 s, a
      // connection attempt waits 3 s and a pool slot 5 s, so callers get SERVICE_UNAVAILABLE quickly.
      maxTransactionRetryTime: 1000,
      connectionTimeout: 3000,
      connectionAcquisitionTimeout: 5000,
      maxConnectionPoolSize: 50,
      logging: { level: 'error', logger: () => {} },
    });
    return new Database(driver, settings.database);
  }

  observe(observer: QueryObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /** One round trip in a read transaction: the read path cannot write. */
  read<S extends Statement>(statement: S, params: StatementParams<S>, options?: TransactionOptions): Promise<StatementRow<S>[]>;
  /** @deprecated Name a described statement (`defineStatement`) instead. */
  read(name: string, params?: Params): Promise<Row[]>;
  read(target: Target, params: Params = {}, options: TransactionOptions = {}): Promise<Row[]> {
    return this.execute(nameOf(target), 'READ', (tx) => runIn(tx, target, params), options.timeoutMs, params);
  }

  /**
   * Streams the rows of one read statement to `onRow`, one at a time, in an explicit read
   * transaction: the driver pulls the next batch (`fetchSize` rows) only once `onRow` has taken the
   * previous ones, so a slow consumer (an HTTP response) holds the graph back instead of memory
   * filling up. Never retried: rows already handed on cannot be taken back, so a failure part-way
   * reaches the caller, who must end what it was writing as failed. Returns the number of rows.
   */
  async stream<S extends Statement>(statement: S, params: StatementParams<S>, onRow: (row: StatementRow<S>) => void | Promise<void>, options: StreamOptions = {}): Promise<number> {
    const name = statement.name;
    const file = cypher(name);
    checkParameters(name, file.parameters, params as Params);
    checkParams(statement, params);
    const timeoutMs = options.timeoutMs ?? STREAM_TIMEOUT_MS;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, fetchSize: options.fetchSize ?? STREAM_FETCH_SIZE });
    const started = performance.now();
    let ok = false;
    let count = 0;
    try {
      const tx = await session.beginTransaction({ timeout: timeoutMs });
      try {
        const result = tx.run(file.text, toDriverParams(params) as Params);
        for await (const record of result) {
          await onRow(checkRow(statement, toPlain(record.toObject())));
          count += 1;
        }
        await tx.commit();
        ok = true;
        return count;
      } finally {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      }
    } catch (error) {
      // An error of `onRow` (a client that went away) is not the driver's and passes through unchanged.
      throw mapDatabaseError(error);
    } finally {
      void session.close().catch(() => undefined);
      const ms = performance.now() - started;
      for (const observer of this.observers) observer({ name, mode: 'READ', ms, ok, params: params as Params });
    }
  }

  /** True when a trivial read completes within 2 s: what readiness means for this API. */
  async ping(): Promise<boolean> {
    try {
      const rows = await this.execute(PING.name, 'READ', (tx) => runIn(tx, PING, {}), PING_TIMEOUT_MS);
      return rows[0]?.ok === 1;
    } catch {
      return false;
    }
  }

  /** One statement in its own write transaction. */
  write<S extends Statement>(statement: S, params: StatementParams<S>): Promise<StatementRow<S>[]>;
  /** @deprecated Name a described statement (`defineStatement`) instead. */
  write(name: string, params?: Params): Promise<Row[]>;
  write(target: Target, params: Params = {}): Promise<Row[]> {
    return this.execute(nameOf(target), 'WRITE', (tx) => runIn(tx, target, params), undefined, params);
  }

  /**
   * Several statements in one write transaction: all of them land or none does. `work` may be
   * retried by the driver on transient errors, so it must not have side effects outside the database.
   */
  transaction<T>(label: string, work: (tx: WriteTransaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.execute(label, 'WRITE', (tx) => {
      const run = (target: Target, params: Params = {}): Promise<Row[]> => runIn(tx, target, params);
      return work({ run: run as WriteTransaction['run'] });
    }, options.timeoutMs);
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity(this.database ? { database: this.database } : {});
    } catch (error) {
      throw mapDatabaseError(error);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  /**
   * Runs `work` in a managed transaction with a deadline. Neo4j aborts a transaction that runs past
   * `timeoutMs`; the local timer covers what the server cannot: a Neo4j that is frozen or cut off
   * mid-answer, where the driver would otherwise wait for the socket indefinitely.
   */
  private async execute<T>(name: string, mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = TRANSACTION_TIMEOUT_MS, params: Params = {}): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    const started = performance.now();
    const config = { timeout: timeoutMs };
    let ok = false;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DatabaseUnavailableError(new Error(`cypher/${name} did not complete within ${timeoutMs} ms`))), timeoutMs);
    });
    try {
      const running = mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config);
      const result = await Promise.race([running, deadline]);
      ok = true;
      return result;
    } catch (error) {
      throw mapDatabaseError(error);
    } finally {
      clearTimeout(timer);
      // A session whose server stopped answering may never close; do not make the caller wait for it.
      void session.close().catch(() => undefined);
      const ms = performance.now() - started;
      for (const observer of this.observers) observer({ name, mode, ms, ok, params });
    }
  }
}

/**
 * JavaScript has no integer type, so the driver sends 20 as the float 20.0, which Cypher refuses
 * for LIMIT and slices. Whole numbers go as Neo4j integers instead.
 */
function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toDriverParams(inner)]));
  }
  return value;
}

/**
 * Refuses to send a statement whose `$parameters` differ from what the caller passes: a missing
 * parameter would silently read as null, an extra one means the code and the file drifted apart.
 */
export function checkParameters(name: string, expected: readonly string[], params: Params): void {
  const given = Object.keys(params).sort();
  if (given.join(',') !== [...expected].sort().join(',')) {
    throw new Error(`cypher/${name}.cypher expects parameters [${expected.join(', ')}] but got [${given.join(', ')}]`);
  }
}

/**
 * Sends one statement: the parameters must be exactly the file's (and, for a described statement,
 * match its schema); every row is converted to plain values and, when described, checked.
 */
async function runIn(tx: ManagedTransaction, target: Target, params: Params): Promise<Row[]> {
  const name = nameOf(target);
  const file = cypher(name);
  checkParameters(name, file.parameters, params);
  if (typeof target !== 'string') checkParams(target, params);
  const result = await tx.run(file.text, toDriverParams(params) as Params);
  return result.records.map((record) => {
    const row = toPlain(record.toObject()) as Row;
    return typeof target === 'string' ? row : (checkRow(target, row) as Row);
  });
}
