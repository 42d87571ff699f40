/**
 * The seed format: the single definition of what a file in seeds/ may contain. TypeScript types,
 * validation and seeds/schema.json (for editors) all come from here. See docs/graph-model.md.
 */
import { z } from 'zod';

/** Lowercase slug, stable forever: used in URLs and by API clients. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "startlan" (a–z, 0–9 and single hyphens)');

/** A calendar date written as YYYY-MM-DD. YAML would turn a bare date into a Date, so both are accepted. */
export const dateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ message: 'must be a date written as YYYY-MM-DD' }),
);

/** Text in bokmål (always), nynorsk and English (where given; readers fall back to bokmål and say so). */
export const textSchema = z.strictObject({
  nb: z.string().min(1),
  nn: z.string().min(1).optional(),
  en: z.string().min(1).optional(),
});
/** A name must exist in all three languages. */
export const nameSchema = z.strictObject({ nb: z.string().min(1), nn: z.string().min(1), en: z.string().min(1) });

export const CONFIDENCE_LEVELS = ['official', 'municipal', 'secondary', 'unverified'] as const;
export const confidenceSchema = z.enum(CONFIDENCE_LEVELS);

/** Fields every fact shares: when it holds and what supports it. */
const validity = {
  validFrom: dateSchema.optional(),
  validTo: dateSchema.optional(),
};
const provenance = {
  /** Ids of the sources that support this fact; at least one. */
  sources: z.array(idSchema).min(1),
  /** Overrides the confidence derived from the sources, e.g. `unverified` for an inferred fact. */
  confidence: confidenceSchema.optional(),
  /** Why a fact is unverified or local, or what still needs checking. */
  note: textSchema.optional(),
};

/** A reference to another node, with its own validity and, optionally, its own sources. */
const linkObjectSchema = z.strictObject({
  to: idSchema,
  ...validity,
  sources: z.array(idSchema).min(1).optional(),
  confidence: confidenceSchema.optional(),
  note: textSchema.optional(),
});
/** A bare id is short for `{ to: id }`, supported by the sources of the node it is written in. */
export const linkSchema = z.union([idSchema, linkObjectSchema]);
const links = z.array(linkSchema).optional();

/** A name the node had for a period (actors are renamed; KRD → KMD → KDD). */
const namePeriodSchema = z.strictObject({
  name: nameSchema,
  abbreviation: z.string().min(1).optional(),
  ...validity,
  ...provenance,
});

const entityBase = {
  id: idSchema,
  name: nameSchema,
  abbreviation: z.string().min(1).optional(),
  description: textSchema.optional(),
  /** Earlier (or later) names with their periods; `name` is the current name. */
  names: z.array(namePeriodSchema).optional(),
  ...validity,
  ...provenance,
};

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  /** The date someone last opened the URL and checked the facts that cite it. */
  checkedOn: dateSchema,
  confidence: confidenceSchema,
  note: textSchema.optional(),
});

export const ACTOR_KINDS = ['ministry', 'directorate', 'agency', 'municipality', 'municipal_service', 'county_governor', 'appeal_body', 'other'] as const;
export const actorSchema = z.strictObject({
  ...entityBase,
  kind: z.enum(ACTOR_KINDS),
  /** Ministry (or body) this actor answers to, over time. */
  answersTo: links,
  /** A role that is part of a larger actor (the NAV office is part of the municipality). */
  partOf: links,
  replacedBy: links,
});

export const LEGAL_BASIS_KINDS = ['act', 'regulation', 'section', 'circular', 'white_paper', 'other'] as const;
export const legalBasisSchema = z.strictObject({
  ...entityBase,
  kind: z.enum(LEGAL_BASIS_KINDS),
  /** Official reference such as LOV-2012-08-24-64 or FOR-2019-11-19-1542. */
  reference: z.string().min(1).optional(),
  ownedBy: links,
  partOf: links,
  replacedBy: links,
});

export const targetGroupSchema = z.strictObject({ ...entityBase, subgroupOf: links });

export const GOAL_KINDS = ['national_goal', 'priority_area', 'special_effort', 'legal_purpose'] as const;
export const goalSchema = z.strictObject({ ...entityBase, kind: z.enum(GOAL_KINDS) });

export const strategySchema = z.strictObject({
  ...entityBase,
  kind: z.enum(['strategy', 'white_paper', 'act']),
  goals: links,
  committedBy: links,
  prioritises: links,
  replacedBy: links,
});

/* ---------- eligibility criteria as data ---------- */

/**
 * Facts a criterion can test: every SituationInput field, plus facts derived from them
 * (`householdSize` = adults + children, `hasChildren` = children > 0).
 */
export const SITUATION_FACTS = [
  'municipalityNumber',
  'adults',
  'children',
  'householdSize',
  'hasChildren',
  'applicantAge',
  'annualHouseholdIncome',
  'housing',
  'goals',
  'bankLoanRefused',
  'canServiceLoan',
  'reducedFunctionalAbility',
  'substanceUseOrMentalHealth',
  'settledRefugee',
  'leavingChildWelfare',
  'leavingPrison',
  'student',
  'conscript',
  'paymentProblems',
] as const;
export type SituationFact = (typeof SITUATION_FACTS)[number];

export const HOUSING_SITUATIONS = ['HOMELESS', 'TEMPORARY_ACCOMMODATION', 'RENTING_PRIVATE', 'RENTING_MUNICIPAL', 'OWNER', 'LIVING_WITH_OTHERS', 'INSTITUTION'] as const;
export const HOUSEHOLD_GOALS = ['BUY_HOME', 'RENT_HOME', 'KEEP_HOME', 'ADAPT_HOME', 'SUPPORT_TO_LIVE', 'LOWER_HOUSING_COSTS'] as const;

const scalar = z.union([z.number(), z.boolean(), z.string()]);
export const COMPARISONS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'notIn', 'includesAny'] as const;

/** One comparison of a fact with a value, or with a value that depends on the household size. */
export const comparisonSchema = z.strictObject({
  fact: z.enum(SITUATION_FACTS),
  op: z.enum(COMPARISONS),
  value: z.union([scalar, z.array(scalar)]).optional(),
  /**
   * Thresholds by household size: entry i applies to a household of i + 1 persons; the last entry
   * applies to every larger household. Used for income limits.
   */
  valueByHouseholdSize: z.array(z.number()).min(1).optional(),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export type Condition = Comparison | { anyOf: Condition[] } | { allOf: Condition[] } | { not: Condition };
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    comparisonSchema,
    z.strictObject({ anyOf: z.array(conditionSchema).min(1) }),
    z.strictObject({ allOf: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

export const criterionSchema = z.strictObject({
  id: idSchema,
  /** The condition as a plain statement: "Banken har avslått lån". */
  text: textSchema,
  /**
   * The check against a household's situation. Leave it out for a condition that no SituationInput
   * fact can answer (a residence permit, say): the engine then lists it as something the caseworker
   * must check, and it does not change the instrument's status.
   */
  test: conditionSchema.optional(),
  /** When true, a NOT_MET outcome makes the instrument UNLIKELY. */
  required: z.boolean().default(true),
  /** When true, the decision rests on discretion: the best the household can get is POSSIBLE. */
  discretionary: z.boolean().default(false),
  /**
   * Plain-language explanations per outcome. `{threshold}`, `{householdSize}` and `{value}` are
   * filled in by the situation engine, formatted for the reader's language.
   */
  explain: z
    .strictObject({ met: textSchema.optional(), notMet: textSchema.optional(), unknown: textSchema.optional() })
    .optional(),
  /** What would need to change for a NOT_MET criterion to be met ("why not"). */
  whyNot: textSchema.optional(),
  /** The year a threshold applies to, when the source gives it. */
  thresholdYear: z.number().int().min(1990).max(2100).optional(),
  ...validity,
  ...provenance,
});
export type CriterionSeed = z.infer<typeof criterionSchema>;

export const INSTRUMENT_KINDS = [
  'loan',
  'grant',
  'allowance',
  'guarantee',
  'service',
  'advice',
  'housing_provision',
  'legal_right',
  'legal_instrument',
  'policy_commitment',
  'supply_side_grant',
  'supply_side_loan',
] as const;

export const instrumentSchema = z.strictObject({
  ...entityBase,
  /** Primary kind first; some instruments are both a service and a legal right. */
  kinds: z.array(z.enum(INSTRUMENT_KINDS)).min(1),
  /** Money or provision that goes to municipalities or builders, not to a household. */
  supplySide: z.boolean().default(false),
  /** What a household can use it for, for matching a situation's goals. */
  householdGoals: z.array(z.enum(HOUSEHOLD_GOALS)).default([]),
  howToApply: textSchema.optional(),
  documents: z.array(textSchema).optional(),
  fundedBy: links,
  administeredBy: links,
  decidedBy: links,
  deliveredBy: links,
  basedOn: links,
  /** An explicit statement that the instrument has no legal basis of its own. */
  noLegalBasisNote: textSchema.optional(),
  targets: links,
  servesGoals: links,
  replacedBy: links,
  criteria: z.array(criterionSchema).optional(),
});

/** Typed relations between instruments (and other pairs) that need their own explanation. */
export const RELATION_TYPES = ['COMBINES_WITH', 'PRECONDITION_FOR', 'EXCLUDES'] as const;
export const relationSchema = z.strictObject({
  /** Stable id, e.g. the pattern id from the domain notes ("c1", "x3"). */
  id: idSchema,
  type: z.enum(RELATION_TYPES),
  from: idSchema,
  to: idSchema,
  /** The situation it serves (COMBINES_WITH), the rule (PRECONDITION_FOR) or the reason (EXCLUDES). */
  rationale: textSchema,
  ...validity,
  ...provenance,
});

/** The item schema of each top-level list, so entries can be validated (and reported) one by one. */
export const COLLECTION_SCHEMAS = {
  sources: sourceSchema,
  actors: actorSchema,
  legalBases: legalBasisSchema,
  targetGroups: targetGroupSchema,
  goals: goalSchema,
  strategies: strategySchema,
  instruments: instrumentSchema,
  relations: relationSchema,
} as const;

export const seedFileSchema = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(sourceSchema).optional(),
  actors: z.array(actorSchema).optional(),
  legalBases: z.array(legalBasisSchema).optional(),
  targetGroups: z.array(targetGroupSchema).optional(),
  goals: z.array(goalSchema).optional(),
  strategies: z.array(strategySchema).optional(),
  instruments: z.array(instrumentSchema).optional(),
  relations: z.array(relationSchema).optional(),
});
export type SeedFile = z.infer<typeof seedFileSchema>;
