/**
 * Types of the situation engine: what it reads (a household's situation and the candidate
 * instruments loaded from the graph) and what it returns. The condition DSL itself is defined once,
 * in the seed schema, and only imported here.
 */
import type { Condition } from '../../../seed/schema.ts';
import { SITUATION_FACTS, type HouseholdGoal, type HousingSituation, type IncomeSource, type InstitutionKind, type RelationType, type SituationFact, type StepRole } from '../../../vocabulary/index.ts';
import type { Lang, LocalizedText } from '../../common/lang.ts';
import type { LimitTable } from './limits.ts';

export type { Condition, Comparison } from '../../../seed/schema.ts';
export type { HouseholdGoal, HousingSituation, IncomeSource, InstitutionKind, RelationType, SituationFact } from '../../../vocabulary/index.ts';
export type { Lang, LocalizedText } from '../../common/lang.ts';

/** Facts every situation has: the counts, what they derive, the housing situation and the goals. */
const ALWAYS_KNOWN = ['adults', 'children', 'householdSize', 'hasChildren', 'housing', 'goals'] as const satisfies readonly SituationFact[];
/** The SituationInput fields that may be null ("not known yet"): every other fact. */
export type OptionalFactField = Exclude<SituationFact, (typeof ALWAYS_KNOWN)[number]>;
export const OPTIONAL_FACT_FIELDS: readonly OptionalFactField[] = SITUATION_FACTS.filter(
  (fact): fact is OptionalFactField => !(ALWAYS_KNOWN as readonly string[]).includes(fact),
);

/** A household's situation as the GraphQL input gives it; null or missing means "not known yet". */
export interface SituationInput {
  municipalityNumber?: string | null;
  adults: number;
  children: number;
  applicantAge?: number | null;
  annualHouseholdIncome?: number | null;
  housing: HousingSituation;
  goals: readonly HouseholdGoal[];
  bankLoanRefused?: boolean | null;
  canServiceLoan?: boolean | null;
  reducedFunctionalAbility?: boolean | null;
  substanceUseOrMentalHealth?: boolean | null;
  settledRefugee?: boolean | null;
  leavingChildWelfare?: boolean | null;
  leavingPrison?: boolean | null;
  student?: boolean | null;
  conscript?: boolean | null;
  paymentProblems?: boolean | null;
  /** Rent, or interest and repayments, per month (NOK). */
  monthlyHousingCosts?: number | null;
  /** An eviction or forced-sale notice, or serious arrears on rent or a loan. */
  evictionOrArrears?: boolean | null;
  /** When housing is INSTITUTION: which kind. */
  institution?: InstitutionKind | null;
  hasDepositMoney?: boolean | null;
  mainIncomeSource?: IncomeSource | null;
  /** Net wealth outside the home (NOK). */
  netWealth?: number | null;
  lawfulResidence?: boolean | null;
}

/** A fact's value; null means unknown. `goals` is the only list. */
export type FactValue = number | boolean | string | readonly string[] | null;
/** Every fact a criterion can test, including the derived `householdSize` and `hasChildren`. */
export type Facts = Readonly<Record<SituationFact, FactValue>>;

export type CriterionOutcome = 'MET' | 'NOT_MET' | 'UNKNOWN';
export type AssessmentStatus = 'LIKELY' | 'POSSIBLE' | 'UNLIKELY';

/** A validity period; dates are 'YYYY-MM-DD', null means open. Inclusive at both ends. */
export interface Period {
  validFrom: string | null;
  validTo: string | null;
}

export interface OutcomeTexts {
  met?: LocalizedText | undefined;
  notMet?: LocalizedText | undefined;
  unknown?: LocalizedText | undefined;
}

/** One eligibility criterion as loaded from the graph (test and explain already parsed). */
export interface CandidateCriterion extends Period {
  id: string;
  order: number;
  text: LocalizedText;
  /** Null: no situation fact can answer it; the caseworker must check it. */
  test: Condition | null;
  required: boolean;
  discretionary: boolean;
  explain: OutcomeTexts | null;
  whyNot: LocalizedText | null;
  thresholdYear: number | null;
  sourceIds: readonly string[];
}

export type ActorRole = StepRole;

/** An actor that decides on or delivers an instrument, named as it was at the date asked about. */
export interface CandidateActor {
  id: string;
  role: ActorRole;
  name: LocalizedText;
}

/** A need the facts can reveal (payment problems → debt advice), with the reason to show. */
export interface Indication {
  when: Condition;
  reason: LocalizedText;
  sourceIds: readonly string[];
}

/** A household-facing instrument in force at the date asked about. */
export interface CandidateInstrument {
  id: string;
  name: LocalizedText;
  /** What a household can use it for; empty means "not tied to a goal". */
  householdGoals: readonly HouseholdGoal[];
  /** Needs that make it relevant without a named goal. */
  indications?: readonly Indication[] | undefined;
  criteria: readonly CandidateCriterion[];
  actors: readonly CandidateActor[];
}

/** A typed relation between two candidate instruments. */
export interface CandidateRelation extends Period {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  rationale: LocalizedText;
  sourceIds: readonly string[];
  /** The households the relation's reason fits; null for every household. */
  appliesWhen?: Condition | null | undefined;
}

/** A notice in force, with its contacts named as at the date. */
export interface CandidateNotice {
  id: string;
  urgent: boolean;
  when: Condition;
  title: LocalizedText;
  text: LocalizedText;
  steps: readonly LocalizedText[];
  contacts: readonly { id: string; kind: string | null; name: LocalizedText }[];
  sourceIds: readonly string[];
}

export interface CandidateSet {
  instruments: readonly CandidateInstrument[];
  relations: readonly CandidateRelation[];
  /** Every limit table a candidate criterion compares with, whatever its period (see limits.ts). */
  limitTables?: readonly LimitTable[];
  notices?: readonly CandidateNotice[];
}

/* ---------- results ---------- */

/** How one criterion came out for this household. `criterionId` is null for the generic goal rule. */
export interface CriterionResult {
  criterionId: string | null;
  outcome: CriterionOutcome;
  explanation: string;
  /** The language the explanation is written in (bokmål when the requested one is missing). */
  language: Lang;
  required: boolean;
  discretionary: boolean;
  /** Situation facts the criterion reads; those still unknown are what an answer would settle. */
  facts: readonly SituationFact[];
  thresholdYear: number | null;
  sourceIds: readonly string[];
}

/** What would need to change for a NOT_MET criterion to be met. */
export interface WhyNot {
  criterionId: string | null;
  text: string;
  language: Lang;
}

/** A condition the caseworker must check by hand: no situation fact can answer it. */
export interface CheckItem {
  criterionId: string;
  text: string;
  language: Lang;
  sourceIds: readonly string[];
}

export interface Assessment {
  instrumentId: string;
  status: AssessmentStatus;
  /** Tested criteria in their stored order, after the generic goal rule when it applies. */
  criteria: readonly CriterionResult[];
  /** For UNLIKELY: what would need to change; empty otherwise. */
  whyNot: readonly WhyNot[];
  toCheck: readonly CheckItem[];
  /** True when the instrument serves one of the household's goals (or is not tied to a goal). */
  servesGoal: boolean;
  /** ASKED (serves a named goal), INDICATED (a need the facts reveal) or OTHER. */
  relevance: Relevance;
  /** The goals it serves and the needs it meets, in the reader's language. */
  reasons: readonly string[];
  /** The decision rests on judgement: the card says who judges. */
  discretionary: boolean;
}

export type Relevance = 'ASKED' | 'INDICATED' | 'OTHER';

/** A notice whose condition holds for the household, in the reader's language. */
export interface NoticeResult {
  id: string;
  urgent: boolean;
  title: string;
  text: string;
  steps: readonly string[];
  contacts: readonly { id: string; kind: string | null; name: LocalizedText }[];
  language: Lang;
  sourceIds: readonly string[];
}

export interface StepOwner {
  actorId: string;
  role: ActorRole;
  name: string;
  language: Lang;
}

export interface CombinationStep {
  /** 1-based place in the order of application. */
  position: number;
  instrumentId: string;
  /** True for the instrument the plan is built around. */
  anchor: boolean;
  /** Instruments in this combination that must be tried first (PRECONDITION_FOR). */
  after: readonly string[];
  /** Why this step is here and in this place: the rationale of the relation that orders it or brings it in. */
  reason: string | null;
  reasonLanguage: Lang | null;
  reasonRelationId: string | null;
  reasonSourceIds: readonly string[];
  owners: readonly StepOwner[];
}

/** An instrument left out of a combination because it excludes one that is in it (an alternative). */
export interface LeftOut {
  instrumentId: string;
  relationId: string;
  excludedBy: string;
  /** The EXCLUDES relation's rationale. */
  reason: string;
  language: Lang;
  sourceIds: readonly string[];
}

export interface Combination {
  /** The instrument the plan is built around. */
  anchorId: string;
  /** In the order to apply. */
  instrumentIds: readonly string[];
  steps: readonly CombinationStep[];
  /** The relations' rationales, in step order, as one text (the per-step reason is on each step). */
  rationale: string;
  rationales: readonly string[];
  relationIds: readonly string[];
  sourceIds: readonly string[];
  leftOut: readonly LeftOut[];
}

export interface OpenQuestion {
  field: OptionalFactField | 'goals';
  question: string;
  language: Lang;
  /** Instruments whose status an answer could change. */
  instrumentIds: readonly string[];
}

export interface SituationResult {
  asOf: string;
  language: Lang;
  assessments: readonly Assessment[];
  notices: readonly NoticeResult[];
  combinations: readonly Combination[];
  openQuestions: readonly OpenQuestion[];
}
