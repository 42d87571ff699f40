/**
 * The read path reads what a query shows (decision 0007). Each test captures the exact statement
 * and parameters the server sent for a request and PROFILEs them on the same Neo4j: database hits
 * are a count, not a time, so these bounds hold on any machine. Speed itself is measured in bench/.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cypher } from '../server/src/neo4j/cypher-loader.ts';
import type { Params } from '../server/src/neo4j/database.ts';
import { queryData } from './support/graphql.ts';
import { startOwnServer, type OwnServer } from './support/own-server.ts';

let server: OwnServer;
let driver: Driver;
beforeAll(async () => {
  const settings = inject('mainNeo4j');
  server = await startOwnServer(settings);
  driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), { disableLosslessIntegers: true });
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

interface Sent {
  name: string;
  params: Params;
}

async function statementsSentFor(query: string): Promise<Sent[]> {
  const sent: Sent[] = [];
  const stop = server.db.observe(({ name, params }) => sent.push({ name, params }));
  try {
    await queryData(server.baseUrl, query);
  } finally {
    stop();
  }
  return sent;
}

interface Operator {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: Operator[];
}

const flatten = (operator: Operator): Operator[] => [operator, ...operator.children.flatMap(flatten)];

/** Whole numbers go as Neo4j integers, as the server sends them (LIMIT refuses a float). */
const asDriverValue = (value: unknown): unknown =>
  typeof value === 'number' && Number.isSafeInteger(value) ? neo4j.int(value)
    : Array.isArray(value) ? value.map(asDriverValue)
      : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, asDriverValue(inner)])) : value;

async function profile({ name, params }: Sent): Promise<{ dbHits: number; operators: Operator[] }> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`PROFILE ${cypher(name).text}`, asDriverValue(params) as Params);
    const operators = flatten(result.summary.profile as unknown as Operator);
    return { dbHits: operators.reduce((sum, operator) => sum + operator.dbHits, 0), operators };
  } finally {
    await session.close();
  }
}

async function costOf(query: string) {
  const [statement, ...more] = await statementsSentFor(query);
  expect(more).toEqual([]);
  if (!statement) throw new Error('no statement sent');
  return { statement, ...(await profile(statement)) };
}

const seeksOn = (operators: Operator[], property: string) =>
  operators.filter((operator) => operator.operatorType.startsWith('NodeIndexSeekByRange') && String(operator.arguments.Details ?? '').includes(`(${property})`));

describe('what a read costs', () => {
  it('reads a page of names in index order and stops after the page', async () => {
    const { dbHits, operators, statement } = await costOf('{ instruments(first: 20) { nodes { name } } }');
    const [seek] = seeksOn(operators, 'orderName_nb');
    // 32 instruments in the seed graph: the seek stops at the 21st in force (one more tells whether a next page exists).
    expect(seek?.rows).toBeGreaterThanOrEqual(21);
    expect(seek?.rows).toBeLessThan(32);
    expect(statement.params.plan).toMatchObject({ links: [], details: false, sources: false });
    // 131 before revisions; the revision filter reads knownFrom and knownTo of each record sought (175 measured, decision 0008).
    expect(dbHits).toBeLessThanOrEqual(180);
  });

  it('counts the total only when totalCount is selected', async () => {
    const without = await costOf('{ instruments(first: 5) { nodes { id } } }');
    const withTotal = await costOf('{ instruments(first: 5) { totalCount nodes { id } } }');
    expect(seeksOn(without.operators, 'orderId').every((seek) => seek.rows === 0)).toBe(true);
    expect(seeksOn(withTotal.operators, 'orderId').some((seek) => seek.rows >= 32)).toBe(true);
    expect(withTotal.dbHits).toBeGreaterThan(without.dbHits);
  });

  it('reads only the relationships a detail view selects', async () => {
    const narrow = await costOf('{ instrument(slug: "startlan") { name administeredBy { name } targetGroups { name } goals { name } } }');
    const wide = await costOf('{ instrument(slug: "startlan") { name links { type entity { name } } } }');
    expect(narrow.statement.params.plan).toMatchObject({ links: ['ADMINISTERED_BY>', 'SERVES_GOAL>', 'TARGETS>'] });
    // 133 before revisions; each relationship followed now has its revision checked (153 measured, decision 0008).
    expect(narrow.dbHits).toBeLessThanOrEqual(160);
    expect(narrow.dbHits).toBeLessThan(wide.dbHits);
  });

  it('reads of the instruments a situation names only what the answer shows', async () => {
    const sent = await statementsSentFor(`{ situation(input: { adults: 1, children: 0, housing: RENTING_PRIVATE, goals: [LOWER_HOUSING_COSTS] }) {
      assessments { status instrument { name } } } }`);
    expect(sent.map((statement) => statement.name)).toEqual(['situation/load-candidates', 'entity/find-entities']);
    expect(sent[1]?.params.plan).toMatchObject({
      links: [], details: false, sources: false, relationships: false,
      node: { about: false, texts: false, scalars: false, source: false },
    });
  });
});
