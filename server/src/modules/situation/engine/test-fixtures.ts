/**
 * Small fixture graph for the engine's unit tests, written in the criteria DSL. Modelled on the
 * domain notes (instruments.md §3–§5) but deliberately not the real seed: thresholds are round
 * made-up numbers so tests say what the engine does, not what the law says.
 */
import type { CandidateActor, CandidateCriterion, CandidateInstrument, CandidateRelation, CandidateSet, SituationInput } from './types.ts';

type CriterionSpec = Partial<CandidateCriterion> & Pick<CandidateCriterion, 'id' | 'text'>;

let order = 0;
export function criterion(spec: CriterionSpec): CandidateCriterion {
  return {
    order: order++,
    test: null,
    required: true,
    discretionary: false,
    explain: null,
    whyNot: null,
    thresholdYear: null,
    sourceIds: [`src-${spec.id}`],
    validFrom: null,
    validTo: null,
    ...spec,
  };
}

export function relation(spec: Omit<CandidateRelation, 'validFrom' | 'validTo' | 'sourceIds'> & Partial<CandidateRelation>): CandidateRelation {
  return { validFrom: null, validTo: null, sourceIds: [`src-${spec.id}`], ...spec };
}

const kommunen: CandidateActor = { id: 'kommunen', role: 'DECIDED_BY', name: { nb: 'Kommunen', nn: 'Kommunen', en: 'The municipality' } };
const husbanken: CandidateActor = { id: 'husbanken', role: 'DECIDED_BY', name: { nb: 'Husbanken', nn: 'Husbanken', en: 'The Norwegian State Housing Bank' } };
const nav: CandidateActor = { id: 'nav-kontoret', role: 'DELIVERED_BY', name: { nb: 'NAV-kontoret', nn: 'NAV-kontoret', en: 'The NAV office' } };
const barnevernet: CandidateActor = { id: 'barnevernet', role: 'DELIVERED_BY', name: { nb: 'Barneverntjenesten', nn: 'Barnevernstenesta', en: 'The child welfare service' } };

const adult = criterion({ id: 'startlan-adult', text: { nb: 'Søkeren er over 18 år', nn: 'Søkjaren er over 18 år', en: 'The applicant is 18 or older' }, test: { fact: 'applicantAge', op: 'gte', value: 18 } });

export const startlan: CandidateInstrument = {
  id: 'startlan',
  name: { nb: 'Startlån', nn: 'Startlån', en: 'Starter loan' },
  householdGoals: ['BUY_HOME', 'KEEP_HOME'],
  actors: [kommunen],
  criteria: [
    criterion({ id: 'startlan-bank-refused', text: { nb: 'Banken har avslått lån', nn: 'Banken har avslått lån', en: 'A bank has refused a loan' }, test: { fact: 'bankLoanRefused', op: 'eq', value: true } }),
    criterion({
      id: 'startlan-can-service',
      text: { nb: 'Husstanden kan betjene lånet', nn: 'Hushaldet kan betene lånet', en: 'The household can service the loan' },
      test: { fact: 'canServiceLoan', op: 'eq', value: true },
      whyNot: { nb: 'Husstanden må kunne betale renter og avdrag over tid', en: 'The household must be able to pay interest and instalments over time' },
    }),
    adult,
    criterion({ id: 'startlan-lawful-residence', text: { nb: 'Søkeren har lovlig opphold i Norge', en: 'The applicant is lawfully resident in Norway' } }),
  ],
};

export const tilskuddEtablering: CandidateInstrument = {
  id: 'tilskudd-etablering',
  name: { nb: 'Tilskudd til etablering', nn: 'Tilskot til etablering', en: 'Grant for getting a home' },
  householdGoals: ['BUY_HOME'],
  actors: [kommunen],
  criteria: [
    criterion({ id: 'etablering-bank-refused', text: { nb: 'Banken har avslått lån', en: 'A bank has refused a loan' }, test: { fact: 'bankLoanRefused', op: 'eq', value: true } }),
    criterion({
      id: 'etablering-low-income',
      text: { nb: 'Husstanden har varig lav inntekt', nn: 'Hushaldet har varig låg inntekt', en: 'The household has a permanently low income' },
      test: { fact: 'annualHouseholdIncome', op: 'lte', valueByHouseholdSize: [350000, 400000, 450000, 500000] },
    }),
    criterion({ id: 'etablering-means-tested', text: { nb: 'Kommunen vurderer behovet skjønnsmessig', en: 'The municipality assesses the need at its discretion' }, discretionary: true }),
  ],
};

export const bostotte: CandidateInstrument = {
  id: 'bostotte',
  name: { nb: 'Bostøtte', nn: 'Bustøtte', en: 'Housing allowance' },
  householdGoals: ['LOWER_HOUSING_COSTS', 'KEEP_HOME'],
  actors: [husbanken, { ...kommunen, role: 'DELIVERED_BY' }],
  criteria: [
    criterion({
      id: 'bostotte-adult-or-parent',
      text: { nb: 'Søkeren er over 18 år eller har barn', nn: 'Søkjaren er over 18 år eller har barn', en: 'The applicant is 18 or older or has children' },
      test: { anyOf: [{ fact: 'applicantAge', op: 'gte', value: 18 }, { fact: 'hasChildren', op: 'eq', value: true }] },
    }),
    criterion({
      id: 'bostotte-income',
      text: { nb: 'Inntekten er under grensen for bostøtte', nn: 'Inntekta er under grensa for bustøtte', en: 'Income is below the housing allowance limit' },
      test: { fact: 'annualHouseholdIncome', op: 'lte', valueByHouseholdSize: [300000, 340000, 370000, 400000] },
      thresholdYear: 2024,
      explain: {
        met: { nb: 'Inntekten er under grensen for bostøtte for {householdSize} personer ({thresholdYear}: {threshold} kr)', en: 'Income is below the limit for {householdSize} persons ({thresholdYear}: NOK {threshold})' },
        notMet: { nb: 'Inntekten er over grensen for bostøtte for {householdSize} personer ({thresholdYear}: {threshold} kr)', en: 'Income is above the limit for {householdSize} persons ({thresholdYear}: NOK {threshold})' },
      },
    }),
    criterion({ id: 'bostotte-not-student', text: { nb: 'Søkeren er ikke student uten barn', en: 'The applicant is not a student without children' }, test: { not: { allOf: [{ fact: 'student', op: 'eq', value: true }, { fact: 'hasChildren', op: 'eq', value: false }] } } }),
    criterion({ id: 'bostotte-not-conscript', text: { nb: 'Ingen i husstanden er i førstegangstjeneste', en: 'Nobody in the household is doing military service' }, test: { not: { fact: 'conscript', op: 'eq', value: true } } }),
    criterion({
      id: 'bostotte-not-institution',
      text: { nb: 'Søkeren bor ikke i institusjon med inntektsavhengig betaling', en: 'The applicant does not live in an institution charging income-based fees' },
      test: { fact: 'housing', op: 'ne', value: 'INSTITUTION' },
      explain: { notMet: { nb: 'Beboere i institusjon som tar inntektsavhengig betaling, får ikke bostøtte', nn: 'Bebuarar i institusjon som tek inntektsavhengig betaling, får ikkje bustøtte', en: 'Residents of institutions charging income-based fees do not get housing allowance' } },
    }),
    criterion({ id: 'bostotte-registered', text: { nb: 'Alle i husstanden er registrert på adressen', en: 'Everyone in the household is registered at the address' } }),
  ],
};

export const sosialhjelp: CandidateInstrument = {
  id: 'sosialhjelp-boutgifter',
  name: { nb: 'Økonomisk stønad til boutgifter', nn: 'Økonomisk stønad til buutgifter', en: 'Social assistance for housing costs' },
  householdGoals: ['LOWER_HOUSING_COSTS', 'KEEP_HOME'],
  actors: [{ ...nav, role: 'DECIDED_BY' }],
  criteria: [criterion({ id: 'sosialhjelp-need', text: { nb: 'Søkeren kan ikke dekke boutgiftene selv', en: 'The applicant cannot cover housing costs' }, discretionary: true })],
};

export const kommunalBostotte: CandidateInstrument = {
  id: 'kommunal-bostotte',
  name: { nb: 'Kommunal bostøtte', nn: 'Kommunal bustøtte', en: 'Municipal housing allowance' },
  householdGoals: ['LOWER_HOUSING_COSTS'],
  actors: [kommunen],
  criteria: [criterion({ id: 'kommunal-bostotte-municipality', text: { nb: 'Husstanden bor i en kommune med egen bostøtte', en: 'The household lives in a municipality with its own allowance' }, test: { fact: 'municipalityNumber', op: 'in', value: ['0301', '1804'] } })],
};

export const midlertidig: CandidateInstrument = {
  id: 'midlertidig-botilbud',
  name: { nb: 'Midlertidig botilbud', nn: 'Mellombels butilbod', en: 'Temporary accommodation' },
  householdGoals: [],
  actors: [nav],
  criteria: [
    criterion({ id: 'midlertidig-no-home', text: { nb: 'Søkeren har ikke et sted å bo', nn: 'Søkjaren har ikkje ein stad å bu', en: 'The applicant has nowhere to live' }, test: { fact: 'housing', op: 'in', value: ['HOMELESS', 'TEMPORARY_ACCOMMODATION'] } }),
    criterion({ id: 'midlertidig-cannot-find', text: { nb: 'Søkeren klarer ikke selv å skaffe overnatting', en: 'The applicant cannot find accommodation themselves' } }),
  ],
};

const welfareText = { nb: 'Søkeren har hatt tiltak fra barnevernet', en: 'The applicant has had child-welfare measures' };
export const ettervern: CandidateInstrument = {
  id: 'ettervern',
  name: { nb: 'Ettervern', nn: 'Ettervern', en: 'Child-welfare aftercare' },
  householdGoals: [],
  actors: [barnevernet],
  criteria: [
    criterion({ id: 'ettervern-child-welfare', text: welfareText, test: { fact: 'leavingChildWelfare', op: 'eq', value: true } }),
    criterion({ id: 'ettervern-age-under-23', text: { nb: 'Søkeren er under 23 år', en: 'The applicant is under 23' }, test: { fact: 'applicantAge', op: 'lt', value: 23 }, validTo: '2020-12-31' }),
    criterion({ id: 'ettervern-age-under-25', text: { nb: 'Søkeren er under 25 år', en: 'The applicant is under 25' }, test: { fact: 'applicantAge', op: 'lt', value: 25 }, validFrom: '2021-01-01' }),
    criterion({ id: 'ettervern-consent', text: { nb: 'Den unge samtykker', en: 'The young person consents' } }),
  ],
};

export const tilpasning: CandidateInstrument = {
  id: 'tilskudd-tilpasning',
  name: { nb: 'Tilskudd til tilpasning', nn: 'Tilskot til tilpassing', en: 'Grant for adapting a home' },
  householdGoals: ['ADAPT_HOME'],
  actors: [kommunen],
  criteria: [criterion({ id: 'tilpasning-function', text: { nb: 'Noen i husstanden har nedsatt funksjonsevne', en: 'Someone in the household has reduced functional ability' }, test: { fact: 'reducedFunctionalAbility', op: 'eq', value: true } })],
};

export const navHeis: CandidateInstrument = {
  id: 'nav-tilskudd-i-stedet-for-heis',
  name: { nb: 'NAV-tilskudd i stedet for heis', nn: 'NAV-tilskot i staden for heis', en: 'NAV grant instead of a lift' },
  householdGoals: ['ADAPT_HOME', 'BUY_HOME'],
  actors: [{ ...nav, role: 'DECIDED_BY' }],
  criteria: [criterion({ id: 'heis-function', text: { nb: 'Søkeren har nedsatt funksjonsevne', en: 'The applicant has reduced functional ability' }, test: { fact: 'reducedFunctionalAbility', op: 'eq', value: true } })],
};

export const relations: CandidateRelation[] = [
  relation({ id: 'c1-startlan-etablering', type: 'COMBINES_WITH', from: 'startlan', to: 'tilskudd-etablering', rationale: { nb: 'Tilskuddet reduserer lånet til det husstanden kan betjene', en: 'The grant reduces the loan to what the household can service' } }),
  relation({ id: 'c1-startlan-bostotte', type: 'COMBINES_WITH', from: 'startlan', to: 'bostotte', rationale: { nb: 'Bostøtte hjelper med boutgiftene etter kjøpet', en: 'Housing allowance helps with housing costs after the purchase' } }),
  relation({ id: 'p-bostotte-sosialhjelp', type: 'PRECONDITION_FOR', from: 'bostotte', to: 'sosialhjelp-boutgifter', rationale: { nb: 'Søk bostøtte før økonomisk sosialhjelp, som er subsidiær', en: 'Apply for housing allowance before social assistance, which is subsidiary' } }),
  relation({ id: 'p-state-municipal', type: 'PRECONDITION_FOR', from: 'bostotte', to: 'kommunal-bostotte', rationale: { nb: 'Statlig bostøtte må søkes før kommunal bostøtte', en: 'State housing allowance must be applied for before the municipal one' } }),
  relation({ id: 'c3-tilpasning-startlan', type: 'COMBINES_WITH', from: 'tilskudd-tilpasning', to: 'startlan', rationale: { nb: 'Én felles finansieringsplan for tilpasning', en: 'One joint financing plan for adapting the home' } }),
  relation({ id: 'c3-heis-startlan', type: 'COMBINES_WITH', from: 'nav-tilskudd-i-stedet-for-heis', to: 'startlan', rationale: { nb: 'Tilskuddet kan inngå i finansieringen av en egnet bolig', en: 'The grant can be part of financing a suitable home' } }),
  relation({ id: 'x12-heis-tilpasning', type: 'EXCLUDES', from: 'nav-tilskudd-i-stedet-for-heis', to: 'tilskudd-tilpasning', rationale: { nb: 'Tilskuddet i stedet for heis kan ikke kombineres med å bygge heisen', en: 'The grant instead of a lift cannot be combined with installing the lift' } }),
  relation({ id: 'c-expired', type: 'COMBINES_WITH', from: 'midlertidig-botilbud', to: 'ettervern', rationale: { nb: 'Utløpt', en: 'Expired' }, validTo: '2010-12-31' }),
];

export const fixtureSet: CandidateSet = {
  instruments: [startlan, tilskuddEtablering, bostotte, sosialhjelp, kommunalBostotte, midlertidig, ettervern, tilpasning, navHeis],
  relations,
};

export function household(overrides: Partial<SituationInput> = {}): SituationInput {
  return { adults: 1, children: 0, housing: 'RENTING_PRIVATE', goals: [], ...overrides };
}
