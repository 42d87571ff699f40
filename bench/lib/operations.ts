/**
 * The operations the benchmarks measure: each as the project's query, the peer's equivalent (written
 * from the peer's introspected schema), and how each side's answer is normalised for the check.
 *
 * What "the same data" means, from the project's resolvers: a list holds the entities in force at
 * `asOf` (today in Norway), sorted by name with id as tie-break; a relationship shown is in force
 * and so is the node at its other end; a "linked to X" filter wants a relationship in force to X,
 * of any type and direction. The peer says the same with `where` filters on validFrom/validTo
 * (for each type where the introspector found them) and `sort: [{ name_nb: ASC }, { id: ASC }]`.
 * Nested lists have no order on either side and are compared as sorted lists.
 */
import type { SeedGraph } from '../../server/src/seed/build-graph.ts';
import { field, list, sortedNames, text, type Plain } from './answers.ts';
import type { GraphQLRequest } from './graphql.ts';
import type { PeerSchema } from './peer-schema.ts';

export interface Operation {
  key: string;
  title: string;
  project: GraphQLRequest;
  /** Absent for project-only operations (the situation). */
  peer?: GraphQLRequest;
  normaliseProject(data: unknown): Plain;
  normalisePeer(data: unknown): Plain;
}

/** The roles through which an instrument points at an actor (the project's Actor.instruments). */
export const ACTOR_ROLES = ['FUNDED_BY', 'ADMINISTERED_BY', 'DECIDED_BY', 'DELIVERED_BY', 'APPLIES_TO', 'APPEALS_TO'];

/** Today in Norway, YYYY-MM-DD: the project's default `asOf`, passed to the peer as $today. */
export function todayInNorway(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function inForce(props: Record<string, unknown>, today: string): boolean {
  const from = typeof props.validFrom === 'string' ? props.validFrom : null;
  const to = typeof props.validTo === 'string' ? props.validTo : null;
  return (from === null || from <= today) && (to === null || to >= today);
}

/**
 * The ids the list operations filter on, chosen from the seed graph by the issue's rule: the
 * ministry whose agencies (actors linked to it, in force) carry most instrument roles, and the
 * target group most instruments target.
 */
export function chooseFilterIds(graph: SeedGraph, today: string): { ministry: string; targetGroup: string } {
  const label = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const live = graph.relationships.filter((relationship) => inForce(relationship.props, today));
  const best = (candidates: string[], score: (id: string) => number): string => {
    const ranked = candidates.map((id) => ({ id, score: score(id) })).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    if (!ranked[0]) throw new Error('the seed graph has no candidate');
    return ranked[0].id;
  };
  const ministries = graph.nodes.filter((node) => node.label === 'Actor' && node.props.kind === 'ministry').map((node) => node.id);
  const ministry = best(ministries, (id) => {
    const agencies = new Set(live.flatMap((r) => (r.to === id && label.get(r.from) === 'Actor' ? [r.from] : r.from === id && label.get(r.to) === 'Actor' ? [r.to] : [])));
    return live.filter((r) => ACTOR_ROLES.includes(r.type) && agencies.has(r.to)).length;
  });
  const groups = graph.nodes.filter((node) => node.label === 'TargetGroup').map((node) => node.id);
  const targetGroup = best(groups, (id) => live.filter((r) => r.to === id && label.get(r.from) === 'Instrument').length);
  return { ministry, targetGroup };
}

/** Declares $today only when the query uses it (an unused variable fails validation). */
function peerRequest(body: string, today: string): GraphQLRequest {
  return body.includes('$today') ? { query: `query ($today: Date!) ${body}`, variables: { today } } : { query: body };
}

function names(value: unknown, key: string, where: string): string[] {
  return list(value, where).map((item, i) => text(field(item, key, `${where}[${i}]`), `${where}[${i}].${key}`));
}

/** Names of the nodes of a peer connection (`{ edges: [{ node: { name_nb } }] }`). */
function edgeNames(connection: unknown, where: string): string[] {
  return list(field(connection, 'edges', where), `${where}.edges`).map((edge, i) => text(field(field(edge, 'node', `${where}.edges[${i}]`), 'name_nb', `${where}.edges[${i}].node`), `${where}.edges[${i}].node.name_nb`));
}

function connection(schema: PeerSchema, relationship: ReturnType<PeerSchema['relationship']>): string {
  const where = schema.connectionInForce(relationship);
  return `${relationship.field}Connection${where ? `(where: ${where})` : ''} { edges { node { name_nb } } }`;
}

/** A peer `where` for "linked to the node with this id by any relationship in force". */
function linkedTo(schema: PeerSchema, typeName: string, targetType: string, id: string): string {
  const links = schema.relationships(typeName).filter((relationship) => relationship.target === targetType);
  if (links.length === 0) throw new Error(`the peer's ${typeName} has no relationship to ${targetType}`);
  const each = links.map((relationship) => `{ ${relationship.field}Connection: { some: ${schema.connectionInForce(relationship, `{ id: { eq: ${JSON.stringify(id)} } }`)} } }`);
  return each.length === 1 ? (each[0] ?? '') : `{ OR: [${each.join(', ')}] }`;
}

function allOf(parts: string[]): string {
  const present = parts.filter(Boolean);
  return present.length <= 1 ? (present[0] ?? '') : `{ AND: [${present.join(', ')}] }`;
}

function listArguments(where: string, limit: number): string {
  return `(${where ? `where: ${where}, ` : ''}sort: [{ name_nb: ASC }, { id: ASC }], limit: ${limit})`;
}

/** The project's side of the detail and page operations, shared with the scale bench. */
const detailQuery = (slug: string): GraphQLRequest => ({ query: `{ instrument(slug: ${JSON.stringify(slug)}) { name administeredBy { name } targetGroups { name } goals { name } } }` });
const PAGE_QUERY: GraphQLRequest = { query: '{ instruments(first: 20) { nodes { name } } }' };
const DETAIL_TITLE = 'one instrument with agencies, target groups, goals';
const PAGE_TITLE = 'a page of 20 instruments with names';

export interface OperationChoices {
  slug: string;
  ministry: string;
  targetGroup: string;
  today: string;
}

/** The four operations of the issue's table. */
export function peerOperations(schema: PeerSchema, choices: OperationChoices): Operation[] {
  const { today } = choices;
  const instrument = schema.typeOf('Instrument');
  const actor = schema.typeOf('Actor');
  const targetGroup = schema.typeOf('TargetGroup');
  const instruments = schema.listField(instrument);
  const actors = schema.listField(actor);
  const rel = (type: string, direction: 'IN' | 'OUT', from = instrument) => schema.relationship(from, type, direction);
  const administeredBy = rel('ADMINISTERED_BY', 'OUT');
  const targets = rel('TARGETS', 'OUT');
  const servesGoal = rel('SERVES_GOAL', 'OUT');
  const roles = schema.relationships(actor).filter((relationship) => ACTOR_ROLES.includes(relationship.type) && relationship.direction === 'IN');
  const namesOfList = (key: 'name' | 'name_nb') => (items: unknown, where: string) => names(items, key, where);

  return [
    {
      key: 'detail',
      title: DETAIL_TITLE,
      project: detailQuery(choices.slug),
      peer: peerRequest(
        `{ ${instruments}(where: { id: { eq: ${JSON.stringify(choices.slug)} } }) { name_nb ${connection(schema, administeredBy)} ${connection(schema, targets)} ${connection(schema, servesGoal)} } }`,
        today,
      ),
      normaliseProject: (data) => {
        const found = field(data, 'instrument', 'project');
        return {
          name: text(field(found, 'name', 'instrument'), 'instrument.name'),
          administeredBy: sortedNames(names(field(found, 'administeredBy', 'instrument'), 'name', 'instrument.administeredBy')),
          targetGroups: sortedNames(names(field(found, 'targetGroups', 'instrument'), 'name', 'instrument.targetGroups')),
          goals: sortedNames(names(field(found, 'goals', 'instrument'), 'name', 'instrument.goals')),
        };
      },
      normalisePeer: (data) => {
        const found = list(field(data, instruments, 'peer'), instruments);
        if (found.length !== 1) throw new Error(`peer: ${found.length} instruments with id ${choices.slug}`);
        const only = found[0];
        return {
          name: text(field(only, 'name_nb', instruments), 'name_nb'),
          administeredBy: sortedNames(edgeNames(field(only, `${administeredBy.field}Connection`, instruments), administeredBy.field)),
          targetGroups: sortedNames(edgeNames(field(only, `${targets.field}Connection`, instruments), targets.field)),
          goals: sortedNames(edgeNames(field(only, `${servesGoal.field}Connection`, instruments), servesGoal.field)),
        };
      },
    },
    {
      key: 'page',
      title: PAGE_TITLE,
      project: PAGE_QUERY,
      peer: peerRequest(`{ ${instruments}${listArguments(schema.inForce(instrument), 20)} { name_nb } }`, today),
      normaliseProject: (data) => namesOfList('name')(field(field(data, 'instruments', 'project'), 'nodes', 'instruments'), 'instruments.nodes'),
      normalisePeer: (data) => namesOfList('name_nb')(field(data, instruments, 'peer'), instruments),
    },
    {
      key: 'ministry',
      title: `ministry → agencies → instruments (${choices.ministry})`,
      project: { query: `{ actors(filter: { actor: ${JSON.stringify(choices.ministry)} }, first: 50) { nodes { name instruments { entity { name } } } } }` },
      peer: peerRequest(
        `{ ${actors}${listArguments(allOf([schema.inForce(actor), linkedTo(schema, actor, actor, choices.ministry)]), 50)} { name_nb ${roles.map((role) => connection(schema, role)).join(' ')} } }`,
        today,
      ),
      normaliseProject: (data) =>
        list(field(field(data, 'actors', 'project'), 'nodes', 'actors'), 'actors.nodes').map((node, i) => ({
          name: text(field(node, 'name', `actors.nodes[${i}]`), 'name'),
          instruments: sortedNames(list(field(node, 'instruments', `actors.nodes[${i}]`), 'instruments').map((link, j) => text(field(field(link, 'entity', `instruments[${j}]`), 'name', `instruments[${j}].entity`), 'name'))),
        })),
      normalisePeer: (data) =>
        list(field(data, actors, 'peer'), actors).map((node, i) => ({
          name: text(field(node, 'name_nb', `${actors}[${i}]`), 'name_nb'),
          instruments: sortedNames(roles.flatMap((role) => edgeNames(field(node, `${role.field}Connection`, `${actors}[${i}]`), role.field))),
        })),
    },
    {
      key: 'targetGroup',
      title: `instruments for one target group (${choices.targetGroup})`,
      project: { query: `{ instruments(filter: { targetGroup: ${JSON.stringify(choices.targetGroup)} }, first: 50) { nodes { name } } }` },
      peer: peerRequest(`{ ${instruments}${listArguments(allOf([schema.inForce(instrument), linkedTo(schema, instrument, targetGroup, choices.targetGroup)]), 50)} { name_nb } }`, today),
      normaliseProject: (data) => namesOfList('name')(field(field(data, 'instruments', 'project'), 'nodes', 'instruments'), 'instruments.nodes'),
      normalisePeer: (data) => namesOfList('name_nb')(field(data, instruments, 'peer'), instruments),
    },
  ];
}

/** The four households of bench/situation-http.ts, so both benches ask the same situations. */
export const HOUSEHOLDS = [
  { adults: 2, children: 2, annualHouseholdIncome: 420000, housing: 'RENTING_PRIVATE', goals: ['BUY_HOME'], bankLoanRefused: true, canServiceLoan: true },
  { adults: 1, children: 0, housing: 'RENTING_PRIVATE', goals: ['LOWER_HOUSING_COSTS'] },
  { adults: 1, children: 0, annualHouseholdIncome: 0, housing: 'HOMELESS', goals: ['RENT_HOME', 'SUPPORT_TO_LIVE'], canServiceLoan: false },
  { adults: 1, children: 0, applicantAge: 24, housing: 'TEMPORARY_ACCOMMODATION', goals: ['RENT_HOME'], leavingChildWelfare: true },
];

/** The situation query of bench/situation-http.ts: what the wizard's results page asks for. */
export const SITUATION_QUERY = `query ($input: SituationInput!) { situation(input: $input) {
  assessments { status instrument { slug name decidedBy { name } } criteria { outcome explanation } }
  combinations { rationale steps { instrument { slug } owners { name } } } openQuestions { field question } } }`;

export function situationRequests(): GraphQLRequest[] {
  return HOUSEHOLDS.map((input) => ({ query: SITUATION_QUERY, variables: { input } }));
}

/** The project's detail and page queries, for the scale bench (project only). */
export function projectOperations(slug: string): Operation[] {
  const none = (): Plain => null;
  return [
    { key: 'detail', title: DETAIL_TITLE, project: detailQuery(slug), normaliseProject: none, normalisePeer: none },
    { key: 'page', title: PAGE_TITLE, project: PAGE_QUERY, normaliseProject: none, normalisePeer: none },
  ];
}
