/**
 * A statement's contract: the file under cypher/ it runs, a zod schema for its parameters and one
 * for each row it returns. `Database` checks the parameters before sending and every row as it
 * leaves the driver, so a drifted file or a changed graph fails loudly at the boundary instead of
 * as a null deep inside a resolver. `statements.test.ts` ties each descriptor to its file's
 * header (`Parameters:` and `Returns:`).
 */
import { z } from 'zod';
import { GRAPH_LABELS } from '../vocabulary/index.ts';

export interface Statement<P extends z.ZodObject = z.ZodObject, R extends z.ZodObject = z.ZodObject> {
  /** Path below cypher/ without the extension, e.g. "entity/find-entities". */
  readonly name: string;
  readonly params: P;
  readonly row: R;
}

/** Parameters are only read, so a caller may pass readonly lists (the vocabulary's, say). */
type ReadonlyDeep<T> = T extends readonly (infer U)[] ? readonly ReadonlyDeep<U>[] : T extends object ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> } : T;
export type StatementParams<S extends Statement> = ReadonlyDeep<z.input<S['params']>>;
export type StatementRow<S extends Statement> = z.output<S['row']>;

/** Every statement described so far, by name; filled as modules define theirs. */
const registry = new Map<string, Statement>();

export function defineStatement<P extends z.ZodObject, R extends z.ZodObject>(name: string, params: P, row: R): Statement<P, R> {
  // Two descriptors for one file would let the one the caller imports differ from the one tested.
  if (registry.has(name)) throw new Error(`cypher/${name}.cypher is described twice`);
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

/** Thrown before sending when the caller's parameters do not match the descriptor: a bug in the caller. */
export class ParamsShapeError extends Error {
  constructor(name: string, issues: string) {
    super(`cypher/${name}.cypher was given parameters that do not match its descriptor: ${issues}`);
    this.name = 'ParamsShapeError';
  }
}

export function checkParams(statement: Statement, params: unknown): void {
  const parsed = statement.params.safeParse(params);
  if (!parsed.success) throw new ParamsShapeError(statement.name, z.prettifyError(parsed.error));
}

export function checkRow<S extends Statement>(statement: S, row: unknown): StatementRow<S> {
  const parsed = statement.row.safeParse(row);
  if (!parsed.success) throw new RowShapeError(statement.name, z.prettifyError(parsed.error));
  return parsed.data as StatementRow<S>;
}

/** A statement without parameters, or one that returns no rows (schema statements). */
export const none = z.object({});

/**
 * Stored properties of a node or relationship (`properties(n)`). Neo4j stores no nulls, so a key
 * is absent rather than null; dates arrive as ISO strings.
 */
const props = z.record(z.string(), z.unknown());
/** Properties every seeded node has, and the validity most have; the rest is the label's own. */
const nodeProps = z.looseObject({ id: z.string(), validFrom: z.iso.date().optional(), validTo: z.iso.date().optional() });
/** A NamePeriod's properties: a name in all three languages (the seed schema requires them) for a period. */
const namePeriodProps = z.looseObject({
  id: z.string(),
  name_nb: z.string(),
  name_nn: z.string(),
  name_en: z.string(),
  validFrom: z.iso.date().optional(),
  validTo: z.iso.date().optional(),
});

/** Reusable column shapes. Integers arrive as numbers (the driver runs with lossless integers off). */
export const columns = {
  id: z.string(),
  count: z.number().int().nonnegative(),
  /** An ISO date parameter (`date($asOf)` in the statement). */
  isoDate: z.iso.date(),
  /** An ISO date or null, as `toPlain` writes Neo4j dates and a map projection writes a missing property. */
  date: z.iso.date().nullable(),
  props,
  nodeProps,
  strings: z.array(z.string()),
  /**
   * The usual projection of a node: `{ labels: labels(n), props: properties(n), names: [(n)-[:HAS_NAME]->(p) | properties(p)] }`,
   * read by the entity model as a NodeRecord.
   */
  node: z.object({ labels: z.array(z.enum(GRAPH_LABELS)), props: nodeProps, names: z.array(namePeriodProps) }),
};
