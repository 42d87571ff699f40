import { readFileSync } from 'node:fs';
import { Kind, parse, type DefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { HOUSEHOLD_GOALS, HOUSING_SITUATIONS, INPUT_FACTS } from '../../vocabulary/index.ts';
import { QUESTIONS } from './engine/catalogue.ts';
import { OPTIONAL_FACT_FIELDS } from './engine/types.ts';

const document = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

function named(name: string): DefinitionNode | undefined {
  return document.definitions.find((definition) => 'name' in definition && definition.name?.value === name);
}

function enumValues(name: string): string[] {
  const definition = named(name);
  return definition?.kind === Kind.ENUM_TYPE_DEFINITION ? (definition.values ?? []).map((value) => value.name.value) : [];
}

describe('the situation SDL matches the engine', () => {
  it('has the housing situations and goals the criteria DSL knows', () => {
    expect(enumValues('HousingSituation')).toEqual([...HOUSING_SITUATIONS]);
    expect(enumValues('HouseholdGoal')).toEqual([...HOUSEHOLD_GOALS]);
  });

  it('has an input field for every situation fact that is not derived, and a question for every optional one', () => {
    const input = named('SituationInput');
    const fields = input?.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ? (input.fields ?? []).map((field) => field.name.value) : [];
    expect(fields.sort()).toEqual([...INPUT_FACTS].sort());
    expect(Object.keys(QUESTIONS).sort()).toEqual([...OPTIONAL_FACT_FIELDS, 'goals'].sort());
  });

  it('documents every type, field, argument and enum value', () => {
    const undocumented: string[] = [];
    const check = (node: { description?: { value: string } | undefined }, name: string): void => {
      if (!node.description?.value.trim()) undocumented.push(name);
    };
    for (const definition of document.definitions) {
      if (definition.kind === Kind.OBJECT_TYPE_EXTENSION) {
        for (const field of definition.fields ?? []) check(field, `Query.${field.name.value}`);
        continue;
      }
      if (!('name' in definition) || !definition.name) continue;
      const type = definition.name.value;
      if ('description' in definition) check(definition, type);
      if (definition.kind === Kind.ENUM_TYPE_DEFINITION) for (const value of definition.values ?? []) check(value, `${type}.${value.name.value}`);
      if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
        for (const field of definition.fields ?? []) check(field, `${type}.${field.name.value}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
