/**
 * Compile-time ties between the vocabulary and the types codegen generates from the SDL: if an enum
 * in a schema.graphql gains or loses a value without the vocabulary (or the reverse), `npm run
 * typecheck` fails on the line of that enum. `vocabulary.test.ts` checks the same against the SDL
 * itself, so the tie holds even before `npm run codegen` is rerun.
 */
import type * as Generated from '../generated/graphql.ts';
import type { DetailKindName, EntityTypeName, HouseholdGoal, HousingSituation, IncomeSource, InputFact, InstitutionKind, LinkType, ResponsibilityRole, StepRole } from './index.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Tie<T extends true> = T;

export type GraphQLTies = [
  Tie<Same<Generated.EntityType, EntityTypeName>>,
  Tie<Same<Generated.LinkType, LinkType>>,
  Tie<Same<Generated.InstrumentDetailKind, DetailKindName>>,
  Tie<Same<Generated.StepRole, StepRole>>,
  Tie<Same<Generated.HouseholdGoal, HouseholdGoal>>,
  Tie<Same<Generated.HousingSituation, HousingSituation>>,
  Tie<Same<Generated.InstitutionKind, InstitutionKind>>,
  Tie<Same<Generated.IncomeSource, IncomeSource>>,
  Tie<Same<keyof Generated.SituationInput, InputFact>>,
  Tie<Same<Generated.InstrumentRole, ResponsibilityRole>>,
];
