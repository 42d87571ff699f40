/**
 * A statement's contract: the file under cypher/ it runs, a zod schema for its parameters and one
 * for each row it returns. `Database` checks the parameters before sending and every row as it
 * leaves the driver, so a drifted file or a changed graph fails loudly at the boundary instead of
 * as a null deep inside a resolver. `statements.test.ts` ties each descriptor to its file's
 * header (`Parameters:` and `Returns:`).
 */
import { z } from 'zod';

export interface Statement<P extends z.ZodObject = z.ZodObject, R extends z.ZodObject = z.ZodObject> {
  /** Path below cypher/ without the extension, e.g. "entity/find-entities". */
  readonly name: string;
  readonly params: P;
  readonly row: R;
}

export type StatementParams<S extends Statement> = z.input<S['params']>;
export type StatementRow<S extends Statement> = z.output<S['row']>;

/** Every statement described so far, by name; filled as modules define theirs. */
const registry = new Map<string, Statement>();

export function defineStatement<P extends z.ZodObject, R extends z.ZodObject>(name: string, params: P, row: R): Statement<P, R> {
  const statement = { name, params, row };
  registry.set(name, statement);
  return statement;
}

export function describedStatements(): ReadonlyMap<string, Statement> {
  return registry;
}

/** Thrown when a row does not match its descriptor: a server fault, never the client's. */
export class RowShapeError extends Error {
  constructor(name: string, issues: string) {
    super(`cypher/${name}.cypher returned a row that does not match its descriptor: ${issues}`);
    this.name = 'RowShapeError';
  }
}

export function checkRow<S extends Statement>(statement: S, row: unknown): StatementRow<S> {
  const parsed = statement.row.safeParse(row);
  if (!parsed.success) throw new RowShapeError(statement.name, z.prettifyError(parsed.error));
  return parsed.data as StatementRow<S>;
}

/** Reusable column shapes. Integers arrive as numbers (the driver runs with lossless integers off). */
export const columns = {
  id: z.string(),
  count: z.number().int().nonnegative(),
  /** An ISO date or null, as `toPlain` writes Neo4j dates. */
  date: z.string().nullable(),
  /** A map of stored properties; its keys are the graph's, checked where they are read. */
  props: z.record(z.string(), z.unknown()),
  strings: z.array(z.string()),
};
