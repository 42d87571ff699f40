/**
 * The five wizard steps (explorer-ux S2.1): one topic per screen, and which questions each asks.
 * Follow-up questions appear only when relevant (bank refusal only for households that want to buy).
 */
import { parseSignedWholeNumber, parseWholeNumber, type Answers, type FieldName, type TriField } from '../answers.ts';
import { MUNICIPALITIES } from '../municipalities.ts';

export type QuestionKind = 'municipality' | 'number' | 'tri' | 'housing' | 'goals' | 'choice';

export type Question = {
  field: FieldName;
  kind: QuestionKind;
  required?: boolean;
  /** Only asked when this holds; hidden answers are still kept (and sent) if given earlier. */
  showIf?: (answers: Answers) => boolean;
};

const wantsToBuy = (answers: Answers) => answers.goals.includes('BUY_HOME');
const inInstitution = (answers: Answers) => answers.housing === 'INSTITUTION';
/** A home of one's own to pay for (rent or loan): then monthly costs and arrears matter. */
const hasOwnHome = (answers: Answers) => answers.housing === null || ['RENTING_PRIVATE', 'RENTING_MUNICIPAL', 'OWNER'].includes(answers.housing);
/** A deposit matters to anyone who may rent, that is everyone but an owner who only wants to stay. */
const mayRent = (answers: Answers) => answers.housing !== 'OWNER' || answers.goals.includes('RENT_HOME');
const tri = (field: TriField, showIf?: (answers: Answers) => boolean): Question => ({ field, kind: 'tri', ...(showIf ? { showIf } : {}) });

export const STEPS: readonly (readonly Question[])[] = [
  [{ field: 'municipalityNumber', kind: 'municipality', required: true }],
  [
    { field: 'adults', kind: 'number', required: true },
    { field: 'children', kind: 'number', required: true },
    { field: 'applicantAge', kind: 'number' },
    tri('student'),
    tri('conscript'),
    tri('reducedFunctionalAbility'),
  ],
  [
    { field: 'housing', kind: 'housing', required: true },
    { field: 'institution', kind: 'choice', showIf: inInstitution },
    tri('evictionOrArrears', hasOwnHome),
    { field: 'goals', kind: 'goals', required: true },
  ],
  [
    { field: 'annualHouseholdIncome', kind: 'number' },
    { field: 'mainIncomeSource', kind: 'choice' },
    { field: 'monthlyHousingCosts', kind: 'number', showIf: hasOwnHome },
    { field: 'netWealth', kind: 'number' },
    tri('hasDepositMoney', mayRent),
    tri('bankLoanRefused', wantsToBuy),
    tri('canServiceLoan', wantsToBuy),
    tri('paymentProblems'),
  ],
  [tri('settledRefugee'), tri('leavingChildWelfare'), tri('leavingPrison'), tri('substanceUseOrMentalHealth'), tri('lawfulResidence')],
];

export const STEP_COUNT = STEPS.length;

export function visibleQuestions(stepIndex: number, answers: Answers): Question[] {
  return (STEPS[stepIndex] ?? []).filter((question) => !question.showIf || question.showIf(answers));
}

/** The step (1-based) that asks a SituationInput field; used to jump from open questions. */
export function stepOfField(field: string): number | null {
  const index = STEPS.findIndex((questions) => questions.some((question) => question.field === field));
  return index === -1 ? null : index + 1;
}

/** The element id a field's error links to (the input itself, or the first option of a group). */
export function fieldInputId(field: FieldName): string {
  return `sporsmal-${field}`;
}

const NUMBER_LIMITS: Partial<Record<FieldName, { min: number; max: number }>> = {
  adults: { min: 1, max: 30 },
  children: { min: 0, max: 30 },
  applicantAge: { min: 0, max: 120 },
  annualHouseholdIncome: { min: 0, max: 100_000_000 },
  monthlyHousingCosts: { min: 0, max: 1_000_000 },
  netWealth: { min: -1_000_000_000, max: 1_000_000_000 },
};

/** Why a field's answer is not acceptable, or null. The message text lives in the dictionary. */
export function fieldIsInvalid(question: Question, answers: Answers): boolean {
  const { field } = question;
  switch (question.kind) {
    case 'municipality':
      return !MUNICIPALITIES.some((municipality) => municipality.number === answers.municipalityNumber);
    case 'number': {
      const text = answers[field as 'adults'];
      if (text.trim() === '') return question.required === true;
      const value = field === 'netWealth' ? parseSignedWholeNumber(text) : parseWholeNumber(text);
      const limits = NUMBER_LIMITS[field];
      return value === null || (limits !== undefined && (value < limits.min || value > limits.max));
    }
    case 'housing':
      return answers.housing === null;
    case 'goals':
      return answers.goals.length === 0;
    case 'tri':
    case 'choice':
      return false;
  }
}

export function invalidFields(stepIndex: number, answers: Answers): FieldName[] {
  return visibleQuestions(stepIndex, answers)
    .filter((question) => fieldIsInvalid(question, answers))
    .map((question) => question.field);
}
