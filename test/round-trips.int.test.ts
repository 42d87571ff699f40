import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryData } from './support/graphql.ts';
import { startOwnServer, type OwnServer } from './support/own-server.ts';

let server: OwnServer;
beforeAll(async () => {
  server = await startOwnServer(inject('mainNeo4j'));
});
afterAll(async () => server.close());

/** Each root field with a deeply nested selection: still one Cypher round trip. */
const OPERATIONS: Record<string, string> = {
  node: '{ node(id: "husbanken") { ... on Actor { name nameHistory { name sources { url } } instruments { type entity { name } sources { url } } answersTo { name } links { entity { name } } sources { url } } } }',
  instrument: '{ instrument(slug: "startlan") { name fundedBy { name } decidedBy { name } targetGroups { name } goals { name } legalBases { name } criteria { name sources { url } } relatedInstruments { type rationale entity { name } sources { url } } sources { url } } }',
  instruments: '{ instruments(first: 50) { totalCount nodes { name decidedBy { name } targetGroups { name } criteria { name } sources { url } } pageInfo { endCursor } } }',
  actors: '{ actors(first: 50) { nodes { name answersTo { name } instruments { entity { name } } nameHistory { name } } } }',
  targetGroups: '{ targetGroups(first: 50) { nodes { name instruments { name } strategies { name } subgroupOf { name } } } }',
  goals: '{ goals(first: 50) { nodes { name instruments { name } strategies { name } } } }',
  strategies: '{ strategies(first: 50) { nodes { name goals { name } committedBy { name } targetGroups { name } } } }',
  legalBases: '{ legalBases(first: 50) { nodes { name instruments { name } ownedBy { name } } } }',
  sources: '{ sources(first: 50) { nodes { title url compiledOn verification { verifiedOn } } } }',
  search: '{ search(text: "bostøtte") { score entity { name } } }',
  neighbourhood: '{ neighbourhood(id: "startlan", depth: 2) { nodes { name } edges { type } } }',
  paths: '{ paths(from: "kdd", to: "bostedslose") { nodes { name } edges { type } } }',
  coverage: '{ coverage { uncoveredGoals { name } instrumentsPerActor { entity { name } count } } }',
  dataVersion: '{ dataVersion { checksum nodeCount } }',
  coverageMatrix: '{ coverageMatrix(actors: ["kdd"]) { rows { instrument { name } actors { actor { name } } cells { column } } columns { entity { name } count } } }',
  ministryOverview: '{ ministryOverview(id: "kdd") { ministry { name } instruments { instrument { name } reasons { via { name } } targetGroups { name } goals { name } } byAdministrator { administrator { name } } } }',
  gapTimeline: '{ gapTimeline { periods { strategy { name } } subjects { entity { name } spans { from } strategies { name } } } }',
  graphView: '{ graphView(focus: "startlan", expanded: ["husbanken"], added: ["bostotte"]) { focus { name } nodes { entity { name inForce } names { name } currentName } edges { id } opened } }',
};

const SITUATION = `{ situation(input: { adults: 2, children: 2, annualHouseholdIncome: 420000, housing: RENTING_PRIVATE, goals: [BUY_HOME], bankLoanRefused: true, canServiceLoan: true }) {
  assessments { status instrument { name decidedBy { name } sources { url } } criteria { explanation } }
  combinations { instruments { name } steps { instrument { name howToApply } } } openQuestions { field } } }`;

/** The Cypher statements the server sent while answering one request. */
async function statementsFor(query: string): Promise<string[]> {
  const statements: string[] = [];
  const stop = server.db.observe(({ name }) => statements.push(name));
  try {
    await queryData(server.baseUrl, query);
  } finally {
    stop();
  }
  return statements;
}

describe('Cypher round trips per root field', () => {
  it('situation takes at most two (candidates, then the instruments it names)', async () => {
    expect(await statementsFor(SITUATION)).toEqual(['situation/load-candidates', 'entity/find-entities']);
  });

  it.each(Object.entries(OPERATIONS))('%s takes exactly one', async (_field, query) => {
    expect(await statementsFor(query)).toHaveLength(1);
  });
});
