import type { Facts, SituationInput } from './types.ts';

/**
 * The facts criteria are tested against: every input field (missing → null, "not known yet") and
 * the derived `householdSize` and `hasChildren`. Counts are always known, so the derived facts are too.
 */
export function factsOf(input: SituationInput): Facts {
  return {
    municipalityNumber: input.municipalityNumber ?? null,
    adults: input.adults,
    children: input.children,
    householdSize: input.adults + input.children,
    hasChildren: input.children > 0,
    applicantAge: input.applicantAge ?? null,
    annualHouseholdIncome: input.annualHouseholdIncome ?? null,
    housing: input.housing,
    goals: input.goals,
    bankLoanRefused: input.bankLoanRefused ?? null,
    canServiceLoan: input.canServiceLoan ?? null,
    reducedFunctionalAbility: input.reducedFunctionalAbility ?? null,
    substanceUseOrMentalHealth: input.substanceUseOrMentalHealth ?? null,
    settledRefugee: input.settledRefugee ?? null,
    leavingChildWelfare: input.leavingChildWelfare ?? null,
    leavingPrison: input.leavingPrison ?? null,
    student: input.student ?? null,
    conscript: input.conscript ?? null,
    paymentProblems: input.paymentProblems ?? null,
    monthlyHousingCosts: input.monthlyHousingCosts ?? null,
    evictionOrArrears: input.evictionOrArrears ?? null,
    // An institution kind means nothing outside an institution: read it only there.
    institution: input.housing === 'INSTITUTION' ? (input.institution ?? null) : null,
    hasDepositMoney: input.hasDepositMoney ?? null,
    mainIncomeSource: input.mainIncomeSource ?? null,
    netWealth: input.netWealth ?? null,
    lawfulResidence: input.lawfulResidence ?? null,
  };
}

/** The same facts with one of them replaced: used to ask "would an answer change anything?". */
export function withFact(facts: Facts, fact: keyof Facts, value: Facts[keyof Facts]): Facts {
  return { ...facts, [fact]: value };
}
