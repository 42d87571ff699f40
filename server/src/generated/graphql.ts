import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityModel as EntityModelModel, NodeModel as NodeModelModel, LinkModel as LinkModelModel, SummaryModel as SummaryModelModel, SourceModel as SourceModelModel, NamePeriodModel as NamePeriodModelModel, InstrumentDetailModel as InstrumentDetailModelModel } from '../modules/entity/entity-model.ts';
import type { SituationResult as SituationResultModel } from '../modules/situation/engine/types.ts';
import type { AssessmentModel as AssessmentModelModel, CombinationModel as CombinationModelModel, NoticeModel as NoticeModelModel, CombinationStepModel as CombinationStepModelModel } from '../modules/situation/models.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date written as YYYY-MM-DD (ISO 8601), in Norwegian time. `asOf` arguments default to today. */
  Date: { input: string; output: string; }
  /**
   * An instant written as an ISO 8601 date-time with an offset, e.g. `2024-04-01T08:00:00Z`.
   * `knownAt` arguments default to now.
   */
  DateTime: { input: string; output: string; }
};

/** Ministry, directorate, agency, municipal service, county governor or appeal body. */
export type Actor = Entity & Node & {
  __typename?: 'Actor';
  abbreviation: Maybe<Scalars['String']['output']>;
  /** The ministry (or body) it answers to at `asOf`. */
  answersTo: Array<EntitySummary>;
  confidence: Confidence;
  /** Strategies, guides, action plans and programmes it coordinates or publishes at `asOf`. */
  coordinates: Array<EntitySummary>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  inForce: Scalars['Boolean']['output'];
  /** Instruments it funds, administers, decides, delivers, takes applications for or hears appeals on at `asOf`, with the role as the link type. */
  instruments: Array<Link>;
  /** ministry, directorate, agency, municipality, municipal_service, county_governor, appeal_body or other. */
  kind: Scalars['String']['output'];
  links: Array<Link>;
  /** Partnership programmes it is a member of at `asOf`. */
  memberOf: Array<EntitySummary>;
  missingTranslations: Array<Scalars['String']['output']>;
  /** For a single municipality: its kommunenummer. */
  municipalityNumber: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Earlier names with their periods, oldest first; `name` gives the one in force at `asOf`. */
  nameHistory: Array<NamePeriod>;
  note: Maybe<Scalars['String']['output']>;
  replacedBy: Array<EntitySummary>;
  /** Agencies that answer to it at `asOf`. */
  responsibleFor: Array<EntitySummary>;
  sources: Array<Source>;
  /** Strategies it committed to. */
  strategies: Array<EntitySummary>;
  type: EntityType;
  /** The actor's own web site. */
  url: Maybe<Scalars['String']['output']>;
  validFrom: Maybe<Scalars['Date']['output']>;
  validTo: Maybe<Scalars['Date']['output']>;
  /** Published version of this entity (1 at its first import); a change drafted against an older one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/** Ministry, directorate, agency, municipal service, county governor or appeal body. */
export type ActorLinksArgs = {
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<LinkType>>;
};

export type ActorConnection = {
  __typename?: 'ActorConnection';
  nodes: Array<Actor>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An actor in one role for an instrument, by a relationship in force at the date asked for. */
export type ActorInRole = {
  __typename?: 'ActorInRole';
  /** The actor. */
  actor: EntitySummary;
  /** The role the relationship gives the actor. */
  role: InstrumentRole;
};

export type AddRelationInput = {
  basis: ChangeBasis;
  /** The entity at the other end (the relation leaves `basis.entityId`). */
  to: Scalars['ID']['input'];
  type: LinkType;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type AddSourceInput = {
  /** When the facts were written down from it (default today). */
  compiledOn?: InputMaybe<Scalars['Date']['input']>;
  /**
   * How authoritative the publisher is: OFFICIAL for a ministry, directorate or Lovdata page. Facts
   * citing it are unverified until someone records a check of the page.
   */
  confidence?: InputMaybe<Confidence>;
  /** A new stable slug for the source. */
  id: Scalars['ID']['input'];
  publisher: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  title: Scalars['String']['input'];
  url: Scalars['String']['input'];
};

/** The ministry's instruments that one actor administers. */
export type AdministeringGroup = {
  __typename?: 'AdministeringGroup';
  /** The administering actor (ADMINISTERED_BY); null for instruments with no administering actor recorded. */
  administrator: Maybe<EntitySummary>;
  /** Its instruments, by name. An instrument with two administering actors is in both groups. */
  instruments: Array<MinistryInstrument>;
};

/** One instrument against the household's situation, criterion by criterion. */
export type Assessment = {
  __typename?: 'Assessment';
  /** The tested criteria in their stored order. Goals are not criteria: they decide `relevance`. */
  criteria: Array<CriterionResult>;
  /** True when the decision rests on judgement: the card says who judges (the instrument's `decidedBy`). */
  discretionary: Scalars['Boolean']['output'];
  /** The instrument assessed. */
  instrument: Instrument;
  /** Its id, for clients that already hold the instrument. */
  instrumentId: Scalars['ID']['output'];
  /** The goals it serves and the needs it meets, in plain language, in the language asked for. */
  reasons: Array<Scalars['String']['output']>;
  /** Why it belongs in this answer: ASKED (a goal the household named), INDICATED (a need the facts reveal) or OTHER. */
  relevance: Relevance;
  /** False when the instrument serves none of the household's goals. */
  servesGoal: Scalars['Boolean']['output'];
  /** LIKELY, POSSIBLE or UNLIKELY, from the criteria below. */
  status: AssessmentStatus;
  /** Conditions no situation fact can answer (a residence permit, say): the caseworker must check them. They do not change the status. */
  toCheck: Array<CheckItem>;
  /** For UNLIKELY: what would need to change, one per unmet required criterion. Empty otherwise. */
  whyNot: Array<WhyNot>;
};

/**
 * How likely an instrument is to apply to the household, from eligibility alone. What the household
 * asked for and the needs its facts reveal decide the grouping and order (`relevance`), not the status.
 */
export type AssessmentStatus =
  /**
   * "Aktuelt": every required criterion the facts can test is met. The decision may still rest on
   * judgement (`discretionary`); the card then says who judges.
   */
  | 'LIKELY'
  /** "Kan være aktuelt": no required criterion is unmet, but one is not known yet. */
  | 'POSSIBLE'
  /** "Lite aktuelt": a required criterion is not met (`whyNot` says what would have to change). */
  | 'UNLIKELY';

/** One domain operation on one entity, with its reason, its sources and the diff it makes. */
export type Change = {
  __typename?: 'Change';
  /** The entity's version the change was drafted against; publishing refuses a newer one with CONFLICT. */
  baseVersion: Scalars['Int']['output'];
  /** The entity the change is about (a relation's change is about the entity it leaves). */
  entityId: Scalars['ID']['output'];
  entityType: Maybe<EntityType>;
  /** Field by field, before and after. */
  fields: Array<FieldChange>;
  id: Scalars['ID']['output'];
  operation: ChangeOperation;
  reason: Scalars['String']['output'];
  /** Sources cited for the change (at least one). */
  sourceIds: Array<Scalars['ID']['output']>;
  /** One line in the reading language, e.g. `Navn fra 2024-01-01: Kommunal- og distriktsdepartementet`. */
  summary: Scalars['String']['output'];
};

/** What every change says besides its operation. */
export type ChangeBasis = {
  /** The version of that entity the change is drafted against (`version` on the entity). */
  baseVersion: Scalars['Int']['input'];
  /** The entity changed (for a relation, the entity it leaves). */
  entityId: Scalars['ID']['input'];
  /** Why, in a sentence or two, for the reviewer and the audit trail. */
  reason: Scalars['String']['input'];
  /** Ids of `Source` entities that support the change; at least one (add a new one with `addSource`). */
  sourceIds: Array<Scalars['ID']['input']>;
};

/** A page of the change feed, newest first. */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  nodes: Array<ChangeEntry>;
  pageInfo: PageInfo;
};

/**
 * One entry of the change feed: a published change to one entity, with its publication, reason,
 * sources and field diff; or a publication that recorded no changes of its own (the first seed
 * import), shown as one entry ("imported N records"). Only published change sets appear; drafts
 * and change sets waiting for review never do.
 */
export type ChangeEntry = {
  __typename?: 'ChangeEntry';
  /** Who wrote the change set (names only, never e-mail). */
  author: Person;
  /** The change itself: operation, its own reason, cited source ids, a one-line summary and the field diff. Null for a publication without changes. */
  change: Maybe<Change>;
  /** Why the change set was made, as its author wrote it. */
  changeSetReason: Scalars['String']['output'];
  /** The entry's position in the feed: pass as `after` to read the changes older than this one. */
  cursor: Scalars['String']['output'];
  /** The entity the change is about, as it was published then. Null for a publication without changes. */
  entity: Maybe<ChangedEntity>;
  /** Stable id: the change's id (a UUID), or the change set's id for a publication without changes. */
  id: Scalars['ID']['output'];
  /** The publication the change was part of: its revision, when, what kind and the change set's title. */
  publication: Publication;
  /** For a publication without changes (the first seed import): how many entities it brought into the graph. */
  recordCount: Maybe<Scalars['Int']['output']>;
  /** Who reviewed and published it; for a seed import, `npm run seed`. */
  reviewer: Maybe<Person>;
  /** The cited sources as they stood at the publication (title and address). */
  sources: Array<CitedSource>;
  /**
   * The entry as one readable paragraph in the reading language, as the Atom feeds show it, e.g.
   * `Startlån: Endret fakta: description. Publisert 2. desember 2026. Begrunnelse: … Kilde: …`.
   */
  text: Scalars['String']['output'];
};

/** The domain operation a change performs. */
export type ChangeOperation =
  | 'ADD_RELATION'
  | 'ADD_SOURCE'
  | 'END_ENTITY'
  | 'END_RELATION'
  | 'MOVE_RESPONSIBILITY'
  | 'RENAME'
  /** One record of a seed import (created, changed or closed). */
  | 'SEED_RECORD'
  | 'UPDATE_FACTS';

/**
 * A set of changes published together or not at all. Drafted by an editor, published by a reviewer
 * who is not its author.
 */
export type ChangeSet = {
  __typename?: 'ChangeSet';
  author: Person;
  changes: Array<Change>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: ChangeSetKind;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Why the changes are made, for the reviewer and the audit trail. */
  reason: Scalars['String']['output'];
  /** The reviewer's note on a rejection (or on publishing). */
  reviewNote: Maybe<Scalars['String']['output']>;
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  reviewer: Maybe<Person>;
  /** The publication this change set became (its revision number); null until published. */
  revision: Maybe<Scalars['Int']['output']>;
  status: ChangeSetStatus;
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
};

export type ChangeSetConnection = {
  __typename?: 'ChangeSetConnection';
  nodes: Array<ChangeSet>;
  pageInfo: PageInfo;
};

export type ChangeSetKind =
  /** Written by an editor. */
  | 'EDIT'
  /** The differences between `seeds/` and the graph, filed by `npm run seed`. */
  | 'SEED_IMPORT';

export type ChangeSetStatus =
  /** Being written by its author; only the author sees and changes it. */
  | 'DRAFT'
  /** Published: part of the graph and of the audit trail, never changed again. */
  | 'PUBLISHED'
  /** Refused by a reviewer, with a note. */
  | 'REJECTED'
  /** Waiting for a reviewer. */
  | 'SUBMITTED'
  /** Taken back by its author before review. */
  | 'WITHDRAWN';

/** The entity a change is about. */
export type ChangedEntity = {
  __typename?: 'ChangedEntity';
  /** Its Atom feed as a path, `/feeds/{type}/{id}.atom`. Null for a part of an entity. */
  feedPath: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Its name in the reading language as the change published it (a source's title, a criterion's text); the id when there is none. */
  name: Scalars['String']['output'];
  /** Its type; null for a part of an entity a seed import changed on its own (an instrument's detail, a name period). */
  type: Maybe<EntityType>;
  /**
   * Its persistent URI as a path, `/id/{type}/{id}` (e.g. `/id/instrument/startlan`): resolve it
   * against the server's public address. Null for a part of an entity.
   */
  uriPath: Maybe<Scalars['String']['output']>;
};

/** A condition the caseworker must check by hand. */
export type CheckItem = {
  __typename?: 'CheckItem';
  /** The criterion in the graph. */
  criterionId: Scalars['ID']['output'];
  /** The language of `text`: bokmål when the requested language is missing. */
  language: Lang;
  /** Ids of the sources supporting the criterion. */
  sourceIds: Array<Scalars['ID']['output']>;
  /** The condition to check, as stored. */
  text: Scalars['String']['output'];
};

/** A source a change cites, as it stood when the change was published. */
export type CitedSource = {
  __typename?: 'CitedSource';
  id: Scalars['ID']['output'];
  publisher: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};

/**
 * Instruments to use together, in the order to apply, from the typed relations in the graph. A plan is
 * built around one anchor (an instrument the household asked for or needs) and holds at most 5 steps:
 * the anchor, its preconditions (PRECONDITION_FOR into it) and its own patterns (COMBINES_WITH and
 * PRECONDITION_FOR from it), most relevant first. Alternatives are separate plans, never steps of one:
 * two instruments related by EXCLUDES ("not both for the same need": rent-to-own or a start-up loan
 * now) never share a plan, and what a plan leaves out that way is in `leftOut`. Only relations whose
 * condition fits the household give steps or reasons. Each step's own reason is `steps[].reason`.
 */
export type Combination = {
  __typename?: 'Combination';
  /** The instrument the plan is built around. */
  anchorId: Scalars['ID']['output'];
  /** Their ids, in the same order. */
  instrumentIds: Array<Scalars['ID']['output']>;
  /** In the order to apply: preconditions first. */
  instruments: Array<Instrument>;
  /** Alternatives: instruments left out of this plan because they exclude one in it (EXCLUDES), each once; another plan may hold them. */
  leftOut: Array<LeftOut>;
  /** The relations' rationales, in step order, as one text. Kept for older clients: `steps[].reason` is the reason next to each step. */
  rationale: Scalars['String']['output'];
  /** The rationales one by one (every relation among the steps, in step order). `steps[].reason` is the per-step reason. */
  rationales: Array<Scalars['String']['output']>;
  /** The COMBINES_WITH and PRECONDITION_FOR relations among the steps. */
  relationIds: Array<Scalars['ID']['output']>;
  /** Ids of the sources supporting those relations. */
  sourceIds: Array<Scalars['ID']['output']>;
  /** The same order, with who owns each step and why it is there (`reason`). */
  steps: Array<CombinationStep>;
};

/** One step of a combination. */
export type CombinationStep = {
  __typename?: 'CombinationStep';
  /** Instruments in this plan that must be tried first (PRECONDITION_FOR). */
  after: Array<Scalars['ID']['output']>;
  /** True for the plan's anchor. */
  anchor: Scalars['Boolean']['output'];
  /** The instrument to apply at this step. */
  instrument: Instrument;
  /** Its id. */
  instrumentId: Scalars['ID']['output'];
  /** Who decides on or delivers this step, named as at `asOf`. */
  owners: Array<StepOwner>;
  /** 1-based place in the order of application. */
  position: Scalars['Int']['output'];
  /**
   * Why this step is in the plan and in this place: the rationale of the relation that orders it (a
   * precondition from an earlier step), else of the relation that brought it in, in the requested
   * language. Each relation explains one step only. Null for the anchor when nothing orders it: it is
   * there because the household asked for it or needs it (the assessment's `reasons`).
   */
  reason: Maybe<Scalars['String']['output']>;
  /** The language of `reason`: bokmål when the requested language is missing. Null with `reason`. */
  reasonLanguage: Maybe<Lang>;
  /** The relation `reason` comes from. */
  reasonRelationId: Maybe<Scalars['ID']['output']>;
  /** Ids of the sources supporting that relation. */
  reasonSourceIds: Array<Scalars['ID']['output']>;
};

/** How well a fact is supported, from the best of its sources unless the fact itself is marked lower. */
export type Confidence =
  /** Stated only by a municipality: local practice, which may differ elsewhere. */
  | 'MUNICIPAL'
  /** Stated by an official national source (ministry, directorate, lovdata, regjeringen). */
  | 'OFFICIAL'
  /** Stated only by a secondary source (press, reports). */
  | 'SECONDARY'
  /** Inferred or not yet checked against a source: verify before relying on it. */
  | 'UNVERIFIED';

/** One cell of the coverage matrix: the instrument links to the column itself. */
export type CoverageCell = {
  __typename?: 'CoverageCell';
  /** Id of the column's target group or goal. */
  column: Scalars['ID']['output'];
  /** How well the link is supported. */
  confidence: Confidence;
  /** True when the link cites at least one source. */
  sourced: Scalars['Boolean']['output'];
  /** True when the link is marked unverified: check it before relying on it. */
  unverified: Scalars['Boolean']['output'];
  /** Start of the link's period; null when open. */
  validFrom: Maybe<Scalars['Date']['output']>;
  /** End of the link's period (inclusive); null when open. */
  validTo: Maybe<Scalars['Date']['output']>;
};

/** One column of the coverage matrix: a target group or goal in force. */
export type CoverageColumn = {
  __typename?: 'CoverageColumn';
  /**
   * Rows with a cell in this column. Without filters it equals the column's count in
   * `coverage.instrumentsPerTargetGroup` or `coverage.instrumentsPerGoal` for the same date.
   */
  count: Scalars['Int']['output'];
  /** The target group or goal. */
  entity: EntitySummary;
};

/** Which entities are the columns of the coverage matrix, and which link makes a cell. */
export type CoverageDimension =
  /** Goals in force; a cell is the instrument's own SERVES_GOAL link. */
  | 'GOAL'
  /** Target groups in force; a cell is the instrument's own TARGETS link. */
  | 'TARGET_GROUP';

/**
 * Instruments against target groups or goals at a date. Only direct links count: an instrument that
 * targets a subgroup (SUBGROUP_OF) has no cell in its parent's column, and the reverse.
 */
export type CoverageMatrix = {
  __typename?: 'CoverageMatrix';
  /** The date the matrix describes. */
  asOf: Scalars['Date']['output'];
  /** Number of cells: the sum of the row counts, and of the column counts. */
  cellCount: Scalars['Int']['output'];
  /** Every target group or goal in force, by name; filters never remove a column, so gaps show. */
  columns: Array<CoverageColumn>;
  /** The columns' dimension. */
  dimension: CoverageDimension;
  /** Columns that no row links to. */
  emptyColumnCount: Scalars['Int']['output'];
  /** Instruments in force that pass the filters, by name in the reading language. */
  rows: Array<CoverageRow>;
};

/** Where the instruments in force reach, and where they do not, at a date. */
export type CoverageReport = {
  __typename?: 'CoverageReport';
  asOf: Scalars['Date']['output'];
  /** Instruments in force per actor (any role), most first. */
  instrumentsPerActor: Array<EntityCount>;
  /** Instruments in force per goal, most first. */
  instrumentsPerGoal: Array<EntityCount>;
  /** Instruments in force per target group, most first. */
  instrumentsPerTargetGroup: Array<EntityCount>;
  /** Instruments in force that serve no goal. */
  instrumentsWithoutGoal: Array<EntitySummary>;
  /**
   * Goals in force that no instrument in force serves, although the graph links instruments to the
   * goal at some date: a gap at `asOf`.
   */
  uncoveredGoals: Array<EntitySummary>;
  /** Target groups in force that no instrument in force targets. */
  uncoveredTargetGroups: Array<EntitySummary>;
  /**
   * Goals in force that the graph links to no instrument at any date. Not a finding about policy:
   * nobody has mapped instruments to these goals yet (most 2014–2020 goals of Bolig for velferd).
   */
  unmappedGoals: Array<EntitySummary>;
};

/** One row of the coverage matrix: an instrument in force and the columns it links to. */
export type CoverageRow = {
  __typename?: 'CoverageRow';
  /** The actors funding, administering, deciding or delivering it, in that order of roles. */
  actors: Array<ActorInRole>;
  /** Its cells, one per column it links to, in column order. */
  cells: Array<CoverageCell>;
  /** Number of columns it links to (the size of `cells`). */
  count: Scalars['Int']['output'];
  /** The instrument. */
  instrument: EntitySummary;
  /** Its kinds, the first being its main kind. */
  kinds: Array<InstrumentKind>;
};

export type CreateChangeSetInput = {
  reason: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** A condition for an instrument, as data a situation can be checked against. */
export type Criterion = Entity & Node & {
  __typename?: 'Criterion';
  abbreviation: Maybe<Scalars['String']['output']>;
  /** False for conditions no situation fact can answer: the caseworker checks them. */
  checkable: Scalars['Boolean']['output'];
  confidence: Confidence;
  description: Maybe<Scalars['String']['output']>;
  /** When true, the decision rests on discretion. */
  discretionary: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  inForce: Scalars['Boolean']['output'];
  /** The instrument the criterion belongs to. */
  instrumentId: Scalars['ID']['output'];
  links: Array<Link>;
  missingTranslations: Array<Scalars['String']['output']>;
  /** The condition as a plain statement. */
  name: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** When true, not meeting it makes the instrument unlikely. */
  required: Scalars['Boolean']['output'];
  sources: Array<Source>;
  /** The year a threshold applies to, when the source gives it. */
  thresholdYear: Maybe<Scalars['Int']['output']>;
  type: EntityType;
  validFrom: Maybe<Scalars['Date']['output']>;
  validTo: Maybe<Scalars['Date']['output']>;
  /** Published version of this entity (1 at its first import); a change drafted against an older one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
  /** What would need to change for a household that does not meet it. */
  whyNot: Maybe<Scalars['String']['output']>;
};


/** A condition for an instrument, as data a situation can be checked against. */
export type CriterionLinksArgs = {
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<LinkType>>;
};

/** How one criterion came out. */
export type CriterionOutcome =
  /** The situation meets the criterion. */
  | 'MET'
  /** The situation does not meet the criterion. */
  | 'NOT_MET'
  /** A fact the criterion needs is not known yet. */
  | 'UNKNOWN';

/** How one criterion came out, in plain language, with its sources. */
export type CriterionResult = {
  __typename?: 'CriterionResult';
  /** The criterion in the graph. (Null only in answers from before goals stopped being a rule.) */
  criterionId: Maybe<Scalars['ID']['output']>;
  /** The decision on this criterion rests on judgement; the instrument can still be LIKELY, and the card says who judges. */
  discretionary: Scalars['Boolean']['output'];
  /** A plain statement naming the fact and the threshold, e.g. "Inntekten er over grensen for bostøtte for 4 personer (2024: 400 000 kr)". */
  explanation: Scalars['String']['output'];
  /** The SituationInput facts (plus householdSize, hasChildren) the criterion reads. */
  facts: Array<Scalars['String']['output']>;
  /** The language of `explanation`: bokmål when the requested language is missing. */
  language: Lang;
  /** Met, not met, or not known yet. */
  outcome: CriterionOutcome;
  /** When false, NOT_MET does not make the instrument UNLIKELY. */
  required: Scalars['Boolean']['output'];
  /** Ids of the sources supporting the criterion. */
  sourceIds: Array<Scalars['ID']['output']>;
  /** The year the threshold applies to, when the source gives it. */
  thresholdYear: Maybe<Scalars['Int']['output']>;
};

/** What the data is and how current it is. */
export type DataVersion = {
  __typename?: 'DataVersion';
  /** Checksum of the seed files last imported (editors' publications do not change it; `revision` does). */
  checksum: Scalars['String']['output'];
  /** Facts: nodes other than sources, and relationships other than structural ones, that carry their own sources. */
  factCount: Scalars['Int']['output'];
  /**
   * The most recent verification of any source.
   * @deprecated Use `lastVerified`; `lastCompiled` is when content was written down.
   */
  lastChecked: Maybe<Scalars['Date']['output']>;
  /** The most recent day facts were compiled from a source. */
  lastCompiled: Maybe<Scalars['Date']['output']>;
  /** The most recent verification of any source; null when none has been verified. */
  lastVerified: Maybe<Scalars['Date']['output']>;
  nodeCount: Scalars['Int']['output'];
  relationshipCount: Scalars['Int']['output'];
  /** The newest publication (decision 0008): every seed import and every published change set is one. */
  revision: Scalars['Int']['output'];
  sourceCount: Scalars['Int']['output'];
  /** Facts marked unverified: inferred by the project or not confirmed by any source. */
  unverifiedCount: Scalars['Int']['output'];
  /** Facts at least one of whose sources has been verified against the page or a stored copy. */
  verifiedFactCount: Scalars['Int']['output'];
  /** Sources whose facts someone has verified against the page or a stored copy. */
  verifiedSourceCount: Scalars['Int']['output'];
};

export type Direction =
  /** From the other entity to this one (target group is TARGETED by instrument). */
  | 'IN'
  /** From this entity to the other (instrument TARGETS target group). */
  | 'OUT';

export type EndEntityInput = {
  basis: ChangeBasis;
  /** Last day in force. */
  lastDay: Scalars['Date']['input'];
  /** The entity that takes over, if any (REPLACED_BY). */
  replacedBy?: InputMaybe<Scalars['ID']['input']>;
};

export type EndRelationInput = {
  basis: ChangeBasis;
  lastDay: Scalars['Date']['input'];
  /** The relationship's id, as `Link.id` gives it. */
  relationId: Scalars['ID']['input'];
};

/**
 * Fields every entity shares. Text is in the language asked for on the root field (falling back to
 * bokmål), and validity is judged at the root field's `asOf`.
 */
export type Entity = {
  abbreviation: Maybe<Scalars['String']['output']>;
  confidence: Confidence;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Whether the entity is in force at `asOf`. */
  inForce: Scalars['Boolean']['output'];
  /** Every relationship of this entity in force at `asOf`, both directions, optionally filtered. */
  links: Array<Link>;
  /** Fields whose text fell back to bokmål because the requested language is missing. */
  missingTranslations: Array<Scalars['String']['output']>;
  /** Name in force at `asOf` (an actor's name changes over time). */
  name: Scalars['String']['output'];
  /** Why the fact is unverified or local, or what still needs checking. */
  note: Maybe<Scalars['String']['output']>;
  /** Sources that support this entity. */
  sources: Array<Source>;
  type: EntityType;
  /** First day in force; null when the start is unknown or before the graph's history. */
  validFrom: Maybe<Scalars['Date']['output']>;
  /** Last day in force; null while still in force. */
  validTo: Maybe<Scalars['Date']['output']>;
  /** Published version of this entity (1 at its first import); a change drafted against an older one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/**
 * Fields every entity shares. Text is in the language asked for on the root field (falling back to
 * bokmål), and validity is judged at the root field's `asOf`.
 */
export type EntityLinksArgs = {
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<LinkType>>;
};

/** An entity with a count, e.g. an actor and the number of instruments it is linked to. */
export type EntityCount = {
  __typename?: 'EntityCount';
  count: Scalars['Int']['output'];
  entity: EntitySummary;
};

/** Filters for entity lists. All given filters must hold. */
export type EntityFilter = {
  /** Linked to this actor in any role. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** Linked to this goal. */
  goal?: InputMaybe<Scalars['ID']['input']>;
  /** Only entities in force at `asOf` (true), only those not in force (false), or both (null). */
  inForce?: InputMaybe<Scalars['Boolean']['input']>;
  /** Instrument kind (instruments only). */
  kind?: InputMaybe<InstrumentKind>;
  /** Linked to this strategy. */
  strategy?: InputMaybe<Scalars['ID']['input']>;
  /** Strategy kind (strategies only): `ACTION_PLAN` lists the joint action plans. */
  strategyKind?: InputMaybe<StrategyKind>;
  /** Household-facing instruments only (true) or supply-side only (false). */
  supplySide?: InputMaybe<Scalars['Boolean']['input']>;
  /** Linked to this target group. */
  targetGroup?: InputMaybe<Scalars['ID']['input']>;
};

/** Sort orders for lists; ties are broken by id, so pages never overlap. */
export type EntityOrder =
  /** By id. */
  | 'ID'
  /** By name in the requested language, as a Norwegian reader sorts: case and accents ignored, æ, ø, å after z. */
  | 'NAME'
  /** By the first day in force, unknown first. */
  | 'VALID_FROM';

/** A short view of a related entity. Query it by id for all of its relationships. */
export type EntitySummary = Node & {
  __typename?: 'EntitySummary';
  abbreviation: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  inForce: Scalars['Boolean']['output'];
  /** Instrument kind, actor kind, goal kind and so on, lowercase as stored. */
  kind: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  type: EntityType;
  validFrom: Maybe<Scalars['Date']['output']>;
  validTo: Maybe<Scalars['Date']['output']>;
};

/** The kinds of entity in the graph. */
export type EntityType =
  | 'ACTOR'
  | 'CRITERION'
  | 'GOAL'
  | 'INSTRUMENT'
  | 'LEGAL_BASIS'
  | 'SOURCE'
  | 'STRATEGY'
  | 'TARGET_GROUP';

/**
 * Facts of an entity to change; a field left out stays as it is, a field given as null is removed
 * (where the seed schema allows it).
 */
export type FactsInput = {
  abbreviation?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<LangTextInput>;
  howToApply?: InputMaybe<LangTextInput>;
  note?: InputMaybe<LangTextInput>;
  url?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** One field of one record, before and after a change. Values are JSON (null: absent). */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** Whether the record is created, changed or closed. */
  action: RecordAction;
  after: Maybe<Scalars['String']['output']>;
  before: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
  /**
   * The record: an entity or part id (`startlan`), or a relationship id
   * (`startlan|ADMINISTERED_BY|husbanken`).
   */
  record: Scalars['String']['output'];
};

/** A stretch of the timeline with how many subjects were a gap on at least one of its days. */
export type GapPeriod = {
  __typename?: 'GapPeriod';
  /** First day (inclusive), cut to the timeline's window. */
  from: Scalars['Date']['output'];
  /** Goals in force during the period that no instrument is mapped to at any date. */
  goalsNotMapped: Scalars['Int']['output'];
  /** Goals without an instrument on at least one day of the period (mapped goals only). */
  goalsWithoutInstrument: Scalars['Int']['output'];
  /** Instruments without a goal on at least one day of the period. */
  instrumentsWithoutGoal: Scalars['Int']['output'];
  /** What the stretch is. */
  kind: GapPeriodKind;
  /** The strategy whose period it is; null for the stretches before, between and after. */
  strategy: Maybe<EntitySummary>;
  /** Target groups without an instrument on at least one day of the period. */
  targetGroupsWithoutInstrument: Scalars['Int']['output'];
  /** Last day (inclusive), cut to the timeline's window. */
  to: Scalars['Date']['output'];
};

/** What stretch of time a period of the timeline is. */
export type GapPeriodKind =
  /** After the last national strategy ended. */
  | 'AFTER'
  /** Before the first national strategy. */
  | 'BEFORE'
  /** Between two national strategies. */
  | 'BETWEEN'
  /** The period of a national strategy for social housing, e.g. Bolig for velferd 2014–2020. */
  | 'STRATEGY';

/** Why a target group, goal or instrument counts as a gap on a day. */
export type GapReason =
  /**
   * A goal in force that the graph links to no instrument at any date (coverage's `unmappedGoals`):
   * nobody has recorded which instruments serve it yet, so the graph cannot say whether it is a gap.
   */
  | 'NOT_MAPPED'
  /** An instrument in force that serves no goal by a link in force (coverage's `instrumentsWithoutGoal`). */
  | 'NO_GOAL'
  /** A target group or goal in force that no instrument in force reaches by a link in force (coverage's `uncoveredTargetGroups` and `uncoveredGoals`). */
  | 'NO_INSTRUMENT';

/** Days a subject was a gap, cut to the timeline's window. */
export type GapSpan = {
  __typename?: 'GapSpan';
  /** True when the gap goes on after the window (or has no recorded end). */
  continuesAfter: Scalars['Boolean']['output'];
  /** First day (inclusive). */
  from: Scalars['Date']['output'];
  /** True when the gap began before the window (or has no recorded start). */
  startsBefore: Scalars['Boolean']['output'];
  /** Last day (inclusive). */
  to: Scalars['Date']['output'];
};

/** A target group, goal or instrument that was a gap on some day of the window. */
export type GapSubject = {
  __typename?: 'GapSubject';
  /** The target group, goal or instrument. */
  entity: EntitySummary;
  /** True when it is a gap at the timeline's `asOf`: then `coverage(asOf)` lists it. */
  gapAtAsOf: Scalars['Boolean']['output'];
  /** Why it is a gap. A subject has one reason at every date: a goal is either mapped or not. */
  reason: GapReason;
  /** The days it was a gap inside the window, sorted and disjoint. */
  spans: Array<GapSpan>;
  /** The strategies that set the goal (HAS_GOAL) or prioritise the target group (PRIORITISES), by start. */
  strategies: Array<EntitySummary>;
  /** Start of the subject's own validity; null when open. */
  validFrom: Maybe<Scalars['Date']['output']>;
  /** End of the subject's own validity (inclusive); null when open. */
  validTo: Maybe<Scalars['Date']['output']>;
};

/**
 * The gaps over time: for every target group, goal and instrument, the days in the window it was a
 * gap and why, and the window cut into the national strategies' periods. At any day, the subjects
 * with a span holding it are exactly those `coverage(asOf: day)` lists as uncovered, unmapped or
 * without goal.
 */
export type GapTimeline = {
  __typename?: 'GapTimeline';
  /** The day marked as now; gapAtAsOf answers for it. */
  asOf: Scalars['Date']['output'];
  /** First day of the window. */
  from: Scalars['Date']['output'];
  /** The window cut into the national strategies' periods and the stretches before, between and after, by date. */
  periods: Array<GapPeriod>;
  /** The subjects that were a gap on some day of the window: target groups, then goals, then instruments, each by name. */
  subjects: Array<GapSubject>;
  /** Last day of the window. */
  to: Scalars['Date']['output'];
};

/** A national goal, priority area or legal purpose. */
export type Goal = Entity & Node & {
  __typename?: 'Goal';
  abbreviation: Maybe<Scalars['String']['output']>;
  confidence: Confidence;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  inForce: Scalars['Boolean']['output'];
  instruments: Array<EntitySummary>;
  /** national_goal, priority_area, special_effort or legal_purpose. */
  kind: Scalars['String']['output'];
  links: Array<Link>;
  missingTranslations: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  strategies: Array<EntitySummary>;
  type: EntityType;
  validFrom: Maybe<Scalars['Date']['output']>;
  validTo: Maybe<Scalars['Date']['output']>;
  /** Published version of this entity (1 at its first import); a change drafted against an older one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/** A national goal, priority area or legal purpose. */
export type GoalLinksArgs = {
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<LinkType>>;
};

export type GoalConnection = {
  __typename?: 'GoalConnection';
  nodes: Array<Goal>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A relationship in a graph view. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Stable id of the edge: `from|TYPE|to`. */
  id: Scalars['ID']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  type: LinkType;
  validFrom: Maybe<Scalars['Date']['output']>;
  validTo: Maybe<Scalars['Date']['output']>;
};

/** A name an entity had for a period, in the language asked for. */
export type GraphNameSpan = {
  __typename?: 'GraphNameSpan';
  name: Scalars['String']['output'];
  validFrom: Maybe<Scalars['Date']['output']>;
  validTo: Maybe<Scalars['Date']['output']>;
};

/** A chain of relationships from one entity to another. */
export type GraphPath = {
  __typename?: 'GraphPath';
  edges: Array<GraphEdge>;
  length: Scalars['Int']['output'];
  nodes: Array<EntitySummary>;
};

/**
 * An explorer view over time: the focus, the entities added, and the neighbours of every opened
 * entity, with every relationship among them whatever its dates. A client shows it at a date by
 * keeping the nodes and relationships in force then (`REPLACED_BY` is history and always shown) and
 * the neighbours an opened entity reaches through them, so a time slider needs no further request.
 */
export type GraphView = {
  __typename?: 'GraphView';
  /** True when there were more nodes than `limit` and some were left out. */
  capped: Scalars['Boolean']['output'];
  /** Every relationship among the nodes, of any date, with its dates. */
  edges: Array<GraphEdge>;
  focus: EntitySummary;
  limit: Scalars['Int']['output'];
  /** Ids in `expanded` or `added` that name no entity (a stale link): left out, not an error. */
  missing: Array<Scalars['ID']['output']>;
  /** Every node, the focus first, then the added and expanded entities, then neighbours by id. */
  nodes: Array<GraphViewNode>;
  /** The opened entities kept in the view (their neighbours are included): the focus, `expanded`, and with `depth: 2` the focus's neighbours. */
  opened: Array<Scalars['ID']['output']>;
  /** Nodes found before the cap was applied. */
  totalNodes: Scalars['Int']['output'];
};

/** An entity in an explorer view, with what the client needs to show it at any date. */
export type GraphViewNode = {
  __typename?: 'GraphViewNode';
  /** The entity's present name (its own, not a name period's). */
  currentName: Scalars['String']['output'];
  /** The entity, named as at `asOf`; `validFrom` and `validTo` say when it exists. */
  entity: EntitySummary;
  /** The entity's earlier names with their periods; on a date none covers, it has `currentName`. */
  names: Array<GraphNameSpan>;
};

export type HistoryConnection = {
  __typename?: 'HistoryConnection';
  nodes: Array<HistoryEntry>;
  pageInfo: PageInfo;
};

/** A published change to one entity, as its history (Endringslogg) shows it. */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  author: Person;
  change: Change;
  changeSetId: Scalars['ID']['output'];
  publishedAt: Scalars['DateTime']['output'];
  reviewer: Maybe<Person>;
  revision: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** What the household wants help with. Instruments tied to goals serve only households sharing one. */
export type HouseholdGoal =
  /** Adapt the home to a reduced functional ability. */
  | 'ADAPT_HOME'
  /** Buy a home (or refinance to stay an owner). */
  | 'BUY_HOME'
  /** Keep the current home (arrears, forced sale, eviction). */
  | 'KEEP_HOME'
  /** Lower housing costs. */
  | 'LOWER_HOUSING_COSTS'
  /** Rent a home. */
  | 'RENT_HOME'
  /** Get support to manage living in a home. */
  | 'SUPPORT_TO_LIVE';

/** What the household is in now. Criteria test it as the fact `housing`. */
export type HousingSituation =
  /** No place to stay. */
  | 'HOMELESS'
  /** Living in an institution (nursing home, treatment institution, prison); say which in `institution`. */
  | 'INSTITUTION'
  /** Living with family or friends without a home of one's own. */
  | 'LIVING_WITH_OTHERS'
  /** Owns the home (alone or with others). */
  | 'OWNER'
  /** Renting a municipal dwelling. */
  | 'RENTING_MUNICIPAL'
  /** Renting on the private market. */
  | 'RENTING_PRIVATE'
  /** Emergency or temporary accommodation (hostel, campsite, crisis shelter). */
  | 'TEMPORARY_ACCOMMODATION';

/** The household's main source of income. */
export type IncomeSource =
  /** A benefit from NAV (disability, work assessment allowance, pension, social assistance). */
  | 'NAV_BENEFIT'
  /** No income. */
  | 'NONE'
  /** Another source. */
  | 'OTHER'
  /** Support from Lånekassen. */
  | 'STUDENT_SUPPORT'
  /** Wages or own business. */
  | 'WORK';

/** Which kind of institution, when `housing` is INSTITUTION. Prison is not a nursing home. */
export type InstitutionKind =
  /** A child-welfare institution. */
  | 'CHILD_WELFARE_INSTITUTION'
  /** A health institution: substance-use treatment, psychiatric care. */
  | 'HEALTH_INSTITUTION'
  /** A nursing home or other institution charging fees by income. */
  | 'NURSING_HOME'
  /** Another kind of institution. */
  | 'OTHER'
  /** Serving a sentence in prison. */
  | 'PRISON';

/** A policy instrument (virkemiddel): a loan, grant, allowance, service, right and so on. */
export type Instrument = Entity & Node & {
  __typename?: 'Instrument';
  abbreviation: Maybe<Scalars['String']['output']>;
  /** Who runs the scheme. */
  administeredBy: Array<EntitySummary>;
  /** The body that decides an appeal (Klagenemnda for Husbanken, Statsforvalteren, the municipal appeal board). It never decides the case itself. */
  appealBodies: Array<EntitySummary>;
  /** The deadline for an appeal (klagefrist); null when not found. */
  appealDeadline: Maybe<InstrumentDetail>;
  /** The agency's application page; null when not found in the sources. */
  applicationPage: Maybe<InstrumentDetail>;
  /** Where the household applies, in force at `asOf`. */
  applyTo: Array<EntitySummary>;
  confidence: Confidence;
  /** Eligibility criteria in force at `asOf`, in the order a caseworker checks them. */
  criteria: Array<Criterion>;
  /** Who makes the decision for the household. */
  decidedBy: Array<EntitySummary>;
  /** Who delivers the service to the household. */
  deliveredBy: Array<EntitySummary>;
  description: Maybe<Scalars['String']['output']>;
  /**
   * Documents a household is usually asked for.
   * @deprecated Use `documentsToBring`, which carries each document's sources.
   */
  documents: Array<Scalars['String']['output']>;
  /** Documents to bring or attach, each sourced; empty when the sources consulted name none. */
  documentsToBring: Array<InstrumentDetail>;
  /** Who funds or owns it, in force at `asOf`. */
  fundedBy: Array<EntitySummary>;
  goals: Array<EntitySummary>;
  /** How a household applies (or is referred). */
  howToApply: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  inForce: Scalars['Boolean']['output'];
  /** The agency's information page; null when not found in the sources. */
  informationPage: Maybe<InstrumentDetail>;
  /** Primary kind first. */
  kinds: Array<InstrumentKind>;
  legalBases: Array<EntitySummary>;
  links: Array<Link>;
  /** The details the sources consulted do not give: shown as not found. */
  missingDetails: Array<InstrumentDetailKind>;
  missingTranslations: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Earlier names with their periods, oldest first; `name` gives the one in force at `asOf`. */
  nameHistory: Array<NamePeriod>;
  /** Set when the instrument has no legal basis of its own, saying why. */
  noLegalBasisNote: Maybe<Scalars['String']['output']>;
  note: Maybe<Scalars['String']['output']>;
  /** Typical processing time as the source states it; null when not found. */
  processingTime: Maybe<InstrumentDetail>;
  /** Typed relations to other instruments: combines with, precondition for, excludes, replaced by, in both directions. */
  relatedInstruments: Array<Link>;
  /** The successor, when the instrument ended or was renamed. */
  replacedBy: Array<EntitySummary>;
  /** Same as `id`: the stable slug used in URLs, e.g. `startlan`. */
  slug: Scalars['String']['output'];
  sources: Array<Source>;
  /** Money or provision to municipalities or builders rather than to a household. */
  supplySide: Scalars['Boolean']['output'];
  targetGroups: Array<EntitySummary>;
  type: EntityType;
  validFrom: Maybe<Scalars['Date']['output']>;
  validTo: Maybe<Scalars['Date']['output']>;
  /** Published version of this entity (1 at its first import); a change drafted against an older one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/** A policy instrument (virkemiddel): a loan, grant, allowance, service, right and so on. */
export type InstrumentLinksArgs = {
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<LinkType>>;
};

export type InstrumentConnection = {
  __typename?: 'InstrumentConnection';
  nodes: Array<Instrument>;
  pageInfo: PageInfo;
  /** Number of entities that match the filter, across all pages. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/**
 * A sourced fact a caseworker needs about an instrument: where to apply, where to read more, the
 * typical processing time, the appeal deadline, or a document to bring. A field of this type is null
 * when the sources consulted do not give it (shown as "not found", never guessed).
 */
export type InstrumentDetail = {
  __typename?: 'InstrumentDetail';
  confidence: Confidence;
  /** True when `text` or `title` fell back to bokmål. */
  fallback: Scalars['Boolean']['output'];
  kind: InstrumentDetailKind;
  note: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  /** The statement (processing time, deadline, document), in the language asked for. */
  text: Maybe<Scalars['String']['output']>;
  /** The page's title, in the language asked for. */
  title: Maybe<Scalars['String']['output']>;
  /** The page, for application and information pages. */
  url: Maybe<Scalars['String']['output']>;
};

/** What a caseworker needs to know about an instrument besides its rules. */
export type InstrumentDetailKind =
  | 'APPEAL_DEADLINE'
  | 'APPLICATION_PAGE'
  | 'DOCUMENT'
  | 'INFORMATION_PAGE'
  | 'PROCESSING_TIME';

/** The kinds of instrument. Supply-side kinds go to municipalities or builders, not to households. */
export type InstrumentKind =
  | 'ADVICE'
  | 'ALLOWANCE'
  | 'GRANT'
  | 'GUARANTEE'
  | 'HOUSING_PROVISION'
  | 'LEGAL_INSTRUMENT'
  | 'LEGAL_RIGHT'
  | 'LOAN'
  | 'POLICY_COMMITMENT'
  | 'SERVICE'
  | 'SUPPLY_SIDE_GRANT'
  | 'SUPPLY_SIDE_LOAN';

/**
 * A role that makes an actor responsible for an instrument in the policy views: the coverage roles
 * that end at an actor. Where to apply (APPLIES_TO) and where to appeal (APPEALS_TO) are not among them.
 */
export type InstrumentRole =
  /** Runs the scheme (ADMINISTERED_BY). */
  | 'ADMINISTERED_BY'
  /** Makes the individual decision (DECIDED_BY). */
  | 'DECIDED_BY'
  /** Delivers the service to the household (DELIVERED_BY). */
  | 'DELIVERED_BY'
  /** Funds or owns it (FUNDED_BY). */
  | 'FUNDED_BY';

/**
 * Reading language. Text missing in the requested language falls back to bokmål, and the entity's
 * `missingTranslations` lists the fields that fell back.
 */
export type Lang =
  /** English */
  | 'EN'
  /** Norsk bokmål */
  | 'NB'
  /** Norsk nynorsk */
  | 'NN';

/** Text in the three languages; bokmål is required, nynorsk and English fall back to it. */
export type LangTextInput = {
  en?: InputMaybe<Scalars['String']['input']>;
  nb: Scalars['String']['input'];
  nn?: InputMaybe<Scalars['String']['input']>;
};

/** An instrument left out of a plan because it excludes one in it: an alternative to that step. */
export type LeftOut = {
  __typename?: 'LeftOut';
  /** The instrument in the plan that it excludes. */
  excludedBy: Scalars['ID']['output'];
  /** The instrument left out. */
  instrumentId: Scalars['ID']['output'];
  /** The language of `reason`: bokmål when the requested language is missing. */
  language: Lang;
  /** Why not both: the EXCLUDES relation's rationale, in the requested language. */
  reason: Scalars['String']['output'];
  /** The EXCLUDES relation. */
  relationId: Scalars['ID']['output'];
  /** Ids of the sources supporting the relation. */
  sourceIds: Array<Scalars['ID']['output']>;
};

/** An act, regulation, section or circular. */
export type LegalBasis = Entity & Node & {
  __typename?: 'LegalBasis';
  abbreviation: Maybe<Scalars['String']['output']>;
  confidence: Confidence;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  inForce: Scalars['Boolean']['output'];
  instruments: Array<EntitySummary>;
  /** act, regulation, section, circular, white_paper or other. */
  kind: Scalars['String']['output'];
  links: Array<Link>;
  missingTranslations: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  ownedBy: Array<EntitySummary>;
  /** Official reference such as LOV-2012-08-24-64. */
  reference: Maybe<Scalars['String']['output']>;
  replacedBy: Array<EntitySummary>;
  sources: Array<Source>;
  type: EntityType;
  /** The official text: Lovdata for acts, regulations and sections (anchored at the section). */
  url: Maybe<Scalars['String']['output']>;
  validFrom: Maybe<Scalars['Date']['output']>;
  validTo: Maybe<Scalars['Date']['output']>;
  /** Published version of this entity (1 at its first import); a change drafted against an older one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/** An act, regulation, section or circular. */
export type LegalBasisLinksArgs = {
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<LinkType>>;
};

export type LegalBasisConnection = {
  __typename?: 'LegalBasisConnection';
  nodes: Array<LegalBasis>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A relationship as seen from one entity, with its own period and provenance. */
export type Link = {
  __typename?: 'Link';
  confidence: Confidence;
  direction: Direction;
  /** The entity at the other end. */
  entity: EntitySummary;
  note: Maybe<Scalars['String']['output']>;
  /** The situation a combination serves, the rule of a precondition, or the reason for an exclusion. */
  rationale: Maybe<Scalars['String']['output']>;
  /**
   * The relationship's stable id (`startlan|ADMINISTERED_BY|husbanken`, or a typed instrument
   * relation's own id such as `c1`), for citing it and for `endRelation`. Its dates are not part of it.
   */
  relationId: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  type: LinkType;
  validFrom: Maybe<Scalars['Date']['output']>;
  validTo: Maybe<Scalars['Date']['output']>;
};

/** Relationship types, read from the first entity towards the second (`OUT`). */
export type LinkType =
  | 'ADMINISTERED_BY'
  | 'ANSWERS_TO'
  /** Instrument → body that decides an appeal against the decision. */
  | 'APPEALS_TO'
  /** Instrument → actor the household applies to. */
  | 'APPLIES_TO'
  | 'BASED_ON'
  | 'COMBINES_WITH'
  | 'COMMITTED_BY'
  /** Strategy, guide, action plan or programme → the actor that coordinates it. */
  | 'COORDINATED_BY'
  | 'DECIDED_BY'
  | 'DELIVERED_BY'
  | 'EXCLUDES'
  /** Strategy → an earlier strategy it follows on from. */
  | 'FOLLOWS'
  | 'FUNDED_BY'
  | 'HAS_GOAL'
  /** Partnership programme → member municipality. */
  | 'HAS_MEMBER'
  | 'OWNED_BY'
  | 'PART_OF'
  | 'PRECONDITION_FOR'
  | 'PRIORITISES'
  /** Guide or programme → the actor that publishes or runs it. */
  | 'PUBLISHED_BY'
  | 'REPLACED_BY'
  | 'REQUIRES'
  | 'SERVES_GOAL'
  | 'SUBGROUP_OF'
  | 'TARGETS';

/** An instrument in force that a ministry is responsible for, with what it reaches. */
export type MinistryInstrument = {
  __typename?: 'MinistryInstrument';
  /** The actors funding, administering, deciding or delivering it. */
  actors: Array<ActorInRole>;
  /** True when the ministry itself funds it (FUNDED_BY); false when it is the ministry's only through an actor below it. */
  fundedByMinistry: Scalars['Boolean']['output'];
  /** The goals in force it serves, by name. */
  goals: Array<EntitySummary>;
  /** The instrument. */
  instrument: EntitySummary;
  /** Its kinds, the first being its main kind. */
  kinds: Array<InstrumentKind>;
  /** Every reason it is the ministry's, direct ones first. */
  reasons: Array<ResponsibilityReason>;
  /** The target groups in force it targets itself, by name. */
  targetGroups: Array<EntitySummary>;
};

/** One ministry at a date: its instruments, who administers them, whom they reach and whom they miss. */
export type MinistryOverview = {
  __typename?: 'MinistryOverview';
  /** The date the overview describes. */
  asOf: Scalars['Date']['output'];
  /** The same instruments grouped by administering actor, groups by name, the group without one last. */
  byAdministrator: Array<AdministeringGroup>;
  /** Goals in force its instruments serve, with how many of them serve each, most first. */
  goals: Array<EntityCount>;
  /** Its instruments in force, by name. */
  instruments: Array<MinistryInstrument>;
  /** The ministry, with its name at the date. */
  ministry: EntitySummary;
  /** Strategies in force that prioritise target groups, by name: a prioritised group with `reach` other than DIRECT is a gap. */
  priorities: Array<StrategyPriorities>;
  /** Every target group in force with the reach of the ministry's instruments, by name. */
  targetGroups: Array<TargetGroupReach>;
};

export type MoveResponsibilityInput = {
  /** The instrument (`basis.entityId`). */
  basis: ChangeBasis;
  from: Scalars['Date']['input'];
  /** The actor that holds it now; its link ends the day before `from`. */
  fromActorId: Scalars['ID']['input'];
  responsibility: Responsibility;
  /** The actor that holds it from `from`. */
  toActorId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a new relation to a draft. */
  addRelation: Change;
  /** Adds a new source to a draft; later changes in the same draft may cite it. */
  addSource: Change;
  /** Closes a reader's report with a note. Needs the editor or reviewer role. */
  closeSuggestion: Suggestion;
  /** Starts a draft change set. Needs the editor role. */
  createChangeSet: ChangeSet;
  /** Adds the end of an entity (last day in force) to a draft. */
  endEntity: Change;
  /** Adds the end of a relation to a draft. */
  endRelation: Change;
  /** Adds a move of a responsibility to another actor from a date to a draft. */
  moveResponsibility: Change;
  /**
   * Publishes a submitted change set in one transaction: all of it or nothing. Needs the reviewer
   * role and a reviewer who is not the author. Refused with CONFLICT when an entity changed since
   * the change set was drafted (the error names the entity and its current version).
   */
  publishChangeSet: ChangeSet;
  /** Refuses a submitted change set with a note to its author. Needs the reviewer role. */
  rejectChangeSet: ChangeSet;
  /** Removes a change from a draft. */
  removeChange: ChangeSet;
  /** Adds a rename from a date to a draft (the entity keeps its id). */
  renameEntity: Change;
  /** Sends a report that something is wrong or missing. No sign-in; rate-limited. */
  reportProblem: SuggestionReceipt;
  /** Sends a draft for review. Its author only. */
  submitChangeSet: ChangeSet;
  /** Adds a change of facts (texts, URL, dates) to a draft. */
  updateFacts: Change;
  /** Takes a draft or submitted change set back. Its author only. */
  withdrawChangeSet: ChangeSet;
};


export type MutationAddRelationArgs = {
  changeSetId: Scalars['ID']['input'];
  input: AddRelationInput;
};


export type MutationAddSourceArgs = {
  changeSetId: Scalars['ID']['input'];
  input: AddSourceInput;
};


export type MutationCloseSuggestionArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationCreateChangeSetArgs = {
  input: CreateChangeSetInput;
};


export type MutationEndEntityArgs = {
  changeSetId: Scalars['ID']['input'];
  input: EndEntityInput;
};


export type MutationEndRelationArgs = {
  changeSetId: Scalars['ID']['input'];
  input: EndRelationInput;
};


export type MutationMoveResponsibilityArgs = {
  changeSetId: Scalars['ID']['input'];
  input: MoveResponsibilityInput;
};


export type MutationPublishChangeSetArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRejectChangeSetArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRemoveChangeArgs = {
  changeId: Scalars['ID']['input'];
  changeSetId: Scalars['ID']['input'];
};


export type MutationRenameEntityArgs = {
  changeSetId: Scalars['ID']['input'];
  input: RenameInput;
};


export type MutationReportProblemArgs = {
  input: SuggestionInput;
};


export type MutationSubmitChangeSetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateFactsArgs = {
  basis: ChangeBasis;
  changeSetId: Scalars['ID']['input'];
  facts: FactsInput;
};


export type MutationWithdrawChangeSetArgs = {
  id: Scalars['ID']['input'];
};

/** A name an entity had for a period (KRD → KMD → KDD). */
export type NamePeriod = {
  __typename?: 'NamePeriod';
  abbreviation: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  sources: Array<Source>;
  validFrom: Maybe<Scalars['Date']['output']>;
  validTo: Maybe<Scalars['Date']['output']>;
};

/** The entities and relationships around one entity, for the graph view and its list twin. */
export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  /** True when there were more nodes than `limit` and some were left out. */
  capped: Scalars['Boolean']['output'];
  center: EntitySummary;
  edges: Array<GraphEdge>;
  limit: Scalars['Int']['output'];
  /** Every node, the center included. */
  nodes: Array<EntitySummary>;
  /** Nodes found before the cap was applied. */
  totalNodes: Scalars['Int']['output'];
};

/** Anything with a stable id that `node(id:)` can look up. */
export type Node = {
  /** Stable slug, e.g. `startlan` or `husbanken`. Never changes; safe in URLs. */
  id: Scalars['ID']['output'];
};

/** Something to do now, shown before the results. */
export type Notice = {
  __typename?: 'Notice';
  /** Whom to contact, named as at `asOf`. */
  contacts: Array<EntitySummary>;
  /** The notice in the graph. */
  id: Scalars['ID']['output'];
  /** The language of the texts: bokmål when the requested language is missing. */
  language: Lang;
  /** Ids of the sources supporting the notice. */
  sourceIds: Array<Scalars['ID']['output']>;
  /** What to do, in order. */
  steps: Array<Scalars['String']['output']>;
  /** What the situation means, in plain language. */
  text: Scalars['String']['output'];
  /** A short heading. */
  title: Scalars['String']['output'];
  /** URGENT notices come first. */
  urgent: Scalars['Boolean']['output'];
};

/** An unknown fact whose answer would change some instrument's status. */
export type OpenQuestion = {
  __typename?: 'OpenQuestion';
  /** The SituationInput field to fill in. */
  field: Scalars['String']['output'];
  /** Instruments whose status the answer could change, in the order of the assessments. */
  instrumentIds: Array<Scalars['ID']['output']>;
  /** The language of `question` (always the one requested). */
  language: Lang;
  /** The question to ask the household, in the requested language. */
  question: Scalars['String']['output'];
};

/** Position information for cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** An editor or reviewer named in the audit trail. `email` is shown to signed-in staff only. */
export type Person = {
  __typename?: 'Person';
  email: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

/** A publication: one write to the graph, numbered in order. */
export type Publication = {
  __typename?: 'Publication';
  changeSetId: Scalars['ID']['output'];
  kind: ChangeSetKind;
  publishedAt: Scalars['DateTime']['output'];
  revision: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  actors: ActorConnection;
  /** One change set. Needs the editor or reviewer role (a draft: its author). */
  changeSet: Maybe<ChangeSet>;
  /** Change sets, newest first: drafts are shown to their author only. Needs the editor or reviewer role. */
  changeSets: ChangeSetConnection;
  /**
   * The change feed, public: every published change (and every seed import), newest first, in
   * keyset pages of `first` (at most 100) after `after` (an `endCursor` or an entry's `cursor`).
   * `since` keeps publications at or after that instant (one in the future is refused with
   * BAD_USER_INPUT); `types` keeps changes to entities of those types; `ids` keeps changes to those
   * entities (at most 50; an unknown id matches nothing). Newest first, so the first page is what
   * changed last and a reader that polls stops at the first entry it has seen. Atom feeds of the
   * same entries: `/feeds/changes.atom`, `/feeds/{type}.atom`, `/feeds/{type}/{id}.atom`.
   */
  changes: ChangeConnection;
  /** Gaps and counts for policy staff, as the graph stood at `asOf`. */
  coverage: CoverageReport;
  /**
   * The coverage matrix at `asOf`: instruments in force against target groups or goals in force.
   * `actors` keeps instruments that one of the actors is responsible for (an `InstrumentRole` held by
   * the actor, or by an actor that answers to it or is part of it, at most two steps: a ministry gets
   * its agencies' instruments, a municipality its services'); `kinds` keeps instruments with one of
   * the kinds. At most 20 of each.
   */
  coverageMatrix: CoverageMatrix;
  /** Version and currency of the data, for the about page and printed plans. */
  dataVersion: DataVersion;
  /**
   * The gaps over time between `from` and `to`. National strategies are the Strategy records of
   * kind `strategy` that set goals (today Bolig for velferd 2014–2020 and Alle trenger et trygt hjem
   * 2021–2024); the window runs by default from the first one's start to `asOf`, or to the last
   * one's end when that is later. BAD_USER_INPUT when `from` is after `to` or the window is longer
   * than 100 years.
   */
  gapTimeline: GapTimeline;
  goals: GoalConnection;
  /**
   * The explorer's view around `focus` over time: the focus and its neighbours, the neighbours of each
   * entity in `expanded` (click to expand), and the entities in `added` (search and add), at most
   * `limit` nodes (default 150, at most 300). Relationships of every date are included with their
   * dates, so the explorer's time slider runs without further requests; `asOf` only sets the date
   * `entity.name` is read at. `depth: 2` also opens every neighbour of the focus. At most 50 ids in
   * `expanded` and in `added`. Sources and criteria are left out unless added.
   */
  graphView: Maybe<GraphView>;
  /** Published changes to one entity, newest first (Endringslogg). Public. */
  history: HistoryConnection;
  /** An instrument by its slug, e.g. `startlan`. Null when there is none. */
  instrument: Maybe<Instrument>;
  /**
   * Instruments, filtered and ordered, in pages of at most 100 (`first`, default 20). Pass the
   * previous page's `endCursor` as `after` for the next page, with the same `orderBy` and `lang`; a
   * cursor from another list or order is refused. A page costs the same however long the list.
   */
  instruments: InstrumentConnection;
  legalBases: LegalBasisConnection;
  /** The ministries in force at `asOf` (actors of kind `ministry`), by name. */
  ministries: Array<EntitySummary>;
  /**
   * One ministry at `asOf`: the instruments in force it is responsible for (the same rule as the
   * matrix's `actors` filter, each with its reasons), grouped by administering actor, the target
   * groups and goals they reach, and the prioritised target groups they miss. NOT_FOUND for an
   * unknown id, BAD_USER_INPUT when the entity is not a ministry.
   */
  ministryOverview: MinistryOverview;
  /**
   * Nodes and edges within `depth` (1 or 2) steps of an entity, in force at `asOf`, optionally only
   * of some entity types. At most `limit` nodes (default 150, at most 300); `capped` says when some
   * were left out. Sources and criteria are left out unless asked for in `types`.
   */
  neighbourhood: Maybe<Neighbourhood>;
  /**
   * Looks up any entity by its id, as the graph stood at `asOf` and as it was published at `knownAt`. Entities not in force at `asOf`
   * are still returned (with `inForce: false`) so history can be shown. Null when no entity has the id.
   */
  node: Maybe<Node>;
  /**
   * How one entity reaches another, e.g. a ministry a target group or goal (ministry → agency →
   * instrument → target group): the shortest few paths (at most `first`, default 5, of at most 6 steps)
   * over relationships in force at `asOf` and through entities in force then (the two ends need not
   * be), ignoring sources and criteria.
   */
  paths: Array<GraphPath>;
  /** Publications, newest first: what `knownAt` can go back to. Public. */
  publications: Array<Publication>;
  /**
   * Full-text search over names, abbreviations, search terms and descriptions in bokmål, nynorsk and
   * English, ranked by relevance. Letters are folded (ø→o, å→a), and words of five letters or more
   * also match with one typo. Words such as «hjelp til» are left out. Every hit matches each
   * remaining word; when none does, the hits matching the most words are returned. At most 50
   * hits; `types` narrows to some kinds of entity. Entities of any date; see `searchResults` for
   * a search at a date, with facets and explanations.
   */
  search: Array<SearchHit>;
  /**
   * Search at a date with facets: the entities in force at `asOf` whose names, abbreviations, search
   * terms (everyday words: «husleie», «help with rent») or descriptions match `text`, each with the
   * text that matched, ranked exact name first, then an exact search term, then names that start
   * with the text, then by words matched and relevance. `types`, `ministries` and `targetGroups`
   * filter (values within one widen, the three narrow each other); `facets` counts the hits for each.
   */
  searchResults: SearchResults;
  /**
   * What a household's situation means: which household-facing instruments in force at `asOf`
   * (default today) are LIKELY, POSSIBLE or UNLIKELY, criterion by criterion with sources; which
   * combine and in what order; what is still unknown. Driven by the criteria and relations in the
   * graph. Bad input (no persons, negative counts, an age outside 0–120, negative income, a
   * kommunenummer not in use) fails with BAD_USER_INPUT naming the field. The input is never logged
   * or stored, and it is accepted only by POST: by GET (where it would stand in the URL) the answer is
   * HTTP 405 with METHOD_NOT_ALLOWED.
   */
  situation: SituationResult;
  sources: SourceConnection;
  strategies: StrategyConnection;
  /** Readers' reports. Needs the editor or reviewer role. */
  suggestions: Array<Suggestion>;
  targetGroups: TargetGroupConnection;
  /** Who is signed in; null for an anonymous reader. */
  viewer: Maybe<Viewer>;
};


export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
  orderBy?: InputMaybe<EntityOrder>;
};


export type QueryChangeSetArgs = {
  id: Scalars['ID']['input'];
  lang?: InputMaybe<Lang>;
};


export type QueryChangeSetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  lang?: InputMaybe<Lang>;
  status?: InputMaybe<Array<ChangeSetStatus>>;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  lang?: InputMaybe<Lang>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  types?: InputMaybe<Array<EntityType>>;
};


export type QueryCoverageArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
};


export type QueryCoverageMatrixArgs = {
  actors?: InputMaybe<Array<Scalars['ID']['input']>>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  dimension?: InputMaybe<CoverageDimension>;
  kinds?: InputMaybe<Array<InstrumentKind>>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
};


export type QueryGapTimelineArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryGoalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
  orderBy?: InputMaybe<EntityOrder>;
};


export type QueryGraphViewArgs = {
  added?: InputMaybe<Array<Scalars['ID']['input']>>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  expanded?: InputMaybe<Array<Scalars['ID']['input']>>;
  focus: Scalars['ID']['input'];
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  lang?: InputMaybe<Lang>;
};


export type QueryInstrumentArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
  slug: Scalars['String']['input'];
};


export type QueryInstrumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
  orderBy?: InputMaybe<EntityOrder>;
};


export type QueryLegalBasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
  orderBy?: InputMaybe<EntityOrder>;
};


export type QueryMinistriesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
};


export type QueryMinistryOverviewArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
};


export type QueryNeighbourhoodArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
};


export type QueryNodeArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
};


export type QueryPathsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
  to: Scalars['ID']['input'];
};


export type QueryPublicationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


export type QuerySearchResultsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
  ministries?: InputMaybe<Array<Scalars['ID']['input']>>;
  targetGroups?: InputMaybe<Array<Scalars['ID']['input']>>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


export type QuerySituationArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  input: SituationInput;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
  orderBy?: InputMaybe<EntityOrder>;
};


export type QueryStrategiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
  orderBy?: InputMaybe<EntityOrder>;
};


export type QuerySuggestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SuggestionStatus>;
};


export type QueryTargetGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  lang?: InputMaybe<Lang>;
  orderBy?: InputMaybe<EntityOrder>;
};

/** How far a ministry's instruments reach a target group. */
export type Reach =
  /** At least one of the instruments targets the group itself. */
  | 'DIRECT'
  /** None targets the group or any of its subgroups. */
  | 'NONE'
  /** None targets the group itself, but one targets a subgroup of it (SUBGROUP_OF). */
  | 'SUBGROUP_ONLY';

export type RecordAction =
  | 'CHANGED'
  | 'CLOSED'
  | 'CREATED';

/** Why an instrument belongs in the household's answer, besides its eligibility. */
export type Relevance =
  /** It serves a goal the household named: "Det dere spurte om". */
  | 'ASKED'
  /** The facts reveal a need it meets (payment problems → debt advice): "Også aktuelt". */
  | 'INDICATED'
  /** Neither: listed for completeness, after the others. */
  | 'OTHER';

export type RenameInput = {
  /** The new name's abbreviation; left out, the entity has none under its new name. */
  abbreviation?: InputMaybe<Scalars['String']['input']>;
  basis: ChangeBasis;
  /** First day of the new name; the old name becomes a name period ending the day before. */
  from: Scalars['Date']['input'];
  /** The new name in bokmål, nynorsk and English (all three, as the seed schema requires of names). */
  name: LangTextInput;
};

/** A responsibility an instrument has towards an actor. */
export type Responsibility =
  | 'ADMINISTERED_BY'
  | 'APPEALS_TO'
  | 'APPLIES_TO'
  | 'DECIDED_BY'
  | 'DELIVERED_BY'
  | 'FUNDED_BY';

/**
 * Why an instrument counts as a ministry's: a role the ministry holds itself, or a role held by an
 * actor below it (`via`) that answers to it or is part of an actor that does (`chain`).
 */
export type ResponsibilityReason = {
  __typename?: 'ResponsibilityReason';
  /** The relationships from `via` up to the ministry, e.g. [ANSWERS_TO] or [PART_OF, ANSWERS_TO]; empty when direct. */
  chain: Array<LinkType>;
  /** The role held. */
  role: InstrumentRole;
  /** The actor holding the role when it is not the ministry itself, e.g. Husbanken; null when direct. */
  via: Maybe<EntitySummary>;
};

/** What a signed-in person may do besides reading. Reading needs no sign-in. */
export type Role =
  /** May do what every role may. */
  | 'ADMINISTRATOR'
  /** Drafts change sets and submits them for review; cannot publish. */
  | 'EDITOR'
  /** Publishes or rejects change sets that someone else wrote. */
  | 'REVIEWER';

/** How many hits one entity (a ministry, a target group) applies to. */
export type SearchEntityCount = {
  __typename?: 'SearchEntityCount';
  /** Hits it applies to, with the other facets' choices applied. */
  count: Scalars['Int']['output'];
  /** The ministry or target group; its id is what the matching filter argument takes. */
  entity: EntitySummary;
};

/**
 * Counts of the hits by facet, most first. Each facet's counts apply the other facets' choices but
 * not its own, so they tell what choosing one more value would add; with no choice in the other
 * facets they count the hits themselves.
 */
export type SearchFacets = {
  __typename?: 'SearchFacets';
  /**
   * Hits per ministry. An instrument's ministries are those holding a role for it (funds,
   * administers, decides, delivers), or that the actor holding the role answers to or is part of,
   * at most two steps up (the rule of `ministryOverview`); a legal basis's, those of the actor owning
   * it; an actor's, itself when a ministry or those it answers to. Other entities have none.
   */
  ministries: Array<SearchEntityCount>;
  /** Hits per target group: the groups an instrument targets or a strategy prioritises, in force at the date. */
  targetGroups: Array<SearchEntityCount>;
  /** Hits per entity type. */
  types: Array<SearchTypeCount>;
};

/** One search result, with why it matched. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: EntitySummary;
  /** The earlier name that matched, when the hit came through a name the entity no longer has. */
  matchedFormerName: Maybe<Scalars['String']['output']>;
  /** Which text matched best: a name first, then an abbreviation, a search term, an earlier name, the description. */
  matchedIn: SearchMatchField;
  /** The language of `matchedTerm`; null for an abbreviation. */
  matchedLang: Maybe<Lang>;
  /**
   * The text that matched, as stored: the name, abbreviation or search term (for example «husleie»),
   * or for a description the words in it that matched, as written there.
   */
  matchedTerm: Scalars['String']['output'];
  /** Searched words (as typed, lowercased) that nothing in this entity matched; empty unless the results are partial. */
  missingWords: Array<Scalars['String']['output']>;
  /** Relevance from the full-text index; higher is better. Only comparable within one search. */
  score: Scalars['Float']['output'];
};

/** Which text of an entity a search hit matched best: the reason a reader is shown. */
export type SearchMatchField =
  /** Its abbreviation. */
  | 'ABBREVIATION'
  /** Its description. */
  | 'DESCRIPTION'
  /** A name or abbreviation it had earlier. */
  | 'FORMER_NAME'
  /** One of its current names. */
  | 'NAME'
  /** One of its search terms: everyday words people use for it, such as «husleie» for Bostøtte. */
  | 'SEARCH_TERM';

/** The result of `searchResults`. */
export type SearchResults = {
  __typename?: 'SearchResults';
  /** Counts of the hits by type, ministry and target group. */
  facets: SearchFacets;
  /** The first `first` hits, best first. */
  hits: Array<SearchHit>;
  /**
   * True when no entity matched every searched word, so the hits are those matching the most words
   * (each says which it missed in `missingWords`).
   */
  partial: Scalars['Boolean']['output'];
  /** The words searched for, as typed and lowercased, without words such as «hjelp til» or «help with» that only frame a request. */
  searchedWords: Array<Scalars['String']['output']>;
  /** Every hit with the facets' choices applied (hits may hold fewer). */
  totalCount: Scalars['Int']['output'];
};

/** How many hits are of one entity type. */
export type SearchTypeCount = {
  __typename?: 'SearchTypeCount';
  /** Hits of that type, with the other facets' choices applied. */
  count: Scalars['Int']['output'];
  /** The entity type. */
  value: EntityType;
};

/**
 * A household's situation. Every Boolean and Int may be null, meaning "not known yet": the
 * engine then says what it would need to know (`openQuestions`). The situation is never logged or stored.
 */
export type SituationInput = {
  /** Persons aged 18 or more. */
  adults: Scalars['Int']['input'];
  /** The household's gross income per year, in NOK. */
  annualHouseholdIncome?: InputMaybe<Scalars['Int']['input']>;
  /** The applicant's age in years (0–120). */
  applicantAge?: InputMaybe<Scalars['Int']['input']>;
  /** A bank has refused a mortgage, or will not lend enough. */
  bankLoanRefused?: InputMaybe<Scalars['Boolean']['input']>;
  /** The household can pay interest and instalments on a loan over time. */
  canServiceLoan?: InputMaybe<Scalars['Boolean']['input']>;
  /** Persons under 18. */
  children: Scalars['Int']['input'];
  /** Someone in the household is doing first-time military or civilian service. */
  conscript?: InputMaybe<Scalars['Boolean']['input']>;
  /** The household has had an eviction or forced-sale notice, or has serious arrears on rent or a loan. Results then start with what to do now. */
  evictionOrArrears?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the household wants help with; an empty list means not said yet. */
  goals: Array<HouseholdGoal>;
  /** The household has money for a deposit on a rented home. */
  hasDepositMoney?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the household lives in now. */
  housing: HousingSituation;
  /** When `housing` is INSTITUTION: which kind (read only then). */
  institution?: InputMaybe<InstitutionKind>;
  /** The applicant resides lawfully in Norway. The caseworker checks it; the answer is never taken on trust. */
  lawfulResidence?: InputMaybe<Scalars['Boolean']['input']>;
  /** The applicant has had child-welfare measures and is moving on to a home of their own. */
  leavingChildWelfare?: InputMaybe<Scalars['Boolean']['input']>;
  /** The applicant is about to be released from prison. */
  leavingPrison?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the household mainly lives on. */
  mainIncomeSource?: InputMaybe<IncomeSource>;
  /** What the home costs a month: rent, or interest and repayments (NOK). */
  monthlyHousingCosts?: InputMaybe<Scalars['Int']['input']>;
  /** Kommunenummer (four digits, e.g. 0301 for Oslo), valid at `asOf`. Optional. */
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
  /** Net wealth outside the home: savings and other assets minus debt (NOK). */
  netWealth?: InputMaybe<Scalars['Int']['input']>;
  /** The household has trouble paying rent, loans or other debt. */
  paymentProblems?: InputMaybe<Scalars['Boolean']['input']>;
  /** Someone in the household has a reduced functional ability. */
  reducedFunctionalAbility?: InputMaybe<Scalars['Boolean']['input']>;
  /** The applicant is a refugee settled by agreement with the municipality. */
  settledRefugee?: InputMaybe<Scalars['Boolean']['input']>;
  /** The applicant is a student entitled to support from Lånekassen. */
  student?: InputMaybe<Scalars['Boolean']['input']>;
  /** The applicant has substance-use or mental-health problems. */
  substanceUseOrMentalHealth?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What the engine concludes for one household at one date. */
export type SituationResult = {
  __typename?: 'SituationResult';
  /** The date the criteria and relations were taken as of. */
  asOf: Scalars['Date']['output'];
  /**
   * One per household-facing instrument in force at `asOf`: LIKELY first, then POSSIBLE, then
   * UNLIKELY; within each, by relevance (ASKED, INDICATED, OTHER), then by how much of the
   * instrument the facts settle (more criteria met first), then by name.
   */
  assessments: Array<Assessment>;
  /** Plans of instruments to use together, in the order to apply; only instruments that are not UNLIKELY. */
  combinations: Array<Combination>;
  /** The language asked for; single texts say when they fell back to bokmål. */
  language: Lang;
  /** What to do now, first on the page: an eviction notice, say. Empty when nothing is urgent. */
  notices: Array<Notice>;
  /** Unknown facts whose answer would change some status, those affecting most instruments first. */
  openQuestions: Array<OpenQuestion>;
};

/**
 * A document that supports facts in the graph. Two dates are kept apart: when the facts citing it
 * were compiled from it (`compiledOn`), and when, if ever, someone verified them against it
 * (`verification`). Only the second is a check.
 */
export type Source = Node & {
  __typename?: 'Source';
  /**
   * The verification date, or null when the source has not been verified.
   * @deprecated Held the compile date, which is not a check. Use `verification.verifiedOn` or `compiledOn`.
   */
  checkedOn: Maybe<Scalars['Date']['output']>;
  /** The day the facts citing this source were compiled from it. Not a check of the page. */
  compiledOn: Scalars['Date']['output'];
  confidence: Confidence;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  publisher: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
  /** Set when `url` is not the publisher's official page (a document-copy site, a mirror, a staging host). */
  urlFlag: Maybe<UrlFlag>;
  /** The last check of the facts citing this source against it; null when nobody has checked them since they were compiled. */
  verification: Maybe<SourceVerification>;
  /** True when `verification` is set. */
  verified: Scalars['Boolean']['output'];
  /** Published version of this source (1 at its first import). */
  version: Scalars['Int']['output'];
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  nodes: Array<Source>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A check of a source: every fact citing it was compared with the page or a stored copy of it. */
export type SourceVerification = {
  __typename?: 'SourceVerification';
  /** What was read: the live page, or a stored copy of it. */
  against: VerificationBasis;
  /** For a stored copy: where it is kept. */
  copy: Maybe<Scalars['String']['output']>;
  /** The date the stored copy was taken, when known. */
  copyDate: Maybe<Scalars['Date']['output']>;
  /** What was confirmed or corrected. */
  note: Maybe<Scalars['String']['output']>;
  /** The address actually read, when it differs from the source's `url`. */
  readUrl: Maybe<Scalars['String']['output']>;
  verifiedOn: Scalars['Date']['output'];
};

/** An actor that owns a step, named as it was at `asOf`. */
export type StepOwner = {
  __typename?: 'StepOwner';
  /** The actor's id. */
  actorId: Scalars['ID']['output'];
  /** The language of `name`: bokmål when the requested language is missing. */
  language: Lang;
  /** The actor's name at `asOf`. */
  name: Scalars['String']['output'];
  /** Whether it decides or delivers. */
  role: StepRole;
};

/** The part an actor plays in a step of a combination. */
export type StepRole =
  /** Makes the individual decision. */
  | 'DECIDED_BY'
  /** Delivers the service to the household. */
  | 'DELIVERED_BY';

/** A national strategy, white paper or act that sets goals. */
export type Strategy = Entity & Node & {
  __typename?: 'Strategy';
  abbreviation: Maybe<Scalars['String']['output']>;
  /** Ministries or agencies that stand behind it; for an action plan, the agencies that committed to it. */
  committedBy: Array<EntitySummary>;
  confidence: Confidence;
  /** The actor that coordinates it. */
  coordinatedBy: Array<EntitySummary>;
  description: Maybe<Scalars['String']['output']>;
  /** Later strategies that follow on from this one. */
  followedBy: Array<EntitySummary>;
  /** Earlier strategies this one follows on from. */
  follows: Array<EntitySummary>;
  goals: Array<EntitySummary>;
  id: Scalars['ID']['output'];
  inForce: Scalars['Boolean']['output'];
  /** strategy, white_paper, act, guide, action_plan or programme. */
  kind: Scalars['String']['output'];
  links: Array<Link>;
  /** Member municipalities of a partnership programme at `asOf`; empty when no source lists them. */
  members: Array<EntitySummary>;
  missingTranslations: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** The strategy this guide, action plan or programme carries out. */
  partOf: Array<EntitySummary>;
  /** Guides, action plans and programmes that carry this strategy out, in force at `asOf`. */
  parts: Array<EntitySummary>;
  /** The actor that publishes or runs it. */
  publishedBy: Array<EntitySummary>;
  replacedBy: Array<EntitySummary>;
  sources: Array<Source>;
  targetGroups: Array<EntitySummary>;
  type: EntityType;
  /** The strategy's own page, or the guide's web site. */
  url: Maybe<Scalars['String']['output']>;
  validFrom: Maybe<Scalars['Date']['output']>;
  validTo: Maybe<Scalars['Date']['output']>;
  /** Published version of this entity (1 at its first import); a change drafted against an older one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/** A national strategy, white paper or act that sets goals. */
export type StrategyLinksArgs = {
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<LinkType>>;
};

export type StrategyConnection = {
  __typename?: 'StrategyConnection';
  nodes: Array<Strategy>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** The kinds of strategy-like entity. */
export type StrategyKind =
  | 'ACT'
  /** A yearly joint action plan of the agencies. */
  | 'ACTION_PLAN'
  /** A joint guide such as veiviseren.no. */
  | 'GUIDE'
  /** A partnership programme with municipalities. */
  | 'PROGRAMME'
  | 'STRATEGY'
  | 'WHITE_PAPER';

/** A strategy in force and the target groups it prioritises (PRIORITISES), each with the ministry's reach. */
export type StrategyPriorities = {
  __typename?: 'StrategyPriorities';
  /** The strategy, white paper or act. */
  strategy: EntitySummary;
  /** Its prioritised target groups in force, by name. */
  targetGroups: Array<TargetGroupReach>;
};

/**
 * Live updates, served over Server-Sent Events at `/graphql/stream` (the graphql-sse protocol,
 * distinct connections mode) and nowhere else. No sign-in.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Each change published after the subscription starts, oldest first, within a few seconds of the
   * publication, from this server or any other writing to the same database. `types` and `ids`
   * filter as in `changes`. Drafts and change sets waiting for review never arrive.
   */
  changePublished: ChangeEntry;
};


/**
 * Live updates, served over Server-Sent Events at `/graphql/stream` (the graphql-sse protocol,
 * distinct connections mode) and nowhere else. No sign-in.
 */
export type SubscriptionChangePublishedArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  lang?: InputMaybe<Lang>;
  types?: InputMaybe<Array<EntityType>>;
};

/**
 * A reader's report that something on a page is wrong or missing ("Meld feil"). Holds no contact
 * data: readers are asked not to write personal information.
 */
export type Suggestion = {
  __typename?: 'Suggestion';
  /** What the editor who closed it wrote. */
  closingNote: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The entity the page shows, when it shows one. */
  entityId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** The explorer path the report was sent from (no query string). */
  page: Scalars['String']['output'];
  status: SuggestionStatus;
  text: Scalars['String']['output'];
};

export type SuggestionInput = {
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** The explorer path (no query string), e.g. `/virkemiddel/startlan`. */
  page: Scalars['String']['input'];
  /** What is wrong or missing. Do not write personal information. */
  text: Scalars['String']['input'];
};

/** The receipt a reader gets for a report. */
export type SuggestionReceipt = {
  __typename?: 'SuggestionReceipt';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

export type SuggestionStatus =
  /** An editor has dealt with it (in a change set, or by answering that nothing is wrong). */
  | 'CLOSED'
  | 'OPEN';

/** A group of households that instruments and strategies aim at. */
export type TargetGroup = Entity & Node & {
  __typename?: 'TargetGroup';
  abbreviation: Maybe<Scalars['String']['output']>;
  confidence: Confidence;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  inForce: Scalars['Boolean']['output'];
  instruments: Array<EntitySummary>;
  links: Array<Link>;
  missingTranslations: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  strategies: Array<EntitySummary>;
  subgroupOf: Array<EntitySummary>;
  subgroups: Array<EntitySummary>;
  type: EntityType;
  validFrom: Maybe<Scalars['Date']['output']>;
  validTo: Maybe<Scalars['Date']['output']>;
  /** Published version of this entity (1 at its first import); a change drafted against an older one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


/** A group of households that instruments and strategies aim at. */
export type TargetGroupLinksArgs = {
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<LinkType>>;
};

export type TargetGroupConnection = {
  __typename?: 'TargetGroupConnection';
  nodes: Array<TargetGroup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A target group in force and how far one ministry's instruments reach it. */
export type TargetGroupReach = {
  __typename?: 'TargetGroupReach';
  /** The ministry's instruments that target the group itself. */
  instrumentCount: Scalars['Int']['output'];
  /** How far the ministry's instruments reach it. */
  reach: Reach;
  /** Its subgroups in force that the ministry's instruments target, when `reach` is SUBGROUP_ONLY or DIRECT. */
  reachedSubgroups: Array<EntitySummary>;
  /** The target group. */
  targetGroup: EntitySummary;
};

/** Why a source's address is not the publisher's official page. */
export type UrlFlag =
  /** A document-copy site (docplayer, 9pdf). */
  | 'DOCUMENT_COPY'
  /** A mirror of another site. */
  | 'MIRROR'
  /** A municipality's copy of a national text. */
  | 'MUNICIPAL_COPY'
  /** A staging or CMS host, not the public address. */
  | 'STAGING_HOST';

export type VerificationBasis =
  | 'LIVE_PAGE'
  | 'STORED_COPY';

/** The signed-in person. Only their name and e-mail are kept. */
export type Viewer = {
  __typename?: 'Viewer';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  roles: Array<Role>;
};

/** What would need to change for an unmet criterion to be met. */
export type WhyNot = {
  __typename?: 'WhyNot';
  /** The criterion that is not met. (Null only in answers from before goals stopped being a rule.) */
  criterionId: Maybe<Scalars['ID']['output']>;
  /** The language of `text`: bokmål when the requested language is missing. */
  language: Lang;
  /** What would need to change, in plain language. */
  text: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<EntityModelModel>;
  ActorConnection: ResolverTypeWrapper<Omit<ActorConnection, 'nodes'> & { nodes: Array<ResolversTypes['Actor']> }>;
  ActorInRole: ResolverTypeWrapper<Omit<ActorInRole, 'actor'> & { actor: ResolversTypes['EntitySummary'] }>;
  AddRelationInput: AddRelationInput;
  AddSourceInput: AddSourceInput;
  AdministeringGroup: ResolverTypeWrapper<Omit<AdministeringGroup, 'administrator' | 'instruments'> & { administrator?: Maybe<ResolversTypes['EntitySummary']>, instruments: Array<ResolversTypes['MinistryInstrument']> }>;
  Assessment: ResolverTypeWrapper<AssessmentModelModel>;
  AssessmentStatus: AssessmentStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Change: ResolverTypeWrapper<Change>;
  ChangeBasis: ChangeBasis;
  ChangeConnection: ResolverTypeWrapper<ChangeConnection>;
  ChangeEntry: ResolverTypeWrapper<ChangeEntry>;
  ChangeOperation: ChangeOperation;
  ChangeSet: ResolverTypeWrapper<ChangeSet>;
  ChangeSetConnection: ResolverTypeWrapper<ChangeSetConnection>;
  ChangeSetKind: ChangeSetKind;
  ChangeSetStatus: ChangeSetStatus;
  ChangedEntity: ResolverTypeWrapper<ChangedEntity>;
  CheckItem: ResolverTypeWrapper<CheckItem>;
  CitedSource: ResolverTypeWrapper<CitedSource>;
  Combination: ResolverTypeWrapper<CombinationModelModel>;
  CombinationStep: ResolverTypeWrapper<CombinationStepModelModel>;
  Confidence: Confidence;
  CoverageCell: ResolverTypeWrapper<CoverageCell>;
  CoverageColumn: ResolverTypeWrapper<Omit<CoverageColumn, 'entity'> & { entity: ResolversTypes['EntitySummary'] }>;
  CoverageDimension: CoverageDimension;
  CoverageMatrix: ResolverTypeWrapper<Omit<CoverageMatrix, 'columns' | 'rows'> & { columns: Array<ResolversTypes['CoverageColumn']>, rows: Array<ResolversTypes['CoverageRow']> }>;
  CoverageReport: ResolverTypeWrapper<Omit<CoverageReport, 'instrumentsPerActor' | 'instrumentsPerGoal' | 'instrumentsPerTargetGroup' | 'instrumentsWithoutGoal' | 'uncoveredGoals' | 'uncoveredTargetGroups' | 'unmappedGoals'> & { instrumentsPerActor: Array<ResolversTypes['EntityCount']>, instrumentsPerGoal: Array<ResolversTypes['EntityCount']>, instrumentsPerTargetGroup: Array<ResolversTypes['EntityCount']>, instrumentsWithoutGoal: Array<ResolversTypes['EntitySummary']>, uncoveredGoals: Array<ResolversTypes['EntitySummary']>, uncoveredTargetGroups: Array<ResolversTypes['EntitySummary']>, unmappedGoals: Array<ResolversTypes['EntitySummary']> }>;
  CoverageRow: ResolverTypeWrapper<Omit<CoverageRow, 'actors' | 'instrument'> & { actors: Array<ResolversTypes['ActorInRole']>, instrument: ResolversTypes['EntitySummary'] }>;
  CreateChangeSetInput: CreateChangeSetInput;
  Criterion: ResolverTypeWrapper<EntityModelModel>;
  CriterionOutcome: CriterionOutcome;
  CriterionResult: ResolverTypeWrapper<CriterionResult>;
  DataVersion: ResolverTypeWrapper<DataVersion>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Direction: Direction;
  EndEntityInput: EndEntityInput;
  EndRelationInput: EndRelationInput;
  Entity: ResolverTypeWrapper<EntityModelModel>;
  EntityCount: ResolverTypeWrapper<Omit<EntityCount, 'entity'> & { entity: ResolversTypes['EntitySummary'] }>;
  EntityFilter: EntityFilter;
  EntityOrder: EntityOrder;
  EntitySummary: ResolverTypeWrapper<SummaryModelModel>;
  EntityType: EntityType;
  FactsInput: FactsInput;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GapPeriod: ResolverTypeWrapper<Omit<GapPeriod, 'strategy'> & { strategy?: Maybe<ResolversTypes['EntitySummary']> }>;
  GapPeriodKind: GapPeriodKind;
  GapReason: GapReason;
  GapSpan: ResolverTypeWrapper<GapSpan>;
  GapSubject: ResolverTypeWrapper<Omit<GapSubject, 'entity' | 'strategies'> & { entity: ResolversTypes['EntitySummary'], strategies: Array<ResolversTypes['EntitySummary']> }>;
  GapTimeline: ResolverTypeWrapper<Omit<GapTimeline, 'periods' | 'subjects'> & { periods: Array<ResolversTypes['GapPeriod']>, subjects: Array<ResolversTypes['GapSubject']> }>;
  Goal: ResolverTypeWrapper<EntityModelModel>;
  GoalConnection: ResolverTypeWrapper<Omit<GoalConnection, 'nodes'> & { nodes: Array<ResolversTypes['Goal']> }>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNameSpan: ResolverTypeWrapper<GraphNameSpan>;
  GraphPath: ResolverTypeWrapper<Omit<GraphPath, 'nodes'> & { nodes: Array<ResolversTypes['EntitySummary']> }>;
  GraphView: ResolverTypeWrapper<Omit<GraphView, 'focus' | 'nodes'> & { focus: ResolversTypes['EntitySummary'], nodes: Array<ResolversTypes['GraphViewNode']> }>;
  GraphViewNode: ResolverTypeWrapper<Omit<GraphViewNode, 'entity'> & { entity: ResolversTypes['EntitySummary'] }>;
  HistoryConnection: ResolverTypeWrapper<HistoryConnection>;
  HistoryEntry: ResolverTypeWrapper<HistoryEntry>;
  HouseholdGoal: HouseholdGoal;
  HousingSituation: HousingSituation;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IncomeSource: IncomeSource;
  InstitutionKind: InstitutionKind;
  Instrument: ResolverTypeWrapper<EntityModelModel>;
  InstrumentConnection: ResolverTypeWrapper<Omit<InstrumentConnection, 'nodes'> & { nodes: Array<ResolversTypes['Instrument']> }>;
  InstrumentDetail: ResolverTypeWrapper<InstrumentDetailModelModel>;
  InstrumentDetailKind: InstrumentDetailKind;
  InstrumentKind: InstrumentKind;
  InstrumentRole: InstrumentRole;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Lang: Lang;
  LangTextInput: LangTextInput;
  LeftOut: ResolverTypeWrapper<LeftOut>;
  LegalBasis: ResolverTypeWrapper<EntityModelModel>;
  LegalBasisConnection: ResolverTypeWrapper<Omit<LegalBasisConnection, 'nodes'> & { nodes: Array<ResolversTypes['LegalBasis']> }>;
  Link: ResolverTypeWrapper<LinkModelModel>;
  LinkType: LinkType;
  MinistryInstrument: ResolverTypeWrapper<Omit<MinistryInstrument, 'actors' | 'goals' | 'instrument' | 'reasons' | 'targetGroups'> & { actors: Array<ResolversTypes['ActorInRole']>, goals: Array<ResolversTypes['EntitySummary']>, instrument: ResolversTypes['EntitySummary'], reasons: Array<ResolversTypes['ResponsibilityReason']>, targetGroups: Array<ResolversTypes['EntitySummary']> }>;
  MinistryOverview: ResolverTypeWrapper<Omit<MinistryOverview, 'byAdministrator' | 'goals' | 'instruments' | 'ministry' | 'priorities' | 'targetGroups'> & { byAdministrator: Array<ResolversTypes['AdministeringGroup']>, goals: Array<ResolversTypes['EntityCount']>, instruments: Array<ResolversTypes['MinistryInstrument']>, ministry: ResolversTypes['EntitySummary'], priorities: Array<ResolversTypes['StrategyPriorities']>, targetGroups: Array<ResolversTypes['TargetGroupReach']> }>;
  MoveResponsibilityInput: MoveResponsibilityInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NamePeriod: ResolverTypeWrapper<NamePeriodModelModel>;
  Neighbourhood: ResolverTypeWrapper<Omit<Neighbourhood, 'center' | 'nodes'> & { center: ResolversTypes['EntitySummary'], nodes: Array<ResolversTypes['EntitySummary']> }>;
  Node: ResolverTypeWrapper<NodeModelModel>;
  Notice: ResolverTypeWrapper<NoticeModelModel>;
  OpenQuestion: ResolverTypeWrapper<OpenQuestion>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<Person>;
  Publication: ResolverTypeWrapper<Publication>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reach: Reach;
  RecordAction: RecordAction;
  Relevance: Relevance;
  RenameInput: RenameInput;
  Responsibility: Responsibility;
  ResponsibilityReason: ResolverTypeWrapper<Omit<ResponsibilityReason, 'via'> & { via?: Maybe<ResolversTypes['EntitySummary']> }>;
  Role: Role;
  SearchEntityCount: ResolverTypeWrapper<Omit<SearchEntityCount, 'entity'> & { entity: ResolversTypes['EntitySummary'] }>;
  SearchFacets: ResolverTypeWrapper<Omit<SearchFacets, 'ministries' | 'targetGroups'> & { ministries: Array<ResolversTypes['SearchEntityCount']>, targetGroups: Array<ResolversTypes['SearchEntityCount']> }>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['EntitySummary'] }>;
  SearchMatchField: SearchMatchField;
  SearchResults: ResolverTypeWrapper<Omit<SearchResults, 'facets' | 'hits'> & { facets: ResolversTypes['SearchFacets'], hits: Array<ResolversTypes['SearchHit']> }>;
  SearchTypeCount: ResolverTypeWrapper<SearchTypeCount>;
  SituationInput: SituationInput;
  SituationResult: ResolverTypeWrapper<SituationResultModel>;
  Source: ResolverTypeWrapper<SourceModelModel>;
  SourceConnection: ResolverTypeWrapper<Omit<SourceConnection, 'nodes'> & { nodes: Array<ResolversTypes['Source']> }>;
  SourceVerification: ResolverTypeWrapper<SourceVerification>;
  StepOwner: ResolverTypeWrapper<StepOwner>;
  StepRole: StepRole;
  Strategy: ResolverTypeWrapper<EntityModelModel>;
  StrategyConnection: ResolverTypeWrapper<Omit<StrategyConnection, 'nodes'> & { nodes: Array<ResolversTypes['Strategy']> }>;
  StrategyKind: StrategyKind;
  StrategyPriorities: ResolverTypeWrapper<Omit<StrategyPriorities, 'strategy' | 'targetGroups'> & { strategy: ResolversTypes['EntitySummary'], targetGroups: Array<ResolversTypes['TargetGroupReach']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Suggestion: ResolverTypeWrapper<Suggestion>;
  SuggestionInput: SuggestionInput;
  SuggestionReceipt: ResolverTypeWrapper<SuggestionReceipt>;
  SuggestionStatus: SuggestionStatus;
  TargetGroup: ResolverTypeWrapper<EntityModelModel>;
  TargetGroupConnection: ResolverTypeWrapper<Omit<TargetGroupConnection, 'nodes'> & { nodes: Array<ResolversTypes['TargetGroup']> }>;
  TargetGroupReach: ResolverTypeWrapper<Omit<TargetGroupReach, 'reachedSubgroups' | 'targetGroup'> & { reachedSubgroups: Array<ResolversTypes['EntitySummary']>, targetGroup: ResolversTypes['EntitySummary'] }>;
  UrlFlag: UrlFlag;
  VerificationBasis: VerificationBasis;
  Viewer: ResolverTypeWrapper<Viewer>;
  WhyNot: ResolverTypeWrapper<WhyNot>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: EntityModelModel;
  ActorConnection: Omit<ActorConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Actor']> };
  ActorInRole: Omit<ActorInRole, 'actor'> & { actor: ResolversParentTypes['EntitySummary'] };
  AddRelationInput: AddRelationInput;
  AddSourceInput: AddSourceInput;
  AdministeringGroup: Omit<AdministeringGroup, 'administrator' | 'instruments'> & { administrator?: Maybe<ResolversParentTypes['EntitySummary']>, instruments: Array<ResolversParentTypes['MinistryInstrument']> };
  Assessment: AssessmentModelModel;
  Boolean: Scalars['Boolean']['output'];
  Change: Change;
  ChangeBasis: ChangeBasis;
  ChangeConnection: ChangeConnection;
  ChangeEntry: ChangeEntry;
  ChangeSet: ChangeSet;
  ChangeSetConnection: ChangeSetConnection;
  ChangedEntity: ChangedEntity;
  CheckItem: CheckItem;
  CitedSource: CitedSource;
  Combination: CombinationModelModel;
  CombinationStep: CombinationStepModelModel;
  CoverageCell: CoverageCell;
  CoverageColumn: Omit<CoverageColumn, 'entity'> & { entity: ResolversParentTypes['EntitySummary'] };
  CoverageMatrix: Omit<CoverageMatrix, 'columns' | 'rows'> & { columns: Array<ResolversParentTypes['CoverageColumn']>, rows: Array<ResolversParentTypes['CoverageRow']> };
  CoverageReport: Omit<CoverageReport, 'instrumentsPerActor' | 'instrumentsPerGoal' | 'instrumentsPerTargetGroup' | 'instrumentsWithoutGoal' | 'uncoveredGoals' | 'uncoveredTargetGroups' | 'unmappedGoals'> & { instrumentsPerActor: Array<ResolversParentTypes['EntityCount']>, instrumentsPerGoal: Array<ResolversParentTypes['EntityCount']>, instrumentsPerTargetGroup: Array<ResolversParentTypes['EntityCount']>, instrumentsWithoutGoal: Array<ResolversParentTypes['EntitySummary']>, uncoveredGoals: Array<ResolversParentTypes['EntitySummary']>, uncoveredTargetGroups: Array<ResolversParentTypes['EntitySummary']>, unmappedGoals: Array<ResolversParentTypes['EntitySummary']> };
  CoverageRow: Omit<CoverageRow, 'actors' | 'instrument'> & { actors: Array<ResolversParentTypes['ActorInRole']>, instrument: ResolversParentTypes['EntitySummary'] };
  CreateChangeSetInput: CreateChangeSetInput;
  Criterion: EntityModelModel;
  CriterionResult: CriterionResult;
  DataVersion: DataVersion;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EndEntityInput: EndEntityInput;
  EndRelationInput: EndRelationInput;
  Entity: EntityModelModel;
  EntityCount: Omit<EntityCount, 'entity'> & { entity: ResolversParentTypes['EntitySummary'] };
  EntityFilter: EntityFilter;
  EntitySummary: SummaryModelModel;
  FactsInput: FactsInput;
  FieldChange: FieldChange;
  Float: Scalars['Float']['output'];
  GapPeriod: Omit<GapPeriod, 'strategy'> & { strategy?: Maybe<ResolversParentTypes['EntitySummary']> };
  GapSpan: GapSpan;
  GapSubject: Omit<GapSubject, 'entity' | 'strategies'> & { entity: ResolversParentTypes['EntitySummary'], strategies: Array<ResolversParentTypes['EntitySummary']> };
  GapTimeline: Omit<GapTimeline, 'periods' | 'subjects'> & { periods: Array<ResolversParentTypes['GapPeriod']>, subjects: Array<ResolversParentTypes['GapSubject']> };
  Goal: EntityModelModel;
  GoalConnection: Omit<GoalConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Goal']> };
  GraphEdge: GraphEdge;
  GraphNameSpan: GraphNameSpan;
  GraphPath: Omit<GraphPath, 'nodes'> & { nodes: Array<ResolversParentTypes['EntitySummary']> };
  GraphView: Omit<GraphView, 'focus' | 'nodes'> & { focus: ResolversParentTypes['EntitySummary'], nodes: Array<ResolversParentTypes['GraphViewNode']> };
  GraphViewNode: Omit<GraphViewNode, 'entity'> & { entity: ResolversParentTypes['EntitySummary'] };
  HistoryConnection: HistoryConnection;
  HistoryEntry: HistoryEntry;
  ID: Scalars['ID']['output'];
  Instrument: EntityModelModel;
  InstrumentConnection: Omit<InstrumentConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Instrument']> };
  InstrumentDetail: InstrumentDetailModelModel;
  Int: Scalars['Int']['output'];
  LangTextInput: LangTextInput;
  LeftOut: LeftOut;
  LegalBasis: EntityModelModel;
  LegalBasisConnection: Omit<LegalBasisConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['LegalBasis']> };
  Link: LinkModelModel;
  MinistryInstrument: Omit<MinistryInstrument, 'actors' | 'goals' | 'instrument' | 'reasons' | 'targetGroups'> & { actors: Array<ResolversParentTypes['ActorInRole']>, goals: Array<ResolversParentTypes['EntitySummary']>, instrument: ResolversParentTypes['EntitySummary'], reasons: Array<ResolversParentTypes['ResponsibilityReason']>, targetGroups: Array<ResolversParentTypes['EntitySummary']> };
  MinistryOverview: Omit<MinistryOverview, 'byAdministrator' | 'goals' | 'instruments' | 'ministry' | 'priorities' | 'targetGroups'> & { byAdministrator: Array<ResolversParentTypes['AdministeringGroup']>, goals: Array<ResolversParentTypes['EntityCount']>, instruments: Array<ResolversParentTypes['MinistryInstrument']>, ministry: ResolversParentTypes['EntitySummary'], priorities: Array<ResolversParentTypes['StrategyPriorities']>, targetGroups: Array<ResolversParentTypes['TargetGroupReach']> };
  MoveResponsibilityInput: MoveResponsibilityInput;
  Mutation: Record<PropertyKey, never>;
  NamePeriod: NamePeriodModelModel;
  Neighbourhood: Omit<Neighbourhood, 'center' | 'nodes'> & { center: ResolversParentTypes['EntitySummary'], nodes: Array<ResolversParentTypes['EntitySummary']> };
  Node: NodeModelModel;
  Notice: NoticeModelModel;
  OpenQuestion: OpenQuestion;
  PageInfo: PageInfo;
  Person: Person;
  Publication: Publication;
  Query: Record<PropertyKey, never>;
  RenameInput: RenameInput;
  ResponsibilityReason: Omit<ResponsibilityReason, 'via'> & { via?: Maybe<ResolversParentTypes['EntitySummary']> };
  SearchEntityCount: Omit<SearchEntityCount, 'entity'> & { entity: ResolversParentTypes['EntitySummary'] };
  SearchFacets: Omit<SearchFacets, 'ministries' | 'targetGroups'> & { ministries: Array<ResolversParentTypes['SearchEntityCount']>, targetGroups: Array<ResolversParentTypes['SearchEntityCount']> };
  SearchHit: Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['EntitySummary'] };
  SearchResults: Omit<SearchResults, 'facets' | 'hits'> & { facets: ResolversParentTypes['SearchFacets'], hits: Array<ResolversParentTypes['SearchHit']> };
  SearchTypeCount: SearchTypeCount;
  SituationInput: SituationInput;
  SituationResult: SituationResultModel;
  Source: SourceModelModel;
  SourceConnection: Omit<SourceConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Source']> };
  SourceVerification: SourceVerification;
  StepOwner: StepOwner;
  Strategy: EntityModelModel;
  StrategyConnection: Omit<StrategyConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Strategy']> };
  StrategyPriorities: Omit<StrategyPriorities, 'strategy' | 'targetGroups'> & { strategy: ResolversParentTypes['EntitySummary'], targetGroups: Array<ResolversParentTypes['TargetGroupReach']> };
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Suggestion: Suggestion;
  SuggestionInput: SuggestionInput;
  SuggestionReceipt: SuggestionReceipt;
  TargetGroup: EntityModelModel;
  TargetGroupConnection: Omit<TargetGroupConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['TargetGroup']> };
  TargetGroupReach: Omit<TargetGroupReach, 'reachedSubgroups' | 'targetGroup'> & { reachedSubgroups: Array<ResolversParentTypes['EntitySummary']>, targetGroup: ResolversParentTypes['EntitySummary'] };
  Viewer: Viewer;
  WhyNot: WhyNot;
};

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answersTo?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  coordinates?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  instruments?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<ActorLinksArgs>>;
  memberOf?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  missingTranslations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  municipalityNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameHistory?: Resolver<Array<ResolversTypes['NamePeriod']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  replacedBy?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  responsibleFor?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  strategies?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorInRoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorInRole'] = ResolversParentTypes['ActorInRole']> = {
  actor?: Resolver<ResolversTypes['EntitySummary'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['InstrumentRole'], ParentType, ContextType>;
};

export type AdministeringGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdministeringGroup'] = ResolversParentTypes['AdministeringGroup']> = {
  administrator?: Resolver<Maybe<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  instruments?: Resolver<Array<ResolversTypes['MinistryInstrument']>, ParentType, ContextType>;
};

export type AssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assessment'] = ResolversParentTypes['Assessment']> = {
  criteria?: Resolver<Array<ResolversTypes['CriterionResult']>, ParentType, ContextType>;
  discretionary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  instrumentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  relevance?: Resolver<ResolversTypes['Relevance'], ParentType, ContextType>;
  servesGoal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssessmentStatus'], ParentType, ContextType>;
  toCheck?: Resolver<Array<ResolversTypes['CheckItem']>, ParentType, ContextType>;
  whyNot?: Resolver<Array<ResolversTypes['WhyNot']>, ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  baseVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['ChangeEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ChangeEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeEntry'] = ResolversParentTypes['ChangeEntry']> = {
  author?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
  changeSetReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['ChangedEntity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publication?: Resolver<ResolversTypes['Publication'], ParentType, ContextType>;
  recordCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['CitedSource']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangeSetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeSet'] = ResolversParentTypes['ChangeSet']> = {
  author?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeSetKind'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChangeSetStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangeSetConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeSetConnection'] = ResolversParentTypes['ChangeSetConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['ChangeSet']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ChangedEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangedEntity'] = ResolversParentTypes['ChangedEntity']> = {
  feedPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  uriPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CheckItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CheckItem'] = ResolversParentTypes['CheckItem']> = {
  criterionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Lang'], ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CitedSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitedSource'] = ResolversParentTypes['CitedSource']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CombinationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Combination'] = ResolversParentTypes['Combination']> = {
  anchorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrumentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  instruments?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType>;
  leftOut?: Resolver<Array<ResolversTypes['LeftOut']>, ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rationales?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  relationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['CombinationStep']>, ParentType, ContextType>;
};

export type CombinationStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CombinationStep'] = ResolversParentTypes['CombinationStep']> = {
  after?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  anchor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  instrumentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['StepOwner']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reasonLanguage?: Resolver<Maybe<ResolversTypes['Lang']>, ParentType, ContextType>;
  reasonRelationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reasonSourceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CoverageCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageCell'] = ResolversParentTypes['CoverageCell']> = {
  column?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  sourced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unverified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type CoverageColumnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageColumn'] = ResolversParentTypes['CoverageColumn']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['EntitySummary'], ParentType, ContextType>;
};

export type CoverageMatrixResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageMatrix'] = ResolversParentTypes['CoverageMatrix']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  cellCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['CoverageColumn']>, ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['CoverageDimension'], ParentType, ContextType>;
  emptyColumnCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['CoverageRow']>, ParentType, ContextType>;
};

export type CoverageReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageReport'] = ResolversParentTypes['CoverageReport']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  instrumentsPerActor?: Resolver<Array<ResolversTypes['EntityCount']>, ParentType, ContextType>;
  instrumentsPerGoal?: Resolver<Array<ResolversTypes['EntityCount']>, ParentType, ContextType>;
  instrumentsPerTargetGroup?: Resolver<Array<ResolversTypes['EntityCount']>, ParentType, ContextType>;
  instrumentsWithoutGoal?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  uncoveredGoals?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  uncoveredTargetGroups?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  unmappedGoals?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
};

export type CoverageRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageRow'] = ResolversParentTypes['CoverageRow']> = {
  actors?: Resolver<Array<ResolversTypes['ActorInRole']>, ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['CoverageCell']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['EntitySummary'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['InstrumentKind']>, ParentType, ContextType>;
};

export type CriterionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Criterion'] = ResolversParentTypes['Criterion']> = {
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  discretionary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  instrumentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<CriterionLinksArgs>>;
  missingTranslations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  thresholdYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  whyNot?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CriterionResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CriterionResult'] = ResolversParentTypes['CriterionResult']> = {
  criterionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  discretionary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Lang'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['CriterionOutcome'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  thresholdYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DataVersionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataVersion'] = ResolversParentTypes['DataVersion']> = {
  checksum?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastChecked?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastCompiled?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastVerified?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unverifiedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verifiedFactCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verifiedSourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Criterion' | 'Goal' | 'Instrument' | 'LegalBasis' | 'Strategy' | 'TargetGroup', ParentType, ContextType>;
};

export type EntityCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityCount'] = ResolversParentTypes['EntityCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['EntitySummary'], ParentType, ContextType>;
};

export type EntitySummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntitySummary'] = ResolversParentTypes['EntitySummary']> = {
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  action?: Resolver<ResolversTypes['RecordAction'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GapPeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GapPeriod'] = ResolversParentTypes['GapPeriod']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  goalsNotMapped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goalsWithoutInstrument?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  instrumentsWithoutGoal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GapPeriodKind'], ParentType, ContextType>;
  strategy?: Resolver<Maybe<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  targetGroupsWithoutInstrument?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type GapSpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GapSpan'] = ResolversParentTypes['GapSpan']> = {
  continuesAfter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startsBefore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type GapSubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GapSubject'] = ResolversParentTypes['GapSubject']> = {
  entity?: Resolver<ResolversTypes['EntitySummary'], ParentType, ContextType>;
  gapAtAsOf?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['GapReason'], ParentType, ContextType>;
  spans?: Resolver<Array<ResolversTypes['GapSpan']>, ParentType, ContextType>;
  strategies?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type GapTimelineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GapTimeline'] = ResolversParentTypes['GapTimeline']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['GapPeriod']>, ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['GapSubject']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type GoalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal']> = {
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  instruments?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<GoalLinksArgs>>;
  missingTranslations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  strategies?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GoalConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GoalConnection'] = ResolversParentTypes['GoalConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LinkType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type GraphNameSpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNameSpan'] = ResolversParentTypes['GraphNameSpan']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type GraphPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphPath'] = ResolversParentTypes['GraphPath']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
};

export type GraphViewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphView'] = ResolversParentTypes['GraphView']> = {
  capped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  focus?: Resolver<ResolversTypes['EntitySummary'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphViewNode']>, ParentType, ContextType>;
  opened?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  totalNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphViewNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphViewNode'] = ResolversParentTypes['GraphViewNode']> = {
  currentName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['EntitySummary'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['GraphNameSpan']>, ParentType, ContextType>;
};

export type HistoryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HistoryConnection'] = ResolversParentTypes['HistoryConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['HistoryEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type HistoryEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry']> = {
  author?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  changeSetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InstrumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = {
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  administeredBy?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  appealBodies?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  appealDeadline?: Resolver<Maybe<ResolversTypes['InstrumentDetail']>, ParentType, ContextType>;
  applicationPage?: Resolver<Maybe<ResolversTypes['InstrumentDetail']>, ParentType, ContextType>;
  applyTo?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['Criterion']>, ParentType, ContextType>;
  decidedBy?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  deliveredBy?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  documentsToBring?: Resolver<Array<ResolversTypes['InstrumentDetail']>, ParentType, ContextType>;
  fundedBy?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  howToApply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  informationPage?: Resolver<Maybe<ResolversTypes['InstrumentDetail']>, ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['InstrumentKind']>, ParentType, ContextType>;
  legalBases?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<InstrumentLinksArgs>>;
  missingDetails?: Resolver<Array<ResolversTypes['InstrumentDetailKind']>, ParentType, ContextType>;
  missingTranslations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameHistory?: Resolver<Array<ResolversTypes['NamePeriod']>, ParentType, ContextType>;
  noLegalBasisNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  processingTime?: Resolver<Maybe<ResolversTypes['InstrumentDetail']>, ParentType, ContextType>;
  relatedInstruments?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  replacedBy?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  supplySide?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstrumentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstrumentConnection'] = ResolversParentTypes['InstrumentConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InstrumentDetailResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstrumentDetail'] = ResolversParentTypes['InstrumentDetail']> = {
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  fallback?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InstrumentDetailKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LeftOutResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeftOut'] = ResolversParentTypes['LeftOut']> = {
  excludedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrumentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Lang'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type LegalBasisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegalBasis'] = ResolversParentTypes['LegalBasis']> = {
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  instruments?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<LegalBasisLinksArgs>>;
  missingTranslations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownedBy?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  replacedBy?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LegalBasisConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegalBasisConnection'] = ResolversParentTypes['LegalBasisConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['LegalBasis']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = {
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['EntitySummary'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rationale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LinkType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type MinistryInstrumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MinistryInstrument'] = ResolversParentTypes['MinistryInstrument']> = {
  actors?: Resolver<Array<ResolversTypes['ActorInRole']>, ParentType, ContextType>;
  fundedByMinistry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['EntitySummary'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['InstrumentKind']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ResponsibilityReason']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
};

export type MinistryOverviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MinistryOverview'] = ResolversParentTypes['MinistryOverview']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  byAdministrator?: Resolver<Array<ResolversTypes['AdministeringGroup']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['EntityCount']>, ParentType, ContextType>;
  instruments?: Resolver<Array<ResolversTypes['MinistryInstrument']>, ParentType, ContextType>;
  ministry?: Resolver<ResolversTypes['EntitySummary'], ParentType, ContextType>;
  priorities?: Resolver<Array<ResolversTypes['StrategyPriorities']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['TargetGroupReach']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addRelation?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationAddRelationArgs, 'changeSetId' | 'input'>>;
  addSource?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationAddSourceArgs, 'changeSetId' | 'input'>>;
  closeSuggestion?: Resolver<ResolversTypes['Suggestion'], ParentType, ContextType, RequireFields<MutationCloseSuggestionArgs, 'id' | 'note'>>;
  createChangeSet?: Resolver<ResolversTypes['ChangeSet'], ParentType, ContextType, RequireFields<MutationCreateChangeSetArgs, 'input'>>;
  endEntity?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationEndEntityArgs, 'changeSetId' | 'input'>>;
  endRelation?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationEndRelationArgs, 'changeSetId' | 'input'>>;
  moveResponsibility?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationMoveResponsibilityArgs, 'changeSetId' | 'input'>>;
  publishChangeSet?: Resolver<ResolversTypes['ChangeSet'], ParentType, ContextType, RequireFields<MutationPublishChangeSetArgs, 'id'>>;
  rejectChangeSet?: Resolver<ResolversTypes['ChangeSet'], ParentType, ContextType, RequireFields<MutationRejectChangeSetArgs, 'id' | 'note'>>;
  removeChange?: Resolver<ResolversTypes['ChangeSet'], ParentType, ContextType, RequireFields<MutationRemoveChangeArgs, 'changeId' | 'changeSetId'>>;
  renameEntity?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationRenameEntityArgs, 'changeSetId' | 'input'>>;
  reportProblem?: Resolver<ResolversTypes['SuggestionReceipt'], ParentType, ContextType, RequireFields<MutationReportProblemArgs, 'input'>>;
  submitChangeSet?: Resolver<ResolversTypes['ChangeSet'], ParentType, ContextType, RequireFields<MutationSubmitChangeSetArgs, 'id'>>;
  updateFacts?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationUpdateFactsArgs, 'basis' | 'changeSetId' | 'facts'>>;
  withdrawChangeSet?: Resolver<ResolversTypes['ChangeSet'], ParentType, ContextType, RequireFields<MutationWithdrawChangeSetArgs, 'id'>>;
};

export type NamePeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NamePeriod'] = ResolversParentTypes['NamePeriod']> = {
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type NeighbourhoodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = {
  capped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  center?: Resolver<ResolversTypes['EntitySummary'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  totalNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Actor' | 'Criterion' | 'EntitySummary' | 'Goal' | 'Instrument' | 'LegalBasis' | 'Source' | 'Strategy' | 'TargetGroup', ParentType, ContextType>;
};

export type NoticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notice'] = ResolversParentTypes['Notice']> = {
  contacts?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Lang'], ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urgent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type OpenQuestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpenQuestion'] = ResolversParentTypes['OpenQuestion']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  instrumentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Lang'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Publication'] = ResolversParentTypes['Publication']> = {
  changeSetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeSetKind'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'first' | 'lang' | 'orderBy'>>;
  changeSet?: Resolver<Maybe<ResolversTypes['ChangeSet']>, ParentType, ContextType, RequireFields<QueryChangeSetArgs, 'id' | 'lang'>>;
  changeSets?: Resolver<ResolversTypes['ChangeSetConnection'], ParentType, ContextType, RequireFields<QueryChangeSetsArgs, 'first' | 'lang'>>;
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first' | 'lang'>>;
  coverage?: Resolver<ResolversTypes['CoverageReport'], ParentType, ContextType, RequireFields<QueryCoverageArgs, 'lang'>>;
  coverageMatrix?: Resolver<ResolversTypes['CoverageMatrix'], ParentType, ContextType, RequireFields<QueryCoverageMatrixArgs, 'dimension' | 'lang'>>;
  dataVersion?: Resolver<ResolversTypes['DataVersion'], ParentType, ContextType>;
  gapTimeline?: Resolver<ResolversTypes['GapTimeline'], ParentType, ContextType, RequireFields<QueryGapTimelineArgs, 'lang'>>;
  goals?: Resolver<ResolversTypes['GoalConnection'], ParentType, ContextType, RequireFields<QueryGoalsArgs, 'first' | 'lang' | 'orderBy'>>;
  graphView?: Resolver<Maybe<ResolversTypes['GraphView']>, ParentType, ContextType, RequireFields<QueryGraphViewArgs, 'added' | 'depth' | 'expanded' | 'focus' | 'lang' | 'limit'>>;
  history?: Resolver<ResolversTypes['HistoryConnection'], ParentType, ContextType, RequireFields<QueryHistoryArgs, 'first' | 'id' | 'lang'>>;
  instrument?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType, RequireFields<QueryInstrumentArgs, 'lang' | 'slug'>>;
  instruments?: Resolver<ResolversTypes['InstrumentConnection'], ParentType, ContextType, RequireFields<QueryInstrumentsArgs, 'first' | 'lang' | 'orderBy'>>;
  legalBases?: Resolver<ResolversTypes['LegalBasisConnection'], ParentType, ContextType, RequireFields<QueryLegalBasesArgs, 'first' | 'lang' | 'orderBy'>>;
  ministries?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType, RequireFields<QueryMinistriesArgs, 'lang'>>;
  ministryOverview?: Resolver<ResolversTypes['MinistryOverview'], ParentType, ContextType, RequireFields<QueryMinistryOverviewArgs, 'id' | 'lang'>>;
  neighbourhood?: Resolver<Maybe<ResolversTypes['Neighbourhood']>, ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'lang' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id' | 'lang'>>;
  paths?: Resolver<Array<ResolversTypes['GraphPath']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'lang' | 'to'>>;
  publications?: Resolver<Array<ResolversTypes['Publication']>, ParentType, ContextType, RequireFields<QueryPublicationsArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'lang' | 'text'>>;
  searchResults?: Resolver<ResolversTypes['SearchResults'], ParentType, ContextType, RequireFields<QuerySearchResultsArgs, 'first' | 'lang' | 'text'>>;
  situation?: Resolver<ResolversTypes['SituationResult'], ParentType, ContextType, RequireFields<QuerySituationArgs, 'input' | 'lang'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first' | 'lang' | 'orderBy'>>;
  strategies?: Resolver<ResolversTypes['StrategyConnection'], ParentType, ContextType, RequireFields<QueryStrategiesArgs, 'first' | 'lang' | 'orderBy'>>;
  suggestions?: Resolver<Array<ResolversTypes['Suggestion']>, ParentType, ContextType, RequireFields<QuerySuggestionsArgs, 'first' | 'status'>>;
  targetGroups?: Resolver<ResolversTypes['TargetGroupConnection'], ParentType, ContextType, RequireFields<QueryTargetGroupsArgs, 'first' | 'lang' | 'orderBy'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type ResponsibilityReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResponsibilityReason'] = ResolversParentTypes['ResponsibilityReason']> = {
  chain?: Resolver<Array<ResolversTypes['LinkType']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['InstrumentRole'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
};

export type SearchEntityCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchEntityCount'] = ResolversParentTypes['SearchEntityCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['EntitySummary'], ParentType, ContextType>;
};

export type SearchFacetsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchFacets'] = ResolversParentTypes['SearchFacets']> = {
  ministries?: Resolver<Array<ResolversTypes['SearchEntityCount']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['SearchEntityCount']>, ParentType, ContextType>;
  types?: Resolver<Array<ResolversTypes['SearchTypeCount']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['EntitySummary'], ParentType, ContextType>;
  matchedFormerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  matchedIn?: Resolver<ResolversTypes['SearchMatchField'], ParentType, ContextType>;
  matchedLang?: Resolver<Maybe<ResolversTypes['Lang']>, ParentType, ContextType>;
  matchedTerm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missingWords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults']> = {
  facets?: Resolver<ResolversTypes['SearchFacets'], ParentType, ContextType>;
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  partial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  searchedWords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchTypeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchTypeCount'] = ResolversParentTypes['SearchTypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
};

export type SituationResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SituationResult'] = ResolversParentTypes['SituationResult']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  assessments?: Resolver<Array<ResolversTypes['Assessment']>, ParentType, ContextType>;
  combinations?: Resolver<Array<ResolversTypes['Combination']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Lang'], ParentType, ContextType>;
  notices?: Resolver<Array<ResolversTypes['Notice']>, ParentType, ContextType>;
  openQuestions?: Resolver<Array<ResolversTypes['OpenQuestion']>, ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  checkedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  compiledOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urlFlag?: Resolver<Maybe<ResolversTypes['UrlFlag']>, ParentType, ContextType>;
  verification?: Resolver<Maybe<ResolversTypes['SourceVerification']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceVerificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceVerification'] = ResolversParentTypes['SourceVerification']> = {
  against?: Resolver<ResolversTypes['VerificationBasis'], ParentType, ContextType>;
  copy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  copyDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  readUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verifiedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type StepOwnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StepOwner'] = ResolversParentTypes['StepOwner']> = {
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Lang'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StepRole'], ParentType, ContextType>;
};

export type StrategyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Strategy'] = ResolversParentTypes['Strategy']> = {
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  committedBy?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  coordinatedBy?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  followedBy?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  follows?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<StrategyLinksArgs>>;
  members?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  missingTranslations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  publishedBy?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  replacedBy?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StrategyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StrategyConnection'] = ResolversParentTypes['StrategyConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StrategyPrioritiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StrategyPriorities'] = ResolversParentTypes['StrategyPriorities']> = {
  strategy?: Resolver<ResolversTypes['EntitySummary'], ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['TargetGroupReach']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  changePublished?: SubscriptionResolver<ResolversTypes['ChangeEntry'], "changePublished", ParentType, ContextType, RequireFields<SubscriptionChangePublishedArgs, 'lang'>>;
};

export type SuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Suggestion'] = ResolversParentTypes['Suggestion']> = {
  closingNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SuggestionStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SuggestionReceiptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuggestionReceipt'] = ResolversParentTypes['SuggestionReceipt']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TargetGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetGroup'] = ResolversParentTypes['TargetGroup']> = {
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  instruments?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<TargetGroupLinksArgs>>;
  missingTranslations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  strategies?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  subgroupOf?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  subgroups?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TargetGroupConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetGroupConnection'] = ResolversParentTypes['TargetGroupConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TargetGroupReachResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetGroupReach'] = ResolversParentTypes['TargetGroupReach']> = {
  instrumentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Reach'], ParentType, ContextType>;
  reachedSubgroups?: Resolver<Array<ResolversTypes['EntitySummary']>, ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['EntitySummary'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
};

export type WhyNotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WhyNot'] = ResolversParentTypes['WhyNot']> = {
  criterionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Lang'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorInRole?: ActorInRoleResolvers<ContextType>;
  AdministeringGroup?: AdministeringGroupResolvers<ContextType>;
  Assessment?: AssessmentResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEntry?: ChangeEntryResolvers<ContextType>;
  ChangeSet?: ChangeSetResolvers<ContextType>;
  ChangeSetConnection?: ChangeSetConnectionResolvers<ContextType>;
  ChangedEntity?: ChangedEntityResolvers<ContextType>;
  CheckItem?: CheckItemResolvers<ContextType>;
  CitedSource?: CitedSourceResolvers<ContextType>;
  Combination?: CombinationResolvers<ContextType>;
  CombinationStep?: CombinationStepResolvers<ContextType>;
  CoverageCell?: CoverageCellResolvers<ContextType>;
  CoverageColumn?: CoverageColumnResolvers<ContextType>;
  CoverageMatrix?: CoverageMatrixResolvers<ContextType>;
  CoverageReport?: CoverageReportResolvers<ContextType>;
  CoverageRow?: CoverageRowResolvers<ContextType>;
  Criterion?: CriterionResolvers<ContextType>;
  CriterionResult?: CriterionResultResolvers<ContextType>;
  DataVersion?: DataVersionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Entity?: EntityResolvers<ContextType>;
  EntityCount?: EntityCountResolvers<ContextType>;
  EntitySummary?: EntitySummaryResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  GapPeriod?: GapPeriodResolvers<ContextType>;
  GapSpan?: GapSpanResolvers<ContextType>;
  GapSubject?: GapSubjectResolvers<ContextType>;
  GapTimeline?: GapTimelineResolvers<ContextType>;
  Goal?: GoalResolvers<ContextType>;
  GoalConnection?: GoalConnectionResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNameSpan?: GraphNameSpanResolvers<ContextType>;
  GraphPath?: GraphPathResolvers<ContextType>;
  GraphView?: GraphViewResolvers<ContextType>;
  GraphViewNode?: GraphViewNodeResolvers<ContextType>;
  HistoryConnection?: HistoryConnectionResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  InstrumentConnection?: InstrumentConnectionResolvers<ContextType>;
  InstrumentDetail?: InstrumentDetailResolvers<ContextType>;
  LeftOut?: LeftOutResolvers<ContextType>;
  LegalBasis?: LegalBasisResolvers<ContextType>;
  LegalBasisConnection?: LegalBasisConnectionResolvers<ContextType>;
  Link?: LinkResolvers<ContextType>;
  MinistryInstrument?: MinistryInstrumentResolvers<ContextType>;
  MinistryOverview?: MinistryOverviewResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NamePeriod?: NamePeriodResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Notice?: NoticeResolvers<ContextType>;
  OpenQuestion?: OpenQuestionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Publication?: PublicationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResponsibilityReason?: ResponsibilityReasonResolvers<ContextType>;
  SearchEntityCount?: SearchEntityCountResolvers<ContextType>;
  SearchFacets?: SearchFacetsResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  SearchTypeCount?: SearchTypeCountResolvers<ContextType>;
  SituationResult?: SituationResultResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceVerification?: SourceVerificationResolvers<ContextType>;
  StepOwner?: StepOwnerResolvers<ContextType>;
  Strategy?: StrategyResolvers<ContextType>;
  StrategyConnection?: StrategyConnectionResolvers<ContextType>;
  StrategyPriorities?: StrategyPrioritiesResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Suggestion?: SuggestionResolvers<ContextType>;
  SuggestionReceipt?: SuggestionReceiptResolvers<ContextType>;
  TargetGroup?: TargetGroupResolvers<ContextType>;
  TargetGroupConnection?: TargetGroupConnectionResolvers<ContextType>;
  TargetGroupReach?: TargetGroupReachResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WhyNot?: WhyNotResolvers<ContextType>;
};

