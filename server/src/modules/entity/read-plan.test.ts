import { buildSchema, isObjectType, Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../schema-files.ts';
import { cypher } from '../../neo4j/cypher-loader.ts';
import { ENTITY_LINK_TYPES, FIELD_NEEDS, pieceKeys } from './field-needs.ts';
import { planFromInfo, type ReadPlan } from './read-plan.ts';

/** The plan a root field of `query` gets, as its resolver would compute it. */
function planFor(query: string, entityType: Parameters<typeof planFromInfo>[1], path: string[] = [], variableValues: Record<string, unknown> = {}): ReadPlan {
  const document = parse(query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  const root = operation?.selectionSet.selections[0] as FieldNode;
  return planFromInfo({ fieldNodes: [root], fragments, variableValues }, entityType, path);
}

describe('read plan', () => {
  it('reads names only for a page of names: no relationships, no groups, no sources, no total', () => {
    const plan = planFor('{ instruments(first: 20) { nodes { name } } }', 'Instrument', ['nodes']);
    expect(plan).toMatchObject({ names: true, links: [], details: false, sources: false, total: false, relationships: false });
    expect(plan.node).toEqual({ about: false, texts: false, scalars: false, source: false });
  });

  it('asks for exactly the relationship types and directions the selection reads', () => {
    const plan = planFor('{ instrument(slug: "startlan") { name administeredBy { name } targetGroups { name } goals { id } } }', 'Instrument');
    expect(plan.links).toEqual(['ADMINISTERED_BY>', 'SERVES_GOAL>', 'TARGETS>']);
    expect(plan.summaryNames).toBe(true);
    const incoming = planFor('{ node(id: "husbanken") { ... on Actor { responsibleFor { id } instruments { type } } } }', 'Node');
    expect(incoming.links).toEqual(['<ADMINISTERED_BY', '<ANSWERS_TO', '<APPEALS_TO', '<APPLIES_TO', '<DECIDED_BY', '<DELIVERED_BY', '<FUNDED_BY']);
    expect(incoming.summaryNames).toBe(false);
  });

  it('counts the total only when totalCount is selected', () => {
    expect(planFor('{ instruments { totalCount nodes { id } } }', 'Instrument', ['nodes']).total).toBe(true);
    expect(planFor('{ instruments { pageInfo { endCursor } nodes { id } } }', 'Instrument', ['nodes']).total).toBe(false);
  });

  it('follows fragments, inline fragments and variables', () => {
    const plan = planFor(
      'query ($types: [LinkType!]) { node(id: "x") { ...Card ... on Instrument { links(types: $types, direction: IN) { entity { name } } } } } fragment Card on Instrument { description kinds }',
      'Node',
      [],
      { types: ['TARGETS', 'REQUIRES'] },
    );
    expect(plan.node).toMatchObject({ texts: true, about: true });
    expect(plan.links).toEqual(['<REQUIRES', '<TARGETS']);
    expect(plan.summaryNames).toBe(true);
  });

  it('reads criteria as entities, in stored order, with their texts when asked', () => {
    const plan = planFor('{ instrument(slug: "x") { criteria { name whyNot sources { url } } } }', 'Instrument');
    expect(plan.links).toEqual(['REQUIRES>']);
    expect(plan.criterion).toEqual({ about: false, texts: true, scalars: true, source: false });
    expect(plan.sources).toBe(true);
    expect(plan.node.texts).toBe(false);
  });

  it('reads the properties of relationships only for the Link fields that need them', () => {
    expect(planFor('{ instrument(slug: "x") { relatedInstruments { type entity { id } } } }', 'Instrument').relationships).toBe(false);
    const plan = planFor('{ instrument(slug: "x") { relatedInstruments { rationale sources { url } } } }', 'Instrument');
    expect(plan.relationships).toBe(true);
    expect(plan.sources).toBe(true);
  });

  it('reads details and a source only when asked', () => {
    expect(planFor('{ instrument(slug: "x") { applicationPage { url } } }', 'Instrument').details).toBe(true);
    expect(planFor('{ sources { nodes { title } } }', 'Source', ['nodes']).node.source).toBe(true);
  });
});

describe('field needs', () => {
  const schema = buildSchema(loadTypeDefs().join('\n'));
  it.each(Object.keys(FIELD_NEEDS))('name every field of %s in the SDL, and nothing else', (typeName) => {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
    expect(Object.keys(FIELD_NEEDS[typeName as keyof typeof FIELD_NEEDS]).sort()).toEqual(Object.keys(type.getFields()).sort());
  });
});

describe('relationship pieces of find-entities', () => {
  const text = cypher('entity/find-entities').text;
  const pieces = [...text.matchAll(/CASE WHEN '(<?)([A-Z_]+)(>?)' IN \$plan\.links THEN \[\(n\)(<?)-\[r:([A-Z_]+)\]-(>?)\(o:Entity\)/g)];

  it('are one per link type and direction, no more and no fewer', () => {
    const keys = pieces.map(([, into, type, out]) => `${into}${type}${out}`).sort();
    expect(keys).toEqual(pieceKeys({ types: ENTITY_LINK_TYPES, direction: null }).sort());
  });

  it('each expand the type and the direction their key names', () => {
    for (const [, keyIn, keyType, keyOut, arrowIn, type, arrowOut] of pieces) {
      expect([type, arrowIn, arrowOut]).toEqual([keyType, keyIn, keyOut]);
    }
  });
});
