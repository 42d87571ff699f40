/**
 * dbHits of the exact statements a server sent: each is replayed with PROFILE and its parameters,
 * and the dbHits of every operator in the plan tree are added up (what Neo4j's own PROFILE output
 * totals). Run by the runner on its own connection, outside any timed window.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { CapturedStatement, WireValue } from './protocol.ts';

interface PlanNode {
  dbHits: number;
  children: PlanNode[];
}

export function sumDbHits(plan: PlanNode): number {
  return plan.dbHits + plan.children.reduce((total, child) => total + sumDbHits(child), 0);
}

/** Rebuilds driver values from the wire form; see WireValue. */
export function toDriverValue(value: WireValue, wholeNumbersAsIntegers: boolean): unknown {
  if (typeof value === 'number') return wholeNumbersAsIntegers && Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => toDriverValue(item, wholeNumbersAsIntegers));
  if ('$int' in value && typeof value.$int === 'string') return neo4j.int(value.$int);
  if ('$date' in value && typeof value.$date === 'string') {
    const [year, month, day] = value.$date.split('-').map(Number);
    return new neo4j.types.Date(year ?? 0, month ?? 0, day ?? 0);
  }
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toDriverValue(inner as WireValue, wholeNumbersAsIntegers)]));
}

/** PROFILE goes after a leading `CYPHER 5` (or other options) line, which must come first. */
export function withProfile(text: string): string {
  const options = /^\s*CYPHER\b[^\n]*\n/i.exec(text);
  return options ? `${options[0]}PROFILE ${text.slice(options[0].length)}` : `PROFILE ${text}`;
}

export function driverParams(statement: CapturedStatement): Record<string, unknown> {
  return Object.fromEntries(Object.entries(statement.params).map(([key, value]) => [key, toDriverValue(value, statement.wholeNumbersAsIntegers)]));
}

/** Sum of dbHits of one statement, run in a read transaction like the servers run it. */
export async function profileDbHits(driver: Driver, statement: CapturedStatement): Promise<number> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(withProfile(statement.text), driverParams(statement)));
    const plan = result.summary.profile;
    if (!plan) throw new Error(`PROFILE returned no plan for ${statement.name ?? statement.text.slice(0, 60)}`);
    return sumDbHits(plan);
  } finally {
    await session.close();
  }
}
