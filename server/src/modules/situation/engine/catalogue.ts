/**
 * Words the engine itself needs in three languages: what each fact is called, how to ask for an
 * unknown one, and what each household goal means. Everything instrument-specific comes from the
 * graph; this file knows only the situation's own vocabulary.
 */
import type { HouseholdGoal, OptionalFactField, SituationFact } from './types.ts';

/** Text the engine owns, so it exists in every language (no fallback needed). */
export interface Words {
  nb: string;
  nn: string;
  en: string;
}

export type FactKind = 'boolean' | 'number' | 'money' | 'age' | 'string' | 'list';

interface FactEntry {
  kind: FactKind;
  /** What the fact is called inside a sentence ("husstandens inntekt"). */
  label: Words;
}

export const FACTS: Record<SituationFact, FactEntry> = {
  municipalityNumber: { kind: 'string', label: { nb: 'kommune', nn: 'kommune', en: 'municipality' } },
  adults: { kind: 'number', label: { nb: 'antall voksne', nn: 'talet på vaksne', en: 'number of adults' } },
  children: { kind: 'number', label: { nb: 'antall barn', nn: 'talet på barn', en: 'number of children' } },
  householdSize: { kind: 'number', label: { nb: 'antall personer i husstanden', nn: 'talet på personar i hushaldet', en: 'household size' } },
  hasChildren: { kind: 'boolean', label: { nb: 'barn i husstanden', nn: 'barn i hushaldet', en: 'children in the household' } },
  applicantAge: { kind: 'age', label: { nb: 'søkerens alder', nn: 'alderen til søkjaren', en: "the applicant's age" } },
  annualHouseholdIncome: { kind: 'money', label: { nb: 'husstandens inntekt', nn: 'inntekta til hushaldet', en: 'household income' } },
  housing: { kind: 'string', label: { nb: 'boligsituasjon', nn: 'busituasjon', en: 'housing situation' } },
  goals: { kind: 'list', label: { nb: 'hva husstanden ønsker hjelp til', nn: 'kva hushaldet ønskjer hjelp til', en: 'what the household wants help with' } },
  bankLoanRefused: { kind: 'boolean', label: { nb: 'avslag på lån i bank', nn: 'avslag på lån i bank', en: "a bank's refusal of a loan" } },
  canServiceLoan: { kind: 'boolean', label: { nb: 'evne til å betjene lån', nn: 'evne til å betene lån', en: 'ability to service a loan' } },
  reducedFunctionalAbility: { kind: 'boolean', label: { nb: 'nedsatt funksjonsevne', nn: 'nedsett funksjonsevne', en: 'reduced functional ability' } },
  substanceUseOrMentalHealth: { kind: 'boolean', label: { nb: 'rus eller psykisk helse', nn: 'rus eller psykisk helse', en: 'substance use or mental health' } },
  settledRefugee: { kind: 'boolean', label: { nb: 'bosatt flyktning', nn: 'busett flyktning', en: 'settled refugee' } },
  leavingChildWelfare: { kind: 'boolean', label: { nb: 'tiltak fra barnevernet', nn: 'tiltak frå barnevernet', en: 'child-welfare measures' } },
  leavingPrison: { kind: 'boolean', label: { nb: 'løslatelse fra fengsel', nn: 'lauslating frå fengsel', en: 'release from prison' } },
  student: { kind: 'boolean', label: { nb: 'studentstatus', nn: 'studentstatus', en: 'student status' } },
  conscript: { kind: 'boolean', label: { nb: 'førstegangs- eller siviltjeneste', nn: 'førstegongs- eller siviltenest', en: 'military or civilian service' } },
  paymentProblems: { kind: 'boolean', label: { nb: 'betalingsproblemer', nn: 'betalingsproblem', en: 'payment problems' } },
  monthlyHousingCosts: { kind: 'money', label: { nb: 'boutgifter i måneden', nn: 'buutgifter i månaden', en: 'monthly housing costs' } },
  evictionOrArrears: { kind: 'boolean', label: { nb: 'varsel om utkastelse eller store restanser', nn: 'varsel om utkasting eller store restansar', en: 'an eviction notice or serious arrears' } },
  institution: { kind: 'string', label: { nb: 'type institusjon', nn: 'type institusjon', en: 'kind of institution' } },
  hasDepositMoney: { kind: 'boolean', label: { nb: 'penger til depositum', nn: 'pengar til depositum', en: 'money for a deposit' } },
  mainIncomeSource: { kind: 'string', label: { nb: 'hovedinntektskilde', nn: 'hovudinntektskjelde', en: 'main source of income' } },
  netWealth: { kind: 'money', label: { nb: 'nettoformue', nn: 'nettoformue', en: 'net wealth' } },
  lawfulResidence: { kind: 'boolean', label: { nb: 'lovlig opphold i Norge', nn: 'lovleg opphald i Noreg', en: 'lawful residence in Norway' } },
};

/** One question per SituationInput field that may be unknown, plus `goals` (an empty list). */
export const QUESTIONS: Record<OptionalFactField | 'goals', Words> = {
  municipalityNumber: { nb: 'Hvilken kommune bor husstanden i?', nn: 'Kva kommune bur hushaldet i?', en: 'Which municipality does the household live in?' },
  applicantAge: { nb: 'Hvor gammel er søkeren?', nn: 'Kor gammal er søkjaren?', en: 'How old is the applicant?' },
  annualHouseholdIncome: {
    nb: 'Hva er husstandens samlede bruttoinntekt per år?',
    nn: 'Kva er den samla bruttoinntekta til hushaldet per år?',
    en: "What is the household's total gross income per year?",
  },
  bankLoanRefused: { nb: 'Har banken avslått søknad om boliglån?', nn: 'Har banken avslått søknad om bustadlån?', en: 'Has a bank refused a mortgage application?' },
  canServiceLoan: {
    nb: 'Kan husstanden betjene et lån over tid (renter og avdrag)?',
    nn: 'Kan hushaldet betene eit lån over tid (renter og avdrag)?',
    en: 'Can the household service a loan over time (interest and repayments)?',
  },
  reducedFunctionalAbility: {
    nb: 'Har noen i husstanden nedsatt funksjonsevne?',
    nn: 'Har nokon i hushaldet nedsett funksjonsevne?',
    en: 'Does anyone in the household have a reduced functional ability?',
  },
  substanceUseOrMentalHealth: {
    nb: 'Har søkeren rusproblemer eller psykiske helseproblemer?',
    nn: 'Har søkjaren rusproblem eller psykiske helseproblem?',
    en: 'Does the applicant have substance-use or mental-health problems?',
  },
  settledRefugee: {
    nb: 'Er søkeren flyktning bosatt etter avtale med kommunen?',
    nn: 'Er søkjaren flyktning busett etter avtale med kommunen?',
    en: 'Is the applicant a refugee settled by agreement with the municipality?',
  },
  leavingChildWelfare: {
    nb: 'Har søkeren hatt tiltak fra barnevernet og skal etablere seg i egen bolig?',
    nn: 'Har søkjaren hatt tiltak frå barnevernet og skal etablere seg i eigen bustad?',
    en: 'Has the applicant had child-welfare measures and is moving to a home of their own?',
  },
  leavingPrison: { nb: 'Skal søkeren løslates fra fengsel?', nn: 'Skal søkjaren lauslatast frå fengsel?', en: 'Is the applicant about to be released from prison?' },
  student: {
    nb: 'Er søkeren student med rett til støtte fra Lånekassen?',
    nn: 'Er søkjaren student med rett til støtte frå Lånekassen?',
    en: 'Is the applicant a student entitled to support from Lånekassen?',
  },
  conscript: {
    nb: 'Avtjener noen i husstanden førstegangstjeneste eller siviltjeneste?',
    nn: 'Avtener nokon i hushaldet førstegongsteneste eller siviltenest?',
    en: 'Is anyone in the household doing first-time military or civilian service?',
  },
  paymentProblems: {
    nb: 'Har husstanden problemer med å betale husleie, lån eller annen gjeld?',
    nn: 'Har hushaldet problem med å betale husleige, lån eller anna gjeld?',
    en: 'Does the household have trouble paying rent, loans or other debt?',
  },
  monthlyHousingCosts: {
    nb: 'Hva koster boligen i måneden (husleie, eller renter og avdrag)?',
    nn: 'Kva kostar bustaden i månaden (husleige, eller renter og avdrag)?',
    en: 'What does the home cost a month (rent, or interest and repayments)?',
  },
  evictionOrArrears: {
    nb: 'Har husstanden fått varsel om utkastelse eller tvangssalg, eller store restanser på husleie eller lån?',
    nn: 'Har hushaldet fått varsel om utkasting eller tvangssal, eller store restansar på husleige eller lån?',
    en: 'Has the household had an eviction or forced-sale notice, or serious arrears on rent or a loan?',
  },
  institution: {
    nb: 'Hva slags institusjon bor søkeren i (fengsel, sykehjem, helseinstitusjon, barnevernsinstitusjon)?',
    nn: 'Kva slags institusjon bur søkjaren i (fengsel, sjukeheim, helseinstitusjon, barnevernsinstitusjon)?',
    en: 'What kind of institution does the applicant live in (prison, nursing home, health institution, child-welfare institution)?',
  },
  hasDepositMoney: {
    nb: 'Har husstanden penger til depositum for en leid bolig?',
    nn: 'Har hushaldet pengar til depositum for ein leigd bustad?',
    en: 'Does the household have money for a deposit on a rented home?',
  },
  mainIncomeSource: {
    nb: 'Hva lever husstanden hovedsakelig av (arbeid, ytelse fra NAV, studiestøtte, ingen inntekt)?',
    nn: 'Kva lever hushaldet hovudsakleg av (arbeid, yting frå NAV, studiestøtte, inga inntekt)?',
    en: 'What does the household mainly live on (work, a NAV benefit, student support, no income)?',
  },
  netWealth: {
    nb: 'Hvor stor er husstandens nettoformue (bankinnskudd og annen formue minus gjeld, bolig ikke medregnet)?',
    nn: 'Kor stor er nettoformuen til hushaldet (bankinnskot og anna formue minus gjeld, bustad ikkje medrekna)?',
    en: "What is the household's net wealth (savings and other assets minus debt, not counting the home)?",
  },
  lawfulResidence: {
    nb: 'Har søkeren lovlig opphold i Norge (kontrolleres av saksbehandler)?',
    nn: 'Har søkjaren lovleg opphald i Noreg (blir kontrollert av sakshandsamar)?',
    en: 'Does the applicant reside lawfully in Norway (checked by the caseworker)?',
  },
  goals: { nb: 'Hva ønsker husstanden hjelp til?', nn: 'Kva ønskjer hushaldet hjelp til?', en: 'What does the household want help with?' },
};

export const GOALS: Record<HouseholdGoal, Words> = {
  BUY_HOME: { nb: 'å kjøpe bolig', nn: 'å kjøpe bustad', en: 'buying a home' },
  RENT_HOME: { nb: 'å leie bolig', nn: 'å leige bustad', en: 'renting a home' },
  KEEP_HOME: { nb: 'å beholde boligen', nn: 'å behalde bustaden', en: 'keeping the home' },
  ADAPT_HOME: { nb: 'å tilpasse boligen', nn: 'å tilpasse bustaden', en: 'adapting the home' },
  SUPPORT_TO_LIVE: { nb: 'oppfølging for å mestre å bo', nn: 'oppfølging for å meistre å bu', en: 'support to manage living at home' },
  LOWER_HOUSING_COSTS: { nb: 'lavere boutgifter', nn: 'lågare buutgifter', en: 'lower housing costs' },
};
