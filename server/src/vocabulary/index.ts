/**
 * The domain vocabulary, in one place: node labels (and which are entities), relationship types
 * (link fields, structural types and the named subsets read by modules and Cypher), instrument
 * detail kinds, situation facts and household goals, and each label's GraphQL type name. Seeds,
 * modules, Cypher checks and tests import from here; `vocabulary.test.ts` ties the SDL enums and
 * the lists that remain in cypher/ files to it, and `graphql-ties.ts` the generated GraphQL types.
 */
export * from './labels.ts';
export * from './relationships.ts';
export * from './situation.ts';
export * from './revisions.ts';
export * from './uris.ts';
