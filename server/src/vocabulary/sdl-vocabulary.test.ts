/**
 * Ties the GraphQL SDL to the vocabulary: each enum that mirrors a vocabulary list has exactly its
 * values, and the SituationInput has a field for every fact a household gives. The seed format's
 * own enums that the SDL mirrors (upper-cased) are tied to the seed schema the same way. Lists that
 * other modules still copy by hand are tied here until they import the vocabulary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType, isInputObjectType, isObjectType, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as clientAnswers from '../../../client/src/situation/answers.ts';
import { ENTITY_TYPES as CLIENT_ENTITY_TYPES } from '../../../client/src/graph/graph-style.ts';
import { loadTypeDefs } from '../modules/schema-files.ts';
import { CONFIDENCE_LEVELS, INSTRUMENT_KINDS, URL_FLAGS, VERIFICATION_BASES } from '../seed/schema.ts';
import {
  DETAIL_KIND_NAMES,
  ENTITY_LABELS,
  ENTITY_TYPE_NAMES,
  HOUSEHOLD_GOALS,
  HOUSING_SITUATIONS,
  INCOME_SOURCES,
  INPUT_FACTS,
  INSTITUTION_KINDS,
  LINK_TYPES,
  STEP_ROLES,
} from './index.ts';

const MODULES_DIR = path.join(import.meta.dirname, '..', 'modules');
const schema = buildSchema(loadTypeDefs().join('\n'));

/** Which module's schema.graphql defines each type, for the failure message. */
const definedIn = new Map<string, string>();
for (const module of readdirSync(MODULES_DIR)) {
  let text: string;
  try {
    text = readFileSync(path.join(MODULES_DIR, module, 'schema.graphql'), 'utf8');
  } catch {
    continue;
  }
  for (const definition of parse(text).definitions) {
    if ('name' in definition && definition.name && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) definedIn.set(definition.name.value, `server/src/modules/${module}/schema.graphql`);
  }
}

const upper = (values: readonly string[]): string[] => values.map((value) => value.toUpperCase());

/** SDL enum → the list it mirrors, and where that list lives. */
const MIRRORED_ENUMS: readonly { name: string; vocabulary: string; values: readonly string[] }[] = [
  { name: 'EntityType', vocabulary: 'vocabulary LABEL_TYPES (ENTITY_TYPE_NAMES)', values: ENTITY_TYPE_NAMES },
  { name: 'LinkType', vocabulary: 'vocabulary LINK_TYPES', values: LINK_TYPES },
  { name: 'InstrumentDetailKind', vocabulary: 'vocabulary DETAIL_KIND_NAMES', values: Object.values(DETAIL_KIND_NAMES) },
  { name: 'StepRole', vocabulary: 'vocabulary STEP_ROLES', values: STEP_ROLES },
  { name: 'HouseholdGoal', vocabulary: 'vocabulary HOUSEHOLD_GOALS', values: HOUSEHOLD_GOALS },
  { name: 'HousingSituation', vocabulary: 'vocabulary HOUSING_SITUATIONS', values: HOUSING_SITUATIONS },
  { name: 'InstitutionKind', vocabulary: 'vocabulary INSTITUTION_KINDS', values: INSTITUTION_KINDS },
  { name: 'IncomeSource', vocabulary: 'vocabulary INCOME_SOURCES', values: INCOME_SOURCES },
  { name: 'Confidence', vocabulary: 'seed schema CONFIDENCE_LEVELS, upper-cased', values: upper(CONFIDENCE_LEVELS) },
  { name: 'InstrumentKind', vocabulary: 'seed schema INSTRUMENT_KINDS, upper-cased', values: upper(INSTRUMENT_KINDS) },
  { name: 'UrlFlag', vocabulary: 'seed schema URL_FLAGS, upper-cased', values: upper(URL_FLAGS) },
  { name: 'VerificationBasis', vocabulary: 'seed schema VERIFICATION_BASES, upper-cased', values: upper(VERIFICATION_BASES) },
];

/** "missing [..], extra [..]" of `actual` against `expected`, or null when they hold the same values. */
function difference(actual: readonly string[], expected: readonly string[]): string | null {
  const missing = expected.filter((value) => !actual.includes(value));
  const extra = actual.filter((value) => !expected.includes(value));
  return missing.length || extra.length ? `missing [${missing.join(', ')}], extra [${extra.join(', ')}]` : null;
}

describe('the SDL and the vocabulary', () => {
  it.each(MIRRORED_ENUMS.map((entry) => [entry.name, entry] as const))('enum %s has exactly the values of the list it mirrors', (name, entry) => {
    const type = schema.getType(name);
    expect(isEnumType(type), `${name} is not an enum of the SDL`).toBe(true);
    const values = isEnumType(type) ? type.getValues().map((value) => value.name) : [];
    expect(difference(values, entry.values), `${definedIn.get(name) ?? 'the SDL'}: enum ${name} against ${entry.vocabulary}`).toBeNull();
  });

  it('SituationInput has a field for every fact a household gives, and no other', () => {
    const input = schema.getType('SituationInput');
    const fields = isInputObjectType(input) ? Object.keys(input.getFields()) : [];
    expect(difference(fields, INPUT_FACTS), `${definedIn.get('SituationInput') ?? 'the SDL'}: SituationInput against vocabulary INPUT_FACTS`).toBeNull();
  });

  it('has an object type named as each entity label (codegen.ts maps them to the entity model by label)', () => {
    expect(ENTITY_LABELS.filter((label) => !isObjectType(schema.getType(label))), 'entity labels without a GraphQL object type of that name').toEqual([]);
  });

  it('names a failing tie by file and value', () => {
    expect(difference(['A', 'B'], ['A', 'C'])).toBe('missing [C], extra [B]');
    expect(definedIn.get('LinkType')).toBe('server/src/modules/entity/schema.graphql');
  });
});

describe('lists still copied by hand outside the vocabulary', () => {
  // TODO: the explorer imports these once it can share server modules; then drop the tie.
  it.each([
    ['client/src/graph/graph-style.ts ENTITY_TYPES', CLIENT_ENTITY_TYPES, ENTITY_TYPE_NAMES],
    ['client/src/situation/answers.ts HOUSEHOLD_GOALS', clientAnswers.HOUSEHOLD_GOALS, HOUSEHOLD_GOALS],
    ['client/src/situation/answers.ts HOUSING_SITUATIONS', clientAnswers.HOUSING_SITUATIONS, HOUSING_SITUATIONS],
    ['client/src/situation/answers.ts INSTITUTION_KINDS', clientAnswers.INSTITUTION_KINDS, INSTITUTION_KINDS],
    ['client/src/situation/answers.ts INCOME_SOURCES', clientAnswers.INCOME_SOURCES, INCOME_SOURCES],
  ] as const)('%s equals the vocabulary', (where, actual, expected) => {
    expect(difference(actual, expected), where).toBeNull();
  });
});
