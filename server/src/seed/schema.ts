/**
 * The seed format: the single definition of what a file in seeds/ may contain. TypeScript types,
 * validation and seeds/schema.json (for editors) all come from here. See docs/graph-model.md.
 */
import { z } from 'zod';
import { HOUSEHOLD_GOALS, RELATION_TYPES, SITUATION_FACTS } from '../vocabulary/index.ts';

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
  /** Only where it is not `<owner>-name-<n>` (its place in the list): a name an edit added keeps its own id. */
  id: idSchema.optional(),
  name: nameSchema,
  abbreviation: z.string().min(1).optional(),
  ...validity,
  ...provenance,
});

/** Everyday words for an entity, per language, each at most 80 characters. */
const termListSchema = z.array(z.string().min(1).max(80)).min(1);
/**
 * Words people type when they mean this entity without knowing its name ("husleie" for bostøtte):
 * synonyms and related terms, indexed for search. Vocabulary, not a policy fact, so unsourced.
 */
export const searchTermsSchema = z.strictObject({ nb: termListSchema.optional(), nn: termListSchema.optional(), en: termListSchema.optional() });

const entityBase = {
  id: idSchema,
  name: nameSchema,
  abbreviation: z.string().min(1).optional(),
  description: textSchema.optional(),
  searchTerms: searchTermsSchema.optional(),
  /** Earlier (or later) names with their periods; `name` is the current name. */
  names: z.array(namePeriodSchema).optional(),
  ...validity,
  ...provenance,
};

/** What a source's own address is, when it is not the publisher's official page. */
export const URL_FLAGS = ['document_copy', 'mirror', 'staging_host', 'municipal_copy'] as const;
/** What a verification was made against: the live page, or a stored copy of it. */
export const VERIFICATION_BASES = ['live_page', 'stored_copy'] as const;

/**
 * Someone opened the source (live or a stored copy) and checked every fact that cites it; facts
 * the source did not support were corrected, re-sourced or marked unverified in the same change.
 * Absent: nobody has checked the source since the fact was compiled.
 */
export const verificationSchema = z.strictObject({
  /** The day of the check. */
  on: dateSchema,
  against: z.enum(VERIFICATION_BASES),
  /** For a stored copy: where the copy is kept (for example "search corpus `pages`"). */
  copy: z.string().min(1).optional(),
  /** The date the stored copy was taken, when the store says it. */
  copyDate: dateSchema.optional(),
  /** The address actually read, when it differs from `url` (a redirect or the new official page). */
  readUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** What was confirmed or corrected, in a sentence. */
  note: textSchema.optional(),
});

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  /** The date the facts citing this source were compiled from it (not a check of the page). */
  compiledOn: dateSchema,
  verification: verificationSchema.optional(),
  /** Set when `url` is not the publisher's official page: a copy site, a mirror or a staging host. */
  urlFlag: z.enum(URL_FLAGS).optional(),
  confidence: confidenceSchema,
  note: textSchema.optional(),
});

export const ACTOR_KINDS = ['ministry', 'directorate', 'agency', 'municipality', 'municipal_service', 'county_governor', 'appeal_body', 'other'] as const;
export const municipalityNumberSchema = z.string().regex(/^\d{4}$/, 'must be a four-digit kommunenummer such as "0301"');
export const actorSchema = z.strictObject({
  ...entityBase,
  kind: z.enum(ACTOR_KINDS),
  /** For a single municipality: its kommunenummer (as in force over the actor's validity). */
  municipalityNumber: municipalityNumberSchema.optional(),
  /** The actor's own web site. */
  url: z.url({ protocol: /^https?$/ }).optional(),
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
  /** The official text: Lovdata for acts, regulations and their sections (section-anchored). */
  url: z.url({ protocol: /^https?$/ }).optional(),
  ownedBy: links,
  partOf: links,
  replacedBy: links,
});

export const targetGroupSchema = z.strictObject({ ...entityBase, subgroupOf: links });

export const GOAL_KINDS = ['national_goal', 'priority_area', 'special_effort', 'legal_purpose'] as const;
export const goalSchema = z.strictObject({ ...entityBase, kind: z.enum(GOAL_KINDS) });

/**
 * Strategies and the structures that carry them out: a joint guide (veiviseren.no), yearly joint
 * action plans, and partnership programmes with municipalities.
 */
export const STRATEGY_KINDS = ['strategy', 'white_paper', 'act', 'guide', 'action_plan', 'programme'] as const;
export const strategySchema = z.strictObject({
  ...entityBase,
  kind: z.enum(STRATEGY_KINDS),
  /** The strategy's own page (or the guide's web site). */
  url: z.url({ protocol: /^https?$/ }).optional(),
  goals: links,
  /** Ministries or agencies that stand behind it (for an action plan: the agencies that committed). */
  committedBy: links,
  prioritises: links,
  replacedBy: links,
  /** The strategy this guide, action plan or programme carries out (PART_OF). */
  partOf: links,
  /** An earlier strategy this one follows on from (FOLLOWS), when it does not simply replace it. */
  follows: links,
  /** The actor that coordinates it (Husbanken coordinates Bolig for velferd). */
  coordinatedBy: links,
  /** The actor that publishes or runs it (Husbanken runs veiviseren.no). */
  publishedBy: links,
  /** Members of a partnership programme: municipalities, each as an actor of kind municipality. */
  members: links,
});

/* ---------- eligibility criteria as data ---------- */

/* The situation's facts and enumerated values live in the vocabulary (server/src/vocabulary/). */

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
  /**
   * Compare with a limit table instead (see `limitTables`): the engine picks the table in force at
   * the date, the household size's row and the municipality group from `municipalityNumber`, and
   * multiplies the table's value by `scale` (12 compares monthly limits with a yearly income).
   */
  valueFromTable: z.strictObject({ table: idSchema, scale: z.number().positive().default(1) }).optional(),
  /**
   * Values of the fact that do not decide the comparison either way: the outcome is UNKNOWN for
   * them ("staying with others" neither proves nor rules out own housing costs).
   */
  unknownWhen: z.array(scalar).min(1).optional(),
  /**
   * The value to read when the household has not answered: only for a fact whose silence has a
   * plain meaning in that place ("in an institution, and not said to be in prison" reads as "not
   * in prison"). The fact is still asked for as an open question when it matters.
   */
  whenUnknown: scalar.optional(),
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

/** Every comparison in a condition, depth first. */
export function comparisonsIn(condition: Condition): Comparison[] {
  if ('anyOf' in condition) return condition.anyOf.flatMap(comparisonsIn);
  if ('allOf' in condition) return condition.allOf.flatMap(comparisonsIn);
  if ('not' in condition) return comparisonsIn(condition.not);
  return [condition];
}

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

/** A fact a caseworker needs about an instrument (processing time, a document to bring), sourced. */
export const instrumentDetailSchema = z.strictObject({
  text: textSchema,
  ...provenance,
});
/** A web page for the household or caseworker (where to apply, where to read more), sourced. */
export const pageSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  title: textSchema.optional(),
  ...provenance,
});

export const instrumentSchema = z.strictObject({
  ...entityBase,
  /** Primary kind first; some instruments are both a service and a legal right. */
  kinds: z.array(z.enum(INSTRUMENT_KINDS)).min(1),
  /** Money or provision that goes to municipalities or builders, not to a household. */
  supplySide: z.boolean().default(false),
  /** What a household can use it for, for matching a situation's goals. */
  householdGoals: z.array(z.enum(HOUSEHOLD_GOALS)).default([]),
  howToApply: textSchema.optional(),
  /** The agency's application page (a digital form, or the page that says how to apply). */
  applicationPage: pageSchema.optional(),
  /** The agency's information page about the instrument. */
  informationPage: pageSchema.optional(),
  /** Typical processing time, as the source states it. Absent: not found in the sources. */
  processingTime: instrumentDetailSchema.optional(),
  /** The deadline for an appeal (klagefrist), as the source states it. Absent: not found. */
  appealDeadline: instrumentDetailSchema.optional(),
  /** Documents to bring or attach. Absent: not found in the sources. */
  documents: z.array(instrumentDetailSchema).optional(),
  fundedBy: links,
  administeredBy: links,
  decidedBy: links,
  deliveredBy: links,
  /** Where the household applies (APPLIES_TO): the municipality, the NAV office, Husbanken. */
  applyTo: links,
  /** The body that decides an appeal (APPEALS_TO): Klagenemnda for Husbanken, Statsforvalteren. Never a decider. */
  appealsTo: links,
  basedOn: links,
  /** An explicit statement that the instrument has no legal basis of its own. */
  noLegalBasisNote: textSchema.optional(),
  targets: links,
  servesGoals: links,
  replacedBy: links,
  criteria: z.array(criterionSchema).optional(),
  /**
   * Needs the facts can reveal without the household naming a goal (payment problems → debt
   * advice; no home of one's own → temporary accommodation). An instrument whose `when` is MET is
   * INDICATED: it is grouped with what the household asked for as "also relevant" and ordered by
   * it. Indications never change the status, which eligibility alone decides.
   */
  indicatedWhen: z
    .array(z.strictObject({ when: conditionSchema, reason: textSchema, ...provenance }))
    .optional(),
});

/** One municipality listed in a limit table's group, with the number it had then. */
export const groupMunicipalitySchema = z.strictObject({
  number: municipalityNumberSchema,
  name: z.string().min(1),
  /**
   * True for a later number whose municipality only partly lay in this group (a merger): the
   * engine then treats the household as between this group and the group of all others.
   */
  partly: z.boolean().default(false),
  /** When the number meant this (a number kept through a merger changes meaning on the merger's date). */
  ...validity,
  note: textSchema.optional(),
});

/** One municipality group's values: entry i is for a household of i + 1 persons. */
export const limitGroupSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  municipalities: z.array(groupMunicipalitySchema).default([]),
  /** The group for every municipality not listed in another group. */
  allOthers: z.boolean().default(false),
  values: z.array(z.number().nonnegative()).min(1),
});

/**
 * A table of limits by household size and municipality group, valid for a period (bostøtte's
 * upper income limits). Larger households than the table covers are not decided by it.
 */
export const limitTableSchema = z.strictObject({
  ...entityBase,
  unit: z.enum(['NOK_PER_MONTH', 'NOK_PER_YEAR']),
  groups: z.array(limitGroupSchema).min(1),
  /** Where the agency publishes today's values (a calculator): the explanation links it for later dates. */
  currentValuesPage: pageSchema.optional(),
});
export type LimitTableSeed = z.infer<typeof limitTableSchema>;

export const relationSchema = z.strictObject({
  /** Stable id, e.g. the pattern id from the domain notes ("c1", "x3"). */
  id: idSchema,
  type: z.enum(RELATION_TYPES),
  from: idSchema,
  to: idSchema,
  /** The situation it serves (COMBINES_WITH), the rule (PRECONDITION_FOR) or the reason (EXCLUDES). */
  rationale: textSchema,
  /**
   * The households the reason fits (a relation about owners at risk of forced sale does not explain
   * a tenant's plan). Absent: every household. The engine leaves a relation out of a plan when its
   * condition is NOT_MET for the household.
   */
  appliesWhen: conditionSchema.optional(),
  ...validity,
  ...provenance,
});

/**
 * A notice the results show first when its condition holds: what to do now and whom to call
 * (an eviction notice: the eviction route, the NAV office, the municipality). Sourced like any fact.
 */
export const noticeSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['urgent', 'information']),
  when: conditionSchema,
  title: textSchema,
  text: textSchema,
  /** What to do, in order. */
  steps: z.array(textSchema).min(1),
  /** Whom to contact, as actors. */
  contacts: links,
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
  limitTables: limitTableSchema,
  relations: relationSchema,
  notices: noticeSchema,
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
  limitTables: z.array(limitTableSchema).optional(),
  relations: z.array(relationSchema).optional(),
  notices: z.array(noticeSchema).optional(),
});
export type SeedFile = z.infer<typeof seedFileSchema>;
