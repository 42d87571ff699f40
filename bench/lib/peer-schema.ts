/**
 * Reads the peer's introspected type definitions, so the runner writes the peer's queries from
 * what the introspector produced instead of from names copied by hand: the introspector names a
 * type after the alphabetically first label (the Instrument type is `Entity`, target groups
 * `Entity2`) and leaves out any property no node has, and both change with the data.
 */
import { Kind, parse, type ConstDirectiveNode, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import type { ServedSchema } from './protocol.ts';

export interface PeerRelationship {
  field: string;
  type: string;
  direction: 'IN' | 'OUT';
  /** The GraphQL type at the other end. */
  target: string;
  /** The @relationshipProperties type, when the relationship has properties. */
  properties: string | undefined;
}

function stringArgument(directive: ConstDirectiveNode | undefined, name: string): string | undefined {
  const value = directive?.arguments?.find((argument) => argument.name.value === name)?.value;
  return value && (value.kind === Kind.STRING || value.kind === Kind.ENUM) ? value.value : undefined;
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

export class PeerSchema {
  private readonly types = new Map<string, ObjectTypeDefinitionNode>();
  private readonly queryFields: readonly FieldDefinitionNode[];

  /**
   * `typeDefs`: the SDL the peer gave @neo4j/graphql (with its @node and @relationship
   * directives); `served`: the schema @neo4j/graphql generated from it (for the root fields).
   */
  constructor(schema: ServedSchema) {
    for (const definition of parse(schema.typeDefs).definitions) {
      if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) this.types.set(definition.name.value, definition);
    }
    const query = parse(schema.served).definitions.find((definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'Query');
    this.queryFields = query && query.kind === Kind.OBJECT_TYPE_DEFINITION ? (query.fields ?? []) : [];
  }

  /** The root field that lists nodes of `typeName` (`[T!]!`, not the Connection). */
  listField(typeName: string): string {
    const field = this.queryFields.find((candidate) => {
      const type = candidate.type;
      return type.kind === Kind.NON_NULL_TYPE && type.type.kind === Kind.LIST_TYPE && namedType(type.type) === typeName;
    });
    if (!field) throw new Error(`the peer's schema has no root list field for ${typeName}`);
    return field.name.value;
  }

  private definition(typeName: string): ObjectTypeDefinitionNode {
    const definition = this.types.get(typeName);
    if (!definition) throw new Error(`the peer's schema has no type ${typeName}`);
    return definition;
  }

  /** The type of the nodes that carry `label` (and more labels, as every seeded node does). */
  typeOf(label: string): string {
    const matches = [...this.types.values()].filter((definition) => {
      const node = definition.directives?.find((directive) => directive.name.value === 'node');
      if (!node) return false;
      const labels = node.arguments?.find((argument) => argument.name.value === 'labels')?.value;
      const list = labels?.kind === Kind.LIST ? labels.values.flatMap((value) => (value.kind === Kind.STRING ? [value.value] : [])) : [definition.name.value];
      return list.includes(label);
    });
    if (matches.length !== 1) throw new Error(`the peer's schema has ${matches.length} types for label ${label}`);
    return matches[0]?.name.value ?? '';
  }

  has(typeName: string, field: string): boolean {
    return (this.definition(typeName).fields ?? []).some((candidate) => candidate.name.value === field);
  }

  relationships(typeName: string): PeerRelationship[] {
    return (this.definition(typeName).fields ?? []).flatMap((field: FieldDefinitionNode) => {
      const directive = field.directives?.find((candidate) => candidate.name.value === 'relationship');
      const type = stringArgument(directive, 'type');
      const direction = stringArgument(directive, 'direction');
      if (!type || (direction !== 'IN' && direction !== 'OUT')) return [];
      return [{ field: field.name.value, type, direction, target: namedType(field.type), properties: stringArgument(directive, 'properties') }];
    });
  }

  /** The one relationship field of `typeName` with this type and direction. */
  relationship(typeName: string, type: string, direction: 'IN' | 'OUT'): PeerRelationship {
    const matches = this.relationships(typeName).filter((candidate) => candidate.type === type && candidate.direction === direction);
    if (matches.length !== 1) throw new Error(`the peer's ${typeName} has ${matches.length} ${direction} ${type} fields`);
    return matches[0] as PeerRelationship;
  }

  /**
   * A `where` input saying "in force at $today" for a node or relationship-properties type: no
   * start or a start on or before, no end or an end on or after, for whichever of validFrom and
   * validTo the introspector found. Empty when it found neither (no such property in the data).
   */
  inForce(typeName: string | undefined): string {
    if (!typeName) return '';
    const parts = [
      this.has(typeName, 'validFrom') ? '{ OR: [{ validFrom: { eq: null } }, { validFrom: { lte: $today } }] }' : '',
      this.has(typeName, 'validTo') ? '{ OR: [{ validTo: { eq: null } }, { validTo: { gte: $today } }] }' : '',
    ].filter(Boolean);
    return parts.length === 0 ? '' : parts.length === 1 ? (parts[0] ?? '') : `{ AND: [${parts.join(', ')}] }`;
  }

  /** The `where` of a connection field: the relationship and the node at the other end in force. */
  connectionInForce(relationship: PeerRelationship, node?: string): string {
    const edge = this.inForce(relationship.properties);
    const target = node ?? this.inForce(relationship.target);
    const parts = [edge ? `edge: ${edge}` : '', target ? `node: ${target}` : ''].filter(Boolean);
    return parts.length === 0 ? '' : `{ ${parts.join(', ')} }`;
  }
}
