/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddRelationInput = {
  basis: ChangeBasis;
  /** The entity at the other end (the relation leaves `basis.entityId`). */
  to: string | number;
  type: LinkType;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
};

export type AddSourceInput = {
  /** When the facts were written down from it (default today). */
  compiledOn?: string | null | undefined;
  /**
   * How authoritative the publisher is: OFFICIAL for a ministry, directorate or Lovdata page. Facts
   * citing it are unverified until someone records a check of the page.
   */
  confidence?: Confidence | null | undefined;
  /** A new stable slug for the source. */
  id: string | number;
  publisher: string;
  reason: string;
  title: string;
  url: string;
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

/** What every change says besides its operation. */
export type ChangeBasis = {
  /** The version of that entity the change is drafted against (`version` on the entity). */
  baseVersion: number;
  /** The entity changed (for a relation, the entity it leaves). */
  entityId: string | number;
  /** Why, in a sentence or two, for the reviewer and the audit trail. */
  reason: string;
  /** Ids of `Source` entities that support the change; at least one (add a new one with `addSource`). */
  sourceIds: Array<string | number>;
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

/** Which entities are the columns of the coverage matrix, and which link makes a cell. */
export type CoverageDimension =
  /** Goals in force; a cell is the instrument's own SERVES_GOAL link. */
  | 'GOAL'
  /** Target groups in force; a cell is the instrument's own TARGETS link. */
  | 'TARGET_GROUP';

export type CreateChangeSetInput = {
  reason: string;
  title: string;
};

/** How one criterion came out. */
export type CriterionOutcome =
  /** The situation meets the criterion. */
  | 'MET'
  /** The situation does not meet the criterion. */
  | 'NOT_MET'
  /** A fact the criterion needs is not known yet. */
  | 'UNKNOWN';

export type Direction =
  /** From the other entity to this one (target group is TARGETED by instrument). */
  | 'IN'
  /** From this entity to the other (instrument TARGETS target group). */
  | 'OUT';

export type EndEntityInput = {
  basis: ChangeBasis;
  /** Last day in force. */
  lastDay: string;
  /** The entity that takes over, if any (REPLACED_BY). */
  replacedBy?: string | number | null | undefined;
};

export type EndRelationInput = {
  basis: ChangeBasis;
  lastDay: string;
  /** The relationship's id, as `Link.id` gives it. */
  relationId: string | number;
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
  abbreviation?: string | null | undefined;
  description?: LangTextInput | null | undefined;
  howToApply?: LangTextInput | null | undefined;
  note?: LangTextInput | null | undefined;
  url?: string | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
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
  en?: string | null | undefined;
  nb: string;
  nn?: string | null | undefined;
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

export type MoveResponsibilityInput = {
  /** The instrument (`basis.entityId`). */
  basis: ChangeBasis;
  from: string;
  /** The actor that holds it now; its link ends the day before `from`. */
  fromActorId: string | number;
  responsibility: Responsibility;
  /** The actor that holds it from `from`. */
  toActorId: string | number;
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
  abbreviation?: string | null | undefined;
  basis: ChangeBasis;
  /** First day of the new name; the old name becomes a name period ending the day before. */
  from: string;
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

/**
 * A household's situation. Every Boolean and Int may be null, meaning "not known yet": the
 * engine then says what it would need to know (`openQuestions`). The situation is never logged or stored.
 */
export type SituationInput = {
  /** Persons aged 18 or more. */
  adults: number;
  /** The household's gross income per year, in NOK. */
  annualHouseholdIncome?: number | null | undefined;
  /** The applicant's age in years (0–120). */
  applicantAge?: number | null | undefined;
  /** A bank has refused a mortgage, or will not lend enough. */
  bankLoanRefused?: boolean | null | undefined;
  /** The household can pay interest and instalments on a loan over time. */
  canServiceLoan?: boolean | null | undefined;
  /** Persons under 18. */
  children: number;
  /** Someone in the household is doing first-time military or civilian service. */
  conscript?: boolean | null | undefined;
  /** The household has had an eviction or forced-sale notice, or has serious arrears on rent or a loan. Results then start with what to do now. */
  evictionOrArrears?: boolean | null | undefined;
  /** What the household wants help with; an empty list means not said yet. */
  goals: Array<HouseholdGoal>;
  /** The household has money for a deposit on a rented home. */
  hasDepositMoney?: boolean | null | undefined;
  /** What the household lives in now. */
  housing: HousingSituation;
  /** When `housing` is INSTITUTION: which kind (read only then). */
  institution?: InstitutionKind | null | undefined;
  /** The applicant resides lawfully in Norway. The caseworker checks it; the answer is never taken on trust. */
  lawfulResidence?: boolean | null | undefined;
  /** The applicant has had child-welfare measures and is moving on to a home of their own. */
  leavingChildWelfare?: boolean | null | undefined;
  /** The applicant is about to be released from prison. */
  leavingPrison?: boolean | null | undefined;
  /** What the household mainly lives on. */
  mainIncomeSource?: IncomeSource | null | undefined;
  /** What the home costs a month: rent, or interest and repayments (NOK). */
  monthlyHousingCosts?: number | null | undefined;
  /** Kommunenummer (four digits, e.g. 0301 for Oslo), valid at `asOf`. Optional. */
  municipalityNumber?: string | null | undefined;
  /** Net wealth outside the home: savings and other assets minus debt (NOK). */
  netWealth?: number | null | undefined;
  /** The household has trouble paying rent, loans or other debt. */
  paymentProblems?: boolean | null | undefined;
  /** Someone in the household has a reduced functional ability. */
  reducedFunctionalAbility?: boolean | null | undefined;
  /** The applicant is a refugee settled by agreement with the municipality. */
  settledRefugee?: boolean | null | undefined;
  /** The applicant is a student entitled to support from Lånekassen. */
  student?: boolean | null | undefined;
  /** The applicant has substance-use or mental-health problems. */
  substanceUseOrMentalHealth?: boolean | null | undefined;
};

/** The part an actor plays in a step of a combination. */
export type StepRole =
  /** Makes the individual decision. */
  | 'DECIDED_BY'
  /** Delivers the service to the household. */
  | 'DELIVERED_BY';

export type SuggestionInput = {
  entityId?: string | number | null | undefined;
  /** The explorer path (no query string), e.g. `/virkemiddel/startlan`. */
  page: string;
  /** What is wrong or missing. Do not write personal information. */
  text: string;
};

export type SuggestionStatus =
  /** An editor has dealt with it (in a change set, or by answering that nothing is wrong). */
  | 'CLOSED'
  | 'OPEN';

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

export type ActorRoleFragment = { type: LinkType, entity: (
    { id: string }
    & { ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }
  ) } & { ' $fragmentName'?: 'ActorRoleFragment' };

export type ActorPageQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type ActorPageQuery = { node:
    | (
      { __typename: 'Actor', kind: string, municipalityNumber: string | null, url: string | null, id: string, memberOf: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, coordinates: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, answersTo: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, responsibleFor: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, instruments: Array<{ ' $fragmentRefs'?: { 'ActorRoleFragment': ActorRoleFragment } }>, strategies: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, replacedBy: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, nameHistory: Array<{ ' $fragmentRefs'?: { 'NameHistoryItemFragment': NameHistoryItemFragment } }>, sources: Array<{ ' $fragmentRefs'?: { 'SourceItemFragment': SourceItemFragment } }> }
      & { ' $fragmentRefs'?: { 'EntityHeader_Actor_Fragment': EntityHeader_Actor_Fragment } }
    )
    | { __typename: 'Criterion', id: string }
    | { __typename: 'EntitySummary', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'Instrument', id: string }
    | { __typename: 'LegalBasis', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Strategy', id: string }
    | { __typename: 'TargetGroup', id: string }
   | null };

export type CriterionItemFragment = { id: string, name: string, description: string | null, required: boolean, discretionary: boolean, checkable: boolean, whyNot: string | null, thresholdYear: number | null } & { ' $fragmentName'?: 'CriterionItemFragment' };

type EntityHeader_Actor_Fragment = { id: string, type: EntityType, name: string, abbreviation: string | null, description: string | null, inForce: boolean, validFrom: string | null, validTo: string | null, missingTranslations: Array<string> } & { ' $fragmentName'?: 'EntityHeader_Actor_Fragment' };

type EntityHeader_Criterion_Fragment = { id: string, type: EntityType, name: string, abbreviation: string | null, description: string | null, inForce: boolean, validFrom: string | null, validTo: string | null, missingTranslations: Array<string> } & { ' $fragmentName'?: 'EntityHeader_Criterion_Fragment' };

type EntityHeader_Goal_Fragment = { id: string, type: EntityType, name: string, abbreviation: string | null, description: string | null, inForce: boolean, validFrom: string | null, validTo: string | null, missingTranslations: Array<string> } & { ' $fragmentName'?: 'EntityHeader_Goal_Fragment' };

type EntityHeader_Instrument_Fragment = { id: string, type: EntityType, name: string, abbreviation: string | null, description: string | null, inForce: boolean, validFrom: string | null, validTo: string | null, missingTranslations: Array<string> } & { ' $fragmentName'?: 'EntityHeader_Instrument_Fragment' };

type EntityHeader_LegalBasis_Fragment = { id: string, type: EntityType, name: string, abbreviation: string | null, description: string | null, inForce: boolean, validFrom: string | null, validTo: string | null, missingTranslations: Array<string> } & { ' $fragmentName'?: 'EntityHeader_LegalBasis_Fragment' };

type EntityHeader_Strategy_Fragment = { id: string, type: EntityType, name: string, abbreviation: string | null, description: string | null, inForce: boolean, validFrom: string | null, validTo: string | null, missingTranslations: Array<string> } & { ' $fragmentName'?: 'EntityHeader_Strategy_Fragment' };

type EntityHeader_TargetGroup_Fragment = { id: string, type: EntityType, name: string, abbreviation: string | null, description: string | null, inForce: boolean, validFrom: string | null, validTo: string | null, missingTranslations: Array<string> } & { ' $fragmentName'?: 'EntityHeader_TargetGroup_Fragment' };

export type EntityHeaderFragment =
  | EntityHeader_Actor_Fragment
  | EntityHeader_Criterion_Fragment
  | EntityHeader_Goal_Fragment
  | EntityHeader_Instrument_Fragment
  | EntityHeader_LegalBasis_Fragment
  | EntityHeader_Strategy_Fragment
  | EntityHeader_TargetGroup_Fragment
;

export type EntitySummaryLinkFragment = { id: string, type: EntityType, name: string, abbreviation: string | null, inForce: boolean, validFrom: string | null, validTo: string | null } & { ' $fragmentName'?: 'EntitySummaryLinkFragment' };

export type ExploreQueryVariables = Exact<{
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type ExploreQuery = { instruments: { totalCount: number, nodes: Array<{ id: string, name: string, kinds: Array<InstrumentKind>, supplySide: boolean }> }, actors: { totalCount: number, nodes: Array<{ id: string, name: string, abbreviation: string | null }> }, targetGroups: { totalCount: number, nodes: Array<{ id: string, name: string }> }, goals: { totalCount: number, nodes: Array<{ id: string, name: string }> }, strategies: { totalCount: number, nodes: Array<{ id: string, name: string }> } };

export type GoalPageQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type GoalPageQuery = { node:
    | { __typename: 'Actor', id: string }
    | { __typename: 'Criterion', id: string }
    | { __typename: 'EntitySummary', id: string }
    | (
      { __typename: 'Goal', kind: string, id: string, instruments: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, strategies: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, sources: Array<{ ' $fragmentRefs'?: { 'SourceItemFragment': SourceItemFragment } }> }
      & { ' $fragmentRefs'?: { 'EntityHeader_Goal_Fragment': EntityHeader_Goal_Fragment } }
    )
    | { __typename: 'Instrument', id: string }
    | { __typename: 'LegalBasis', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Strategy', id: string }
    | { __typename: 'TargetGroup', id: string }
   | null };

export type InstrumentDetailItemFragment = { kind: InstrumentDetailKind, text: string | null, url: string | null, title: string | null, fallback: boolean, confidence: Confidence, note: string | null, sources: Array<{ ' $fragmentRefs'?: { 'SourceItemFragment': SourceItemFragment } }> } & { ' $fragmentName'?: 'InstrumentDetailItemFragment' };

export type InstrumentPageQueryVariables = Exact<{
  slug: string;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type InstrumentPageQuery = { instrument: { id: string, name: string, abbreviation: string | null, description: string | null, kinds: Array<InstrumentKind>, supplySide: boolean, inForce: boolean, validFrom: string | null, validTo: string | null, note: string | null, missingTranslations: Array<string>, howToApply: string | null, missingDetails: Array<InstrumentDetailKind>, noLegalBasisNote: string | null, documentsToBring: Array<{ ' $fragmentRefs'?: { 'InstrumentDetailItemFragment': InstrumentDetailItemFragment } }>, applicationPage: { ' $fragmentRefs'?: { 'InstrumentDetailItemFragment': InstrumentDetailItemFragment } } | null, informationPage: { ' $fragmentRefs'?: { 'InstrumentDetailItemFragment': InstrumentDetailItemFragment } } | null, processingTime: { ' $fragmentRefs'?: { 'InstrumentDetailItemFragment': InstrumentDetailItemFragment } } | null, appealDeadline: { ' $fragmentRefs'?: { 'InstrumentDetailItemFragment': InstrumentDetailItemFragment } } | null, applyTo: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, appealBodies: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, fundedBy: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, administeredBy: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, decidedBy: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, deliveredBy: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, legalBases: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, targetGroups: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, goals: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, replacedBy: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, criteria: Array<{ ' $fragmentRefs'?: { 'CriterionItemFragment': CriterionItemFragment } }>, relatedInstruments: Array<{ ' $fragmentRefs'?: { 'RelatedLinkFragment': RelatedLinkFragment } }>, nameHistory: Array<{ ' $fragmentRefs'?: { 'NameHistoryItemFragment': NameHistoryItemFragment } }>, sources: Array<{ ' $fragmentRefs'?: { 'SourceItemFragment': SourceItemFragment } }> } | null };

export type LegalBasisPageQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type LegalBasisPageQuery = { node:
    | { __typename: 'Actor', id: string }
    | { __typename: 'Criterion', id: string }
    | { __typename: 'EntitySummary', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'Instrument', id: string }
    | (
      { __typename: 'LegalBasis', kind: string, reference: string | null, url: string | null, id: string, instruments: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, ownedBy: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, replacedBy: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, sources: Array<{ ' $fragmentRefs'?: { 'SourceItemFragment': SourceItemFragment } }> }
      & { ' $fragmentRefs'?: { 'EntityHeader_LegalBasis_Fragment': EntityHeader_LegalBasis_Fragment } }
    )
    | { __typename: 'Source', id: string }
    | { __typename: 'Strategy', id: string }
    | { __typename: 'TargetGroup', id: string }
   | null };

export type NameHistoryItemFragment = { name: string, abbreviation: string | null, validFrom: string | null, validTo: string | null } & { ' $fragmentName'?: 'NameHistoryItemFragment' };

export type RelatedLinkFragment = { type: LinkType, direction: Direction, rationale: string | null, relationId: string | null, entity: { ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }, sources: Array<{ ' $fragmentRefs'?: { 'SourceItemFragment': SourceItemFragment } }> } & { ' $fragmentName'?: 'RelatedLinkFragment' };

export type SourceItemFragment = { id: string, title: string, publisher: string, url: string, compiledOn: string, urlFlag: UrlFlag | null, confidence: Confidence, verification: { verifiedOn: string, against: VerificationBasis } | null } & { ' $fragmentName'?: 'SourceItemFragment' };

export type StrategyPageQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type StrategyPageQuery = { node:
    | { __typename: 'Actor', id: string }
    | { __typename: 'Criterion', id: string }
    | { __typename: 'EntitySummary', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'Instrument', id: string }
    | { __typename: 'LegalBasis', id: string }
    | { __typename: 'Source', id: string }
    | (
      { __typename: 'Strategy', kind: string, url: string | null, id: string, goals: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, committedBy: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, targetGroups: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, replacedBy: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, partOf: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, parts: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, follows: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, followedBy: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, coordinatedBy: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, publishedBy: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, members: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, sources: Array<{ ' $fragmentRefs'?: { 'SourceItemFragment': SourceItemFragment } }> }
      & { ' $fragmentRefs'?: { 'EntityHeader_Strategy_Fragment': EntityHeader_Strategy_Fragment } }
    )
    | { __typename: 'TargetGroup', id: string }
   | null };

export type TargetGroupPageQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type TargetGroupPageQuery = { node:
    | { __typename: 'Actor', id: string }
    | { __typename: 'Criterion', id: string }
    | { __typename: 'EntitySummary', id: string }
    | { __typename: 'Goal', id: string }
    | { __typename: 'Instrument', id: string }
    | { __typename: 'LegalBasis', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Strategy', id: string }
    | (
      { __typename: 'TargetGroup', id: string, instruments: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, strategies: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, subgroupOf: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, subgroups: Array<{ ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } }>, sources: Array<{ ' $fragmentRefs'?: { 'SourceItemFragment': SourceItemFragment } }> }
      & { ' $fragmentRefs'?: { 'EntityHeader_TargetGroup_Fragment': EntityHeader_TargetGroup_Fragment } }
    )
   | null };

export type ChangeFeedEntryFragment = { id: string, recordCount: number | null, publication: { revision: number, publishedAt: unknown, kind: ChangeSetKind, title: string }, entity: { id: string, type: EntityType | null, name: string } | null, change: { id: string, summary: string, reason: string, fields: Array<{ record: string, action: RecordAction, field: string, before: string | null, after: string | null }> } | null, sources: Array<{ id: string, title: string, url: string | null }> } & { ' $fragmentName'?: 'ChangeFeedEntryFragment' };

export type ChangeFeedQueryVariables = Exact<{
  types?: Array<EntityType> | EntityType | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type ChangeFeedQuery = { changes: { nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'ChangeFeedEntryFragment': ChangeFeedEntryFragment } }
    )>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ChangeFeedLiveSubscriptionVariables = Exact<{
  types?: Array<EntityType> | EntityType | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type ChangeFeedLiveSubscription = { changePublished: (
    { id: string }
    & { ' $fragmentRefs'?: { 'ChangeFeedEntryFragment': ChangeFeedEntryFragment } }
  ) };

export type ChangeSetPageQueryVariables = Exact<{
  id: string | number;
  lang?: Lang | null | undefined;
}>;


export type ChangeSetPageQuery = { changeSet: { id: string, title: string, reason: string, kind: ChangeSetKind, status: ChangeSetStatus, createdAt: unknown, submittedAt: unknown, reviewedAt: unknown, reviewNote: string | null, revision: number | null, publishedAt: unknown, author: { name: string, email: string | null }, reviewer: { name: string, email: string | null } | null, changes: Array<{ id: string, operation: ChangeOperation, entityId: string, entityType: EntityType | null, baseVersion: number, reason: string, sourceIds: Array<string>, summary: string, fields: Array<{ record: string, action: RecordAction, field: string, before: string | null, after: string | null }> }> } | null };

export type ChangeSetSubmitMutationVariables = Exact<{
  id: string | number;
}>;


export type ChangeSetSubmitMutation = { submitChangeSet: { id: string, status: ChangeSetStatus } };

export type ChangeSetWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type ChangeSetWithdrawMutation = { withdrawChangeSet: { id: string, status: ChangeSetStatus } };

export type ChangeSetPublishMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type ChangeSetPublishMutation = { publishChangeSet: { id: string, status: ChangeSetStatus, revision: number | null } };

export type ChangeSetRejectMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type ChangeSetRejectMutation = { rejectChangeSet: { id: string, status: ChangeSetStatus } };

export type ChangeSetRemoveChangeMutationVariables = Exact<{
  changeSetId: string | number;
  changeId: string | number;
}>;


export type ChangeSetRemoveChangeMutation = { removeChange: { id: string } };

export type EditCreateChangeSetMutationVariables = Exact<{
  input: CreateChangeSetInput;
}>;


export type EditCreateChangeSetMutation = { createChangeSet: { id: string, title: string } };

export type EditEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type EditEntityQuery = { nb:
    | { __typename: 'Actor', type: EntityType, version: number, name: string, abbreviation: string | null, validFrom: string | null, validTo: string | null, description: string | null, note: string | null, missingTranslations: Array<string>, url: string | null, id: string, sources: Array<{ id: string, title: string }>, links: Array<{ type: LinkType, direction: Direction, relationId: string | null, validFrom: string | null, validTo: string | null, entity: { id: string, name: string, type: EntityType } }> }
    | { __typename: 'Criterion', type: EntityType, version: number, name: string, abbreviation: string | null, validFrom: string | null, validTo: string | null, description: string | null, note: string | null, missingTranslations: Array<string>, id: string, sources: Array<{ id: string, title: string }>, links: Array<{ type: LinkType, direction: Direction, relationId: string | null, validFrom: string | null, validTo: string | null, entity: { id: string, name: string, type: EntityType } }> }
    | { __typename: 'EntitySummary', id: string }
    | { __typename: 'Goal', type: EntityType, version: number, name: string, abbreviation: string | null, validFrom: string | null, validTo: string | null, description: string | null, note: string | null, missingTranslations: Array<string>, id: string, sources: Array<{ id: string, title: string }>, links: Array<{ type: LinkType, direction: Direction, relationId: string | null, validFrom: string | null, validTo: string | null, entity: { id: string, name: string, type: EntityType } }> }
    | { __typename: 'Instrument', type: EntityType, version: number, name: string, abbreviation: string | null, validFrom: string | null, validTo: string | null, description: string | null, note: string | null, missingTranslations: Array<string>, howToApply: string | null, id: string, sources: Array<{ id: string, title: string }>, links: Array<{ type: LinkType, direction: Direction, relationId: string | null, validFrom: string | null, validTo: string | null, entity: { id: string, name: string, type: EntityType } }> }
    | { __typename: 'LegalBasis', type: EntityType, version: number, name: string, abbreviation: string | null, validFrom: string | null, validTo: string | null, description: string | null, note: string | null, missingTranslations: Array<string>, url: string | null, id: string, sources: Array<{ id: string, title: string }>, links: Array<{ type: LinkType, direction: Direction, relationId: string | null, validFrom: string | null, validTo: string | null, entity: { id: string, name: string, type: EntityType } }> }
    | { __typename: 'Source', id: string }
    | { __typename: 'Strategy', type: EntityType, version: number, name: string, abbreviation: string | null, validFrom: string | null, validTo: string | null, description: string | null, note: string | null, missingTranslations: Array<string>, url: string | null, id: string, sources: Array<{ id: string, title: string }>, links: Array<{ type: LinkType, direction: Direction, relationId: string | null, validFrom: string | null, validTo: string | null, entity: { id: string, name: string, type: EntityType } }> }
    | { __typename: 'TargetGroup', type: EntityType, version: number, name: string, abbreviation: string | null, validFrom: string | null, validTo: string | null, description: string | null, note: string | null, missingTranslations: Array<string>, id: string, sources: Array<{ id: string, title: string }>, links: Array<{ type: LinkType, direction: Direction, relationId: string | null, validFrom: string | null, validTo: string | null, entity: { id: string, name: string, type: EntityType } }> }
   | null, nn:
    | { name: string, description: string | null, note: string | null, missingTranslations: Array<string>, id: string }
    | { name: string, description: string | null, note: string | null, missingTranslations: Array<string>, id: string }
    | { id: string }
    | { name: string, description: string | null, note: string | null, missingTranslations: Array<string>, id: string }
    | { name: string, description: string | null, note: string | null, missingTranslations: Array<string>, howToApply: string | null, id: string }
    | { name: string, description: string | null, note: string | null, missingTranslations: Array<string>, id: string }
    | { id: string }
    | { name: string, description: string | null, note: string | null, missingTranslations: Array<string>, id: string }
    | { name: string, description: string | null, note: string | null, missingTranslations: Array<string>, id: string }
   | null, en:
    | { name: string, description: string | null, note: string | null, missingTranslations: Array<string>, id: string }
    | { name: string, description: string | null, note: string | null, missingTranslations: Array<string>, id: string }
    | { id: string }
    | { name: string, description: string | null, note: string | null, missingTranslations: Array<string>, id: string }
    | { name: string, description: string | null, note: string | null, missingTranslations: Array<string>, howToApply: string | null, id: string }
    | { name: string, description: string | null, note: string | null, missingTranslations: Array<string>, id: string }
    | { id: string }
    | { name: string, description: string | null, note: string | null, missingTranslations: Array<string>, id: string }
    | { name: string, description: string | null, note: string | null, missingTranslations: Array<string>, id: string }
   | null };

export type EditDraftsQueryVariables = Exact<{
  lang?: Lang | null | undefined;
}>;


export type EditDraftsQuery = { changeSets: { nodes: Array<{ id: string, title: string, changes: Array<{ id: string, operation: ChangeOperation, entityId: string, summary: string }> }> } };

export type EditSourcesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EditSourcesQuery = { sources: { nodes: Array<{ id: string, title: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EditActorsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditActorsQuery = { actors: { nodes: Array<{ id: string, name: string }> } };

export type EditUpdateFactsMutationVariables = Exact<{
  changeSetId: string | number;
  basis: ChangeBasis;
  facts: FactsInput;
}>;


export type EditUpdateFactsMutation = { updateFacts: { id: string, summary: string } };

export type HistorySectionQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type HistorySectionQuery = { history: { nodes: Array<{ changeSetId: string, title: string, revision: number, publishedAt: unknown, author: { name: string }, reviewer: { name: string } | null, change: { id: string, operation: ChangeOperation, summary: string, reason: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EditMoveResponsibilityMutationVariables = Exact<{
  changeSetId: string | number;
  input: MoveResponsibilityInput;
}>;


export type EditMoveResponsibilityMutation = { moveResponsibility: { id: string, summary: string } };

export type EditEndEntityMutationVariables = Exact<{
  changeSetId: string | number;
  input: EndEntityInput;
}>;


export type EditEndEntityMutation = { endEntity: { id: string, summary: string } };

export type EditAddRelationMutationVariables = Exact<{
  changeSetId: string | number;
  input: AddRelationInput;
}>;


export type EditAddRelationMutation = { addRelation: { id: string, summary: string } };

export type EditEndRelationMutationVariables = Exact<{
  changeSetId: string | number;
  input: EndRelationInput;
}>;


export type EditEndRelationMutation = { endRelation: { id: string, summary: string } };

export type EditRenameMutationVariables = Exact<{
  changeSetId: string | number;
  input: RenameInput;
}>;


export type EditRenameMutation = { renameEntity: { id: string, summary: string } };

export type ReportProblemMutationVariables = Exact<{
  input: SuggestionInput;
}>;


export type ReportProblemMutation = { reportProblem: { id: string, createdAt: unknown } };

export type ReviewQueueChangeSetsQueryVariables = Exact<{
  status?: Array<ChangeSetStatus> | ChangeSetStatus | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type ReviewQueueChangeSetsQuery = { changeSets: { nodes: Array<{ id: string, title: string, status: ChangeSetStatus, createdAt: unknown, submittedAt: unknown, author: { name: string }, changes: Array<{ id: string }> }> } };

export type ReviewQueueSuggestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueSuggestionsQuery = { suggestions: Array<{ id: string, entityId: string | null, page: string, text: string, createdAt: unknown, status: SuggestionStatus }> };

export type ReviewQueueCloseSuggestionMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type ReviewQueueCloseSuggestionMutation = { closeSuggestion: { id: string, status: SuggestionStatus, closingNote: string | null } };

export type EditAddSourceMutationVariables = Exact<{
  changeSetId: string | number;
  input: AddSourceInput;
}>;


export type EditAddSourceMutation = { addSource: { id: string, summary: string, entityId: string } };

export type GraphSearchQueryVariables = Exact<{
  text: string;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type GraphSearchQuery = { search: Array<{ entity: { id: string, name: string, type: EntityType } }> };

export type GraphViewQueryVariables = Exact<{
  focus: string | number;
  expanded?: Array<string | number> | string | number | null | undefined;
  added?: Array<string | number> | string | number | null | undefined;
  depth?: number | null | undefined;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type GraphViewQuery = { graphView: { opened: Array<string>, missing: Array<string>, capped: boolean, totalNodes: number, focus: { id: string, name: string, type: EntityType }, nodes: Array<{ currentName: string, entity: { id: string, type: EntityType, validFrom: string | null, validTo: string | null }, names: Array<{ name: string, validFrom: string | null, validTo: string | null }> }>, edges: Array<{ id: string, type: LinkType, source: string, target: string, validFrom: string | null, validTo: string | null }> } | null };

export type GraphPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type GraphPathsQuery = { paths: Array<{ length: number, nodes: Array<{ id: string, name: string, type: EntityType }>, edges: Array<{ id: string, type: LinkType, source: string, target: string }> }> };

export type AboutQueryVariables = Exact<{ [key: string]: never; }>;


export type AboutQuery = { dataVersion: { checksum: string, nodeCount: number, relationshipCount: number, sourceCount: number, verifiedSourceCount: number, lastCompiled: string | null, lastVerified: string | null, factCount: number, verifiedFactCount: number, unverifiedCount: number } };

export type SearchResultsQueryVariables = Exact<{
  text: string;
  types?: Array<EntityType> | EntityType | null | undefined;
  ministries?: Array<string | number> | string | number | null | undefined;
  targetGroups?: Array<string | number> | string | number | null | undefined;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type SearchResultsQuery = { searchResults: { totalCount: number, partial: boolean, searchedWords: Array<string>, hits: Array<{ matchedIn: SearchMatchField, matchedTerm: string, missingWords: Array<string>, entity: { ' $fragmentRefs'?: { 'EntitySummaryLinkFragment': EntitySummaryLinkFragment } } }>, facets: { types: Array<{ value: EntityType, count: number }>, ministries: Array<{ count: number, entity: { id: string, name: string } }>, targetGroups: Array<{ count: number, entity: { id: string, name: string } }> } } };

export type CoverageMatrixPageQueryVariables = Exact<{
  dimension?: CoverageDimension | null | undefined;
  actors?: Array<string | number> | string | number | null | undefined;
  kinds?: Array<InstrumentKind> | InstrumentKind | null | undefined;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type CoverageMatrixPageQuery = { coverageMatrix: { dimension: CoverageDimension, asOf: string, cellCount: number, emptyColumnCount: number, columns: Array<{ count: number, entity: { id: string, name: string } }>, rows: Array<{ kinds: Array<InstrumentKind>, count: number, instrument: { id: string, type: EntityType, name: string }, cells: Array<{ column: string, unverified: boolean }>, actors: Array<{ role: InstrumentRole, actor: { id: string, name: string, abbreviation: string | null } }> }> } };

export type CoverageActorsQueryVariables = Exact<{
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type CoverageActorsQuery = { actors: { nodes: Array<{ id: string, name: string, kind: string }> } };

export type GapTimelinePageQueryVariables = Exact<{
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type GapTimelinePageQuery = { gapTimeline: { from: string, to: string, asOf: string, periods: Array<{ kind: GapPeriodKind, from: string, to: string, targetGroupsWithoutInstrument: number, goalsWithoutInstrument: number, goalsNotMapped: number, instrumentsWithoutGoal: number, strategy: { id: string, name: string } | null }>, subjects: Array<{ reason: GapReason, gapAtAsOf: boolean, entity: { id: string, type: EntityType, name: string }, spans: Array<{ from: string, to: string, startsBefore: boolean, continuesAfter: boolean }>, strategies: Array<{ id: string, name: string }> }> } };

export type MinistryIndexQueryVariables = Exact<{
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type MinistryIndexQuery = { ministries: Array<{ id: string, name: string, abbreviation: string | null }> };

export type MinistryOverviewPageQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type MinistryOverviewPageQuery = { ministryOverview: { asOf: string, ministry: { id: string, name: string, abbreviation: string | null }, instruments: Array<{ fundedByMinistry: boolean, instrument: { id: string } }>, byAdministrator: Array<{ administrator: { id: string, type: EntityType, name: string } | null, instruments: Array<{ kinds: Array<InstrumentKind>, fundedByMinistry: boolean, instrument: { id: string, type: EntityType, name: string }, reasons: Array<{ role: InstrumentRole, chain: Array<LinkType>, via: { id: string, name: string, abbreviation: string | null } | null }>, targetGroups: Array<{ id: string, type: EntityType, name: string }>, goals: Array<{ id: string, type: EntityType, name: string }> }> }>, targetGroups: Array<{ reach: Reach, instrumentCount: number, targetGroup: { id: string, type: EntityType, name: string }, reachedSubgroups: Array<{ id: string, name: string }> }>, goals: Array<{ count: number, entity: { id: string, type: EntityType, name: string } }>, priorities: Array<{ strategy: { id: string, type: EntityType, name: string }, targetGroups: Array<{ reach: Reach, instrumentCount: number, targetGroup: { id: string, type: EntityType, name: string }, reachedSubgroups: Array<{ id: string, name: string }> }> }> }, dataVersion: { checksum: string, revision: number } };

export type FooterDataVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type FooterDataVersionQuery = { dataVersion: { checksum: string, lastVerified: string | null, lastCompiled: string | null } };

export type ResultInstrumentFragment = { id: string, name: string, description: string | null, kinds: Array<InstrumentKind>, howToApply: string | null, missingTranslations: Array<string>, documentsToBring: Array<{ text: string | null, fallback: boolean }>, decidedBy: Array<{ id: string, name: string }>, applyTo: Array<{ id: string, name: string }>, appealBodies: Array<{ id: string, name: string }>, applicationPage: { url: string | null, title: string | null, fallback: boolean } | null, informationPage: { url: string | null, title: string | null, fallback: boolean } | null, processingTime: { text: string | null, fallback: boolean } | null, appealDeadline: { text: string | null, fallback: boolean } | null, administeredBy: Array<{ id: string, name: string }>, fundedBy: Array<{ id: string, name: string }>, sources: Array<{ id: string, title: string, publisher: string, url: string, compiledOn: string, urlFlag: UrlFlag | null, confidence: Confidence, verification: { verifiedOn: string, against: VerificationBasis } | null }> } & { ' $fragmentName'?: 'ResultInstrumentFragment' };

export type AssessmentCardFragment = { instrumentId: string, status: AssessmentStatus, servesGoal: boolean, relevance: Relevance, reasons: Array<string>, discretionary: boolean, criteria: Array<{ criterionId: string | null, outcome: CriterionOutcome, explanation: string, language: Lang, required: boolean, discretionary: boolean }>, whyNot: Array<{ criterionId: string | null, text: string, language: Lang }>, toCheck: Array<{ criterionId: string, text: string, language: Lang }>, instrument: { ' $fragmentRefs'?: { 'ResultInstrumentFragment': ResultInstrumentFragment } } } & { ' $fragmentName'?: 'AssessmentCardFragment' };

export type CombinationPlanFragment = { instrumentIds: Array<string>, rationale: string, rationales: Array<string>, relationIds: Array<string>, sourceIds: Array<string>, anchorId: string, steps: Array<{ position: number, instrumentId: string, anchor: boolean, after: Array<string>, reason: string | null, reasonLanguage: Lang | null, reasonSourceIds: Array<string>, instrument: { id: string, name: string }, owners: Array<{ actorId: string, role: StepRole, name: string }> }>, leftOut: Array<{ instrumentId: string, excludedBy: string, reason: string, language: Lang, sourceIds: Array<string> }> } & { ' $fragmentName'?: 'CombinationPlanFragment' };

export type SourceIndexQueryVariables = Exact<{
  after?: string | null | undefined;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type SourceIndexQuery = { sources: { nodes: Array<{ id: string, title: string, publisher: string, url: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SituationQueryVariables = Exact<{
  input: SituationInput;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type SituationQuery = { situation: { asOf: string, notices: Array<{ id: string, urgent: boolean, title: string, text: string, steps: Array<string>, language: Lang, contacts: Array<{ id: string, name: string }> }>, assessments: Array<(
      { instrumentId: string, status: AssessmentStatus, relevance: Relevance }
      & { ' $fragmentRefs'?: { 'AssessmentCardFragment': AssessmentCardFragment } }
    )>, combinations: Array<{ ' $fragmentRefs'?: { 'CombinationPlanFragment': CombinationPlanFragment } }>, openQuestions: Array<{ field: string, question: string, instrumentIds: Array<string> }> } };

export type SituationCountQueryVariables = Exact<{
  input: SituationInput;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type SituationCountQuery = { situation: { assessments: Array<{ instrumentId: string, status: AssessmentStatus, relevance: Relevance }> } };

export const EntitySummaryLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummaryLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntitySummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<EntitySummaryLinkFragment, unknown>;
export const ActorRoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorRole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummaryLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntitySummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<ActorRoleFragment, unknown>;
export const CriterionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"discretionary"}},{"kind":"Field","name":{"kind":"Name","value":"checkable"}},{"kind":"Field","name":{"kind":"Name","value":"whyNot"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdYear"}}]}}]} as unknown as DocumentNode<CriterionItemFragment, unknown>;
export const EntityHeaderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"}}]}}]} as unknown as DocumentNode<EntityHeaderFragment, unknown>;
export const SourceItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"compiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"against"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urlFlag"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]} as unknown as DocumentNode<SourceItemFragment, unknown>;
export const InstrumentDetailItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDetailItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"compiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"against"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urlFlag"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]} as unknown as DocumentNode<InstrumentDetailItemFragment, unknown>;
export const NameHistoryItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NameHistoryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NamePeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<NameHistoryItemFragment, unknown>;
export const RelatedLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"relationId"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummaryLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntitySummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"compiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"against"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urlFlag"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]} as unknown as DocumentNode<RelatedLinkFragment, unknown>;
export const ChangeFeedEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFeedEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ChangeFeedEntryFragment, unknown>;
export const ResultInstrumentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultInstrument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"howToApply"}},{"kind":"Field","name":{"kind":"Name","value":"documentsToBring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processingTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"compiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"against"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urlFlag"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]}}]} as unknown as DocumentNode<ResultInstrumentFragment, unknown>;
export const AssessmentCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"servesGoal"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"discretionary"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"discretionary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"whyNot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultInstrument"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultInstrument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"howToApply"}},{"kind":"Field","name":{"kind":"Name","value":"documentsToBring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processingTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"compiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"against"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urlFlag"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]}}]} as unknown as DocumentNode<AssessmentCardFragment, unknown>;
export const CombinationPlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CombinationPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Combination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"rationales"}},{"kind":"Field","name":{"kind":"Name","value":"relationIds"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"anchorId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"reasonSourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leftOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"excludedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIds"}}]}}]}}]} as unknown as DocumentNode<CombinationPlanFragment, unknown>;
export const ActorPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityHeader"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"memberOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answersTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nameHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NameHistoryItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummaryLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntitySummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorRole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NameHistoryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NamePeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"compiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"against"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urlFlag"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]} as unknown as DocumentNode<ActorPageQuery, ActorPageQueryVariables>;
export const ExploreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Explore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instruments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"supplySide"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExploreQuery, ExploreQueryVariables>;
export const GoalPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoalPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityHeader"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummaryLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntitySummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"compiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"against"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urlFlag"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]} as unknown as DocumentNode<GoalPageQuery, GoalPageQueryVariables>;
export const InstrumentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"supplySide"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"}},{"kind":"Field","name":{"kind":"Name","value":"howToApply"}},{"kind":"Field","name":{"kind":"Name","value":"documentsToBring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDetailItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDetailItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDetailItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processingTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDetailItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentDetailItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingDetails"}},{"kind":"Field","name":{"kind":"Name","value":"applyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noLegalBasisNote"}},{"kind":"Field","name":{"kind":"Name","value":"fundedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedInstruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nameHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NameHistoryItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"compiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"against"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urlFlag"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummaryLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntitySummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentDetailItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"discretionary"}},{"kind":"Field","name":{"kind":"Name","value":"checkable"}},{"kind":"Field","name":{"kind":"Name","value":"whyNot"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdYear"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"relationId"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NameHistoryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NamePeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<InstrumentPageQuery, InstrumentPageQueryVariables>;
export const LegalBasisPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalBasisPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalBasis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityHeader"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummaryLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntitySummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"compiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"against"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urlFlag"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]} as unknown as DocumentNode<LegalBasisPageQuery, LegalBasisPageQueryVariables>;
export const StrategyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StrategyPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Strategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityHeader"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"follows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummaryLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntitySummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"compiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"against"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urlFlag"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]} as unknown as DocumentNode<StrategyPageQuery, StrategyPageQueryVariables>;
export const TargetGroupPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetGroupPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityHeader"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subgroupOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subgroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummaryLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntitySummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"compiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"against"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urlFlag"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]} as unknown as DocumentNode<TargetGroupPageQuery, TargetGroupPageQueryVariables>;
export const ChangeFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFeedEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFeedEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ChangeFeedQuery, ChangeFeedQueryVariables>;
export const ChangeFeedLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChangeFeedLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePublished"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeFeedEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeFeedEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ChangeFeedLiveSubscription, ChangeFeedLiveSubscriptionVariables>;
export const ChangeSetPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeSetPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeSetPageQuery, ChangeSetPageQueryVariables>;
export const ChangeSetSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeSetSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitChangeSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ChangeSetSubmitMutation, ChangeSetSubmitMutationVariables>;
export const ChangeSetWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeSetWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawChangeSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ChangeSetWithdrawMutation, ChangeSetWithdrawMutationVariables>;
export const ChangeSetPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeSetPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishChangeSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<ChangeSetPublishMutation, ChangeSetPublishMutationVariables>;
export const ChangeSetRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeSetReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectChangeSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ChangeSetRejectMutation, ChangeSetRejectMutationVariables>;
export const ChangeSetRemoveChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeSetRemoveChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeSetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changeSetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeSetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"changeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChangeSetRemoveChangeMutation, ChangeSetRemoveChangeMutationVariables>;
export const EditCreateChangeSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditCreateChangeSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChangeSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChangeSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<EditCreateChangeSetMutation, EditCreateChangeSetMutationVariables>;
export const EditEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"nb"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"NB"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"relationId"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"howToApply"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Strategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalBasis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"nn"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"NN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"howToApply"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"en"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"howToApply"}}]}}]}}]}}]} as unknown as DocumentNode<EditEntityQuery, EditEntityQueryVariables>;
export const EditDraftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditDrafts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeSets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditDraftsQuery, EditDraftsQueryVariables>;
export const EditSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EditSourcesQuery, EditSourcesQueryVariables>;
export const EditActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditActors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EditActorsQuery, EditActorsQueryVariables>;
export const EditUpdateFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditUpdateFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeSetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeBasis"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changeSetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeSetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"facts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<EditUpdateFactsMutation, EditUpdateFactsMutationVariables>;
export const HistorySectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistorySection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeSetId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<HistorySectionQuery, HistorySectionQueryVariables>;
export const EditMoveResponsibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditMoveResponsibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeSetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveResponsibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveResponsibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changeSetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeSetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<EditMoveResponsibilityMutation, EditMoveResponsibilityMutationVariables>;
export const EditEndEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditEndEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeSetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndEntityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changeSetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeSetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<EditEndEntityMutation, EditEndEntityMutationVariables>;
export const EditAddRelationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditAddRelation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeSetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRelationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changeSetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeSetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<EditAddRelationMutation, EditAddRelationMutationVariables>;
export const EditEndRelationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditEndRelation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeSetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndRelationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changeSetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeSetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<EditEndRelationMutation, EditEndRelationMutationVariables>;
export const EditRenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeSetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changeSetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeSetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<EditRenameMutation, EditRenameMutationVariables>;
export const ReportProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReportProblemMutation, ReportProblemMutationVariables>;
export const ReviewQueueChangeSetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueueChangeSets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeSetStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeSets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueChangeSetsQuery, ReviewQueueChangeSetsQueryVariables>;
export const ReviewQueueSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueueSuggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReviewQueueSuggestionsQuery, ReviewQueueSuggestionsQueryVariables>;
export const ReviewQueueCloseSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewQueueCloseSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}}]}}]}}]} as unknown as DocumentNode<ReviewQueueCloseSuggestionMutation, ReviewQueueCloseSuggestionMutationVariables>;
export const EditAddSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditAddSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeSetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changeSetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeSetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}}]} as unknown as DocumentNode<EditAddSourceMutation, EditAddSourceMutationVariables>;
export const GraphSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"INSTRUMENT"},{"kind":"EnumValue","value":"ACTOR"},{"kind":"EnumValue","value":"TARGET_GROUP"},{"kind":"EnumValue","value":"GOAL"},{"kind":"EnumValue","value":"STRATEGY"},{"kind":"EnumValue","value":"LEGAL_BASIS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<GraphSearchQuery, GraphSearchQueryVariables>;
export const GraphViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"focus"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expanded"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"added"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graphView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"focus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"focus"}}},{"kind":"Argument","name":{"kind":"Name","value":"expanded"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expanded"}}},{"kind":"Argument","name":{"kind":"Name","value":"added"},"value":{"kind":"Variable","name":{"kind":"Name","value":"added"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"300"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"totalNodes"}}]}}]}}]} as unknown as DocumentNode<GraphViewQuery, GraphViewQueryVariables>;
export const GraphPathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphPaths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}}]} as unknown as DocumentNode<GraphPathsQuery, GraphPathsQueryVariables>;
export const AboutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"About"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checksum"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedSourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCompiled"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerified"}},{"kind":"Field","name":{"kind":"Name","value":"factCount"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedFactCount"}},{"kind":"Field","name":{"kind":"Name","value":"unverifiedCount"}}]}}]}}]} as unknown as DocumentNode<AboutQuery, AboutQueryVariables>;
export const SearchResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ministries"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetGroups"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"ministries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ministries"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetGroups"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetGroups"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"searchedWords"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedIn"}},{"kind":"Field","name":{"kind":"Name","value":"matchedTerm"}},{"kind":"Field","name":{"kind":"Name","value":"missingWords"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummaryLink"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ministries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummaryLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntitySummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<SearchResultsQuery, SearchResultsQueryVariables>;
export const CoverageMatrixPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageMatrixPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageDimension"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actors"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"actors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actors"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"cellCount"}},{"kind":"Field","name":{"kind":"Name","value":"emptyColumnCount"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"unverified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoverageMatrixPageQuery, CoverageMatrixPageQueryVariables>;
export const CoverageActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageActors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<CoverageActorsQuery, CoverageActorsQueryVariables>;
export const GapTimelinePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GapTimelinePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gapTimeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupsWithoutInstrument"}},{"kind":"Field","name":{"kind":"Name","value":"goalsWithoutInstrument"}},{"kind":"Field","name":{"kind":"Name","value":"goalsNotMapped"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentsWithoutGoal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"startsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"continuesAfter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapAtAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GapTimelinePageQuery, GapTimelinePageQueryVariables>;
export const MinistryIndexDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MinistryIndex"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ministries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}}]} as unknown as DocumentNode<MinistryIndexQuery, MinistryIndexQueryVariables>;
export const MinistryOverviewPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MinistryOverviewPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ministryOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"ministry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundedByMinistry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAdministrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"fundedByMinistry"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCount"}},{"kind":"Field","name":{"kind":"Name","value":"reachedSubgroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCount"}},{"kind":"Field","name":{"kind":"Name","value":"reachedSubgroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checksum"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<MinistryOverviewPageQuery, MinistryOverviewPageQueryVariables>;
export const FooterDataVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FooterDataVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checksum"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerified"}},{"kind":"Field","name":{"kind":"Name","value":"lastCompiled"}}]}}]}}]} as unknown as DocumentNode<FooterDataVersionQuery, FooterDataVersionQueryVariables>;
export const SourceIndexDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourceIndex"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SourceIndexQuery, SourceIndexQueryVariables>;
export const SituationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Situation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SituationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"situation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"combinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CombinationPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentIds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultInstrument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"howToApply"}},{"kind":"Field","name":{"kind":"Name","value":"documentsToBring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingTranslations"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processingTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"compiledOn"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"against"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urlFlag"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"servesGoal"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"discretionary"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"discretionary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"whyNot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultInstrument"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CombinationPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Combination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"rationales"}},{"kind":"Field","name":{"kind":"Name","value":"relationIds"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"anchorId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"reasonSourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leftOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"excludedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIds"}}]}}]}}]} as unknown as DocumentNode<SituationQuery, SituationQueryVariables>;
export const SituationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SituationCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SituationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"situation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}}]}}]}}]}}]} as unknown as DocumentNode<SituationCountQuery, SituationCountQueryVariables>;