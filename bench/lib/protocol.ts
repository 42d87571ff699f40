/**
 * The messages a server under test (bench/servers/*, bench/peer/server.ts) exchanges with the
 * runner over the child-process IPC channel. The channel is used only between load runs, so it
 * costs the servers nothing while they are measured. This file imports nothing: the peer, which
 * resolves its packages from bench/peer/node_modules, imports it too.
 */

/**
 * A parameter value as it crosses the channel: JSON plus the two driver types the statements use,
 * tagged, so the runner can rebuild them for PROFILE (`LIMIT` needs an integer, not 20.0).
 */
export type WireValue = null | boolean | number | string | WireValue[] | { [key: string]: WireValue } | { $int: string } | { $date: string };

export interface CapturedStatement {
  /** The project's statement name under cypher/; absent for the peer, whose Cypher is generated. */
  name?: string;
  /** The exact text sent to Neo4j. */
  text: string;
  params: Record<string, WireValue>;
  /** When true, plain whole numbers in `params` go to Neo4j as integers (the project's Database does this). */
  wholeNumbersAsIntegers: boolean;
}

export interface ServerStats {
  /** process.cpuUsage() since the last reset, in microseconds. */
  cpu: { user: number; system: number };
  /** Statements sent since the last reset. */
  statements: number;
  /** The first statements sent since the last reset (capped, so a load run does not pile them up). */
  captured: CapturedStatement[];
}

/**
 * What a server whose schema is generated tells the runner, which writes its queries from it:
 * the type definitions it was given (with their directives) and the schema it serves.
 */
export interface ServedSchema {
  typeDefs: string;
  served: string;
}

export type RunnerMessage = { type: 'reset' } | { type: 'stats' } | { type: 'stop' };

export type ServerMessage =
  | { type: 'ready'; port: number; schema?: ServedSchema }
  | { type: 'reset' }
  | ({ type: 'stats' } & ServerStats)
  | { type: 'error'; message: string };

/** How many statements a server keeps after a reset. */
export const CAPTURE_LIMIT = 16;
