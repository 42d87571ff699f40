/**
 * Checks a household's situation before the engine sees it. Every problem is a BAD_USER_INPUT
 * naming the field. Messages never repeat the value given: the situation is personal data and
 * error messages may end up in logs.
 */
import { isIsoDate } from '../common/date-scalar.ts';
import { badUserInput } from '../../errors.ts';
import { HOUSEHOLD_GOALS, HOUSING_SITUATIONS } from '../../vocabulary/index.ts';
import type { HouseholdGoal, SituationInput } from './engine/types.ts';

/** Far above any real household; stops nonsense input from reaching the engine. */
const MAX_PERSONS = 50;
const MAX_AGE = 120;

/**
 * County numbers (the first two digits of a kommunenummer) and the years they were in use, so a
 * historical question (asOf) accepts the number valid then: the 1972 numbering until the 2018 and
 * 2020 county mergers, the 2020 counties, and the 2024 split. Limit, stated honestly: this checks
 * the format and the county, not the full list of kommunenummer, so a well-formed number in a real
 * county that no municipality had is accepted. The client bundles SSB's 2024 list (classification
 * 131) in client/src/situation/municipalities.ts; moving it to a shared module would let the server
 * check the full list for dates from 2024. Svalbard (21) and Jan Mayen (22) have no municipality.
 */
const COUNTY_PERIODS: readonly { prefixes: readonly string[]; from?: string; to?: string }[] = [
  { prefixes: ['03', '11', '15', '18'] },
  { prefixes: ['01', '02', '04', '05', '06', '07', '08', '09', '10', '12', '14', '19', '20'], to: '2019-12-31' },
  { prefixes: ['16', '17'], to: '2017-12-31' },
  { prefixes: ['50'], from: '2018-01-01' },
  { prefixes: ['34', '42', '46'], from: '2020-01-01' },
  { prefixes: ['30', '38', '54'], from: '2020-01-01', to: '2023-12-31' },
  { prefixes: ['31', '32', '33', '39', '40', '55', '56'], from: '2024-01-01' },
];

function countyInUse(prefix: string, asOf: string | undefined): boolean {
  return COUNTY_PERIODS.some(
    (period) => period.prefixes.includes(prefix) && (asOf === undefined || ((!period.from || period.from <= asOf) && (!period.to || period.to >= asOf))),
  );
}

function requireCount(value: number, field: 'adults' | 'children'): void {
  if (!Number.isInteger(value) || value < 0) throw badUserInput(`${field} must be a whole number, 0 or more.`, field);
  if (value > MAX_PERSONS) throw badUserInput(`${field} must be at most ${MAX_PERSONS}.`, field);
}

function checkAge(input: SituationInput): void {
  const age = input.applicantAge;
  if (age === null || age === undefined) return;
  if (!Number.isInteger(age) || age < 0 || age > MAX_AGE) throw badUserInput(`applicantAge must be a whole number from 0 to ${MAX_AGE}.`, 'applicantAge');
  // The applicant is one of the persons counted: an adult applicant needs an adult in the household.
  if (age >= 18 && input.adults === 0) throw badUserInput('applicantAge is 18 or more, but the household has no adults.', 'applicantAge');
  if (age < 18 && input.children === 0) throw badUserInput('applicantAge is under 18, but the household has no persons under 18.', 'applicantAge');
}

function checkIncome(income: number | null | undefined): void {
  if (income === null || income === undefined) return;
  if (!Number.isFinite(income) || income < 0) throw badUserInput('annualHouseholdIncome must be 0 or more (NOK per year).', 'annualHouseholdIncome');
}

function checkHousingCosts(costs: number | null | undefined): void {
  if (costs === null || costs === undefined) return;
  if (!Number.isFinite(costs) || costs < 0) throw badUserInput('monthlyHousingCosts must be 0 or more (NOK per month).', 'monthlyHousingCosts');
}

/**
 * True for a four-digit kommunenummer in a county in use at `asOf` (any period when no date is
 * given). See COUNTY_PERIODS for what this does not check.
 */
export function isPlausibleMunicipalityNumber(value: string, asOf?: string): boolean {
  return /^\d{4}$/.test(value) && countyInUse(value.slice(0, 2), asOf) && value.slice(2) !== '00';
}

function checkMunicipality(value: string | null | undefined, asOf: string | undefined): void {
  if (value === null || value === undefined) return;
  if (!/^\d{4}$/.test(value)) throw badUserInput('municipalityNumber must be a four-digit kommunenummer, such as 0301.', 'municipalityNumber');
  if (!isPlausibleMunicipalityNumber(value, asOf)) throw badUserInput('municipalityNumber is not a Norwegian kommunenummer in use at the date asked about.', 'municipalityNumber');
}

function checkChoices(input: SituationInput): void {
  if (!(HOUSING_SITUATIONS as readonly string[]).includes(input.housing)) throw badUserInput('housing is not a known housing situation.', 'housing');
  if (!input.goals.every((goal) => (HOUSEHOLD_GOALS as readonly string[]).includes(goal))) throw badUserInput('goals holds an unknown goal.', 'goals');
}

/**
 * The input, checked, with duplicate goals removed. Throws BAD_USER_INPUT on the first problem.
 * `asOf` (already valid) narrows the kommunenummer check to the counties in use at that date.
 */
export function validateSituationInput(input: SituationInput, asOf?: string): SituationInput {
  requireCount(input.adults, 'adults');
  requireCount(input.children, 'children');
  if (input.adults + input.children === 0) throw badUserInput('The household must have at least one person (adults + children).', 'adults');
  checkAge(input);
  checkIncome(input.annualHouseholdIncome);
  checkHousingCosts(input.monthlyHousingCosts);
  checkMunicipality(input.municipalityNumber, asOf);
  checkChoices(input);
  return { ...input, goals: [...new Set<HouseholdGoal>(input.goals)] };
}

/** A calendar date 'YYYY-MM-DD' that exists (no 2024-02-30). */
export function validateAsOf(asOf: string): string {
  if (!isIsoDate(asOf)) {
    throw badUserInput('asOf must be a date written as YYYY-MM-DD.', 'asOf');
  }
  return asOf;
}
