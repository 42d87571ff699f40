/**
 * The situation's vocabulary: the facts a criterion can test, and the values of the situation's
 * enumerated facts. The seed schema's criteria DSL, the engine and the GraphQL SituationInput all
 * read these lists.
 */

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
  'monthlyHousingCosts',
  'evictionOrArrears',
  'institution',
  'hasDepositMoney',
  'mainIncomeSource',
  'netWealth',
  'lawfulResidence',
] as const;
export type SituationFact = (typeof SITUATION_FACTS)[number];

/** Facts the engine derives from others; the household never gives them. */
export const DERIVED_FACTS = ['householdSize', 'hasChildren'] as const satisfies readonly SituationFact[];
export type InputFact = Exclude<SituationFact, (typeof DERIVED_FACTS)[number]>;
/** The facts a household gives: the fields of the GraphQL SituationInput. */
export const INPUT_FACTS: readonly InputFact[] = SITUATION_FACTS.filter((fact): fact is InputFact => !(DERIVED_FACTS as readonly string[]).includes(fact));

export const HOUSING_SITUATIONS = ['HOMELESS', 'TEMPORARY_ACCOMMODATION', 'RENTING_PRIVATE', 'RENTING_MUNICIPAL', 'OWNER', 'LIVING_WITH_OTHERS', 'INSTITUTION'] as const;
export type HousingSituation = (typeof HOUSING_SITUATIONS)[number];

/** What kind of institution, when `housing` is INSTITUTION: prison is not a nursing home. */
export const INSTITUTION_KINDS = ['PRISON', 'NURSING_HOME', 'HEALTH_INSTITUTION', 'CHILD_WELFARE_INSTITUTION', 'OTHER'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

/** The household's main source of income. */
export const INCOME_SOURCES = ['WORK', 'NAV_BENEFIT', 'STUDENT_SUPPORT', 'NONE', 'OTHER'] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

/** What a household wants help with; an instrument's `householdGoals` say which it serves. */
export const HOUSEHOLD_GOALS = ['BUY_HOME', 'RENT_HOME', 'KEEP_HOME', 'ADAPT_HOME', 'SUPPORT_TO_LIVE', 'LOWER_HOUSING_COSTS'] as const;
export type HouseholdGoal = (typeof HOUSEHOLD_GOALS)[number];
