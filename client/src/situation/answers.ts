/**
 * The household's answers as the wizard holds them, and their conversion to the API's
 * SituationInput. Numbers are kept as typed text so validation can show the user what they typed.
 */
export const HOUSING_SITUATIONS = [
  'HOMELESS',
  'TEMPORARY_ACCOMMODATION',
  'RENTING_PRIVATE',
  'RENTING_MUNICIPAL',
  'OWNER',
  'LIVING_WITH_OTHERS',
  'INSTITUTION',
] as const;
export type HousingSituation = (typeof HOUSING_SITUATIONS)[number];

export const HOUSEHOLD_GOALS = ['BUY_HOME', 'RENT_HOME', 'KEEP_HOME', 'ADAPT_HOME', 'SUPPORT_TO_LIVE', 'LOWER_HOUSING_COSTS'] as const;
export type HouseholdGoal = (typeof HOUSEHOLD_GOALS)[number];

/** Yes/no questions where "not known yet" is a real answer (sent as null). */
export const TRI_FIELDS = [
  'student',
  'conscript',
  'reducedFunctionalAbility',
  'bankLoanRefused',
  'canServiceLoan',
  'paymentProblems',
  'settledRefugee',
  'leavingChildWelfare',
  'leavingPrison',
  'substanceUseOrMentalHealth',
  'evictionOrArrears',
  'hasDepositMoney',
  'lawfulResidence',
] as const;
export type TriField = (typeof TRI_FIELDS)[number];
export type TriAnswer = 'yes' | 'no' | 'unknown' | 'declined';

/** Special-category or risky questions: optional, with "Vil ikke svare", left out of print. */
export const SENSITIVE_FIELDS: ReadonlySet<TriField> = new Set(['reducedFunctionalAbility', 'substanceUseOrMentalHealth', 'settledRefugee', 'leavingPrison', 'lawfulResidence']);

/** Which kind of institution, when the household lives in one. Prison is not a nursing home. */
export const INSTITUTION_KINDS = ['PRISON', 'NURSING_HOME', 'HEALTH_INSTITUTION', 'CHILD_WELFARE_INSTITUTION', 'OTHER'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const INCOME_SOURCES = ['WORK', 'NAV_BENEFIT', 'STUDENT_SUPPORT', 'NONE', 'OTHER'] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

/** One-of-several questions where "Vet ikke" is a real answer (sent as null). */
export type ChoiceField = 'institution' | 'mainIncomeSource';

export const NUMBER_FIELDS = ['adults', 'children', 'applicantAge', 'annualHouseholdIncome', 'monthlyHousingCosts', 'netWealth'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

/** Answers never printed, whatever they are: the sensitive ones, and which institution (it may say prison). */
export function isPrintSensitive(field: FieldName): boolean {
  return SENSITIVE_FIELDS.has(field as TriField) || field === 'institution';
}

export type Answers = {
  municipalityNumber: string;
  adults: string;
  children: string;
  applicantAge: string;
  annualHouseholdIncome: string;
  monthlyHousingCosts: string;
  /** May be negative (more debt than savings). */
  netWealth: string;
  housing: HousingSituation | null;
  /** 'unknown' is "Vet ikke" (sent as null); null is not answered. */
  institution: InstitutionKind | 'unknown' | null;
  mainIncomeSource: IncomeSource | 'unknown' | null;
  goals: HouseholdGoal[];
  tri: Partial<Record<TriField, TriAnswer>>;
};

export type FieldName = 'municipalityNumber' | NumberField | 'housing' | 'goals' | TriField | ChoiceField;

export const EMPTY_ANSWERS: Answers = {
  municipalityNumber: '',
  adults: '',
  children: '',
  applicantAge: '',
  annualHouseholdIncome: '',
  monthlyHousingCosts: '',
  netWealth: '',
  housing: null,
  institution: null,
  mainIncomeSource: null,
  goals: [],
  tri: {},
};

/** What the `situation` query takes; mirrors the SDL's SituationInput. */
export type SituationInputValue = {
  municipalityNumber: string | null;
  adults: number;
  children: number;
  applicantAge: number | null;
  annualHouseholdIncome: number | null;
  monthlyHousingCosts: number | null;
  netWealth: number | null;
  housing: HousingSituation;
  institution: InstitutionKind | null;
  mainIncomeSource: IncomeSource | null;
  goals: HouseholdGoal[];
} & Record<TriField, boolean | null>;

/** Whole, non-negative numbers only; anything else is "not a valid answer". Spaces are allowed (350 000). */
export function parseWholeNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, '');
  if (!/^\d{1,9}$/.test(compact)) return null;
  return Number(compact);
}

/** Like parseWholeNumber, but a leading minus is allowed (net wealth can be below zero). */
export function parseSignedWholeNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(/^[\u2212\u2013]/, '-');
  const negative = compact.startsWith('-');
  const value = parseWholeNumber(negative ? compact.slice(1) : compact);
  return value === null ? null : negative ? -value : value;
}

function triToBoolean(answer: TriAnswer | undefined): boolean | null {
  return answer === 'yes' ? true : answer === 'no' ? false : null;
}

/** Null until the required answers (adults, children, housing, at least one goal) are there. */
export function toSituationInput(answers: Answers): SituationInputValue | null {
  const adults = parseWholeNumber(answers.adults);
  const children = parseWholeNumber(answers.children);
  if (adults === null || adults < 1 || children === null || !answers.housing || answers.goals.length === 0) return null;
  const tri = Object.fromEntries(TRI_FIELDS.map((field) => [field, triToBoolean(answers.tri[field])])) as Record<TriField, boolean | null>;
  return {
    municipalityNumber: answers.municipalityNumber || null,
    adults,
    children,
    applicantAge: parseWholeNumber(answers.applicantAge),
    annualHouseholdIncome: parseWholeNumber(answers.annualHouseholdIncome),
    monthlyHousingCosts: parseWholeNumber(answers.monthlyHousingCosts),
    netWealth: parseSignedWholeNumber(answers.netWealth),
    housing: answers.housing,
    // Read only for an institution: an earlier answer is not sent once the housing changes.
    institution: answers.housing === 'INSTITUTION' && answers.institution !== 'unknown' ? answers.institution : null,
    mainIncomeSource: answers.mainIncomeSource === 'unknown' ? null : answers.mainIncomeSource,
    goals: [...answers.goals],
    ...tri,
  };
}

export function hasAnyAnswer(answers: Answers): boolean {
  return (
    answers.municipalityNumber !== '' ||
    NUMBER_FIELDS.some((field) => answers[field] !== '') ||
    answers.housing !== null ||
    answers.institution !== null ||
    answers.mainIncomeSource !== null ||
    answers.goals.length > 0 ||
    Object.keys(answers.tri).length > 0
  );
}

/** Whether a question has an answer ("Vet ikke" counts as one); the printout leaves the rest out. */
export function isAnswered(field: FieldName, answers: Answers): boolean {
  if ((TRI_FIELDS as readonly string[]).includes(field)) return answers.tri[field as TriField] !== undefined;
  switch (field) {
    case 'municipalityNumber':
      return answers.municipalityNumber !== '';
    case 'housing':
      return answers.housing !== null;
    case 'goals':
      return answers.goals.length > 0;
    case 'institution':
      return answers.institution !== null;
    case 'mainIncomeSource':
      return answers.mainIncomeSource !== null;
    default:
      return answers[field as NumberField] !== '';
  }
}
