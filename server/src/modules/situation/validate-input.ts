/**
 * Checks a household's situation before the engine sees it. Every problem is a BAD_USER_INPUT
 * naming the field. Messages never repeat the value given: the situation is personal data and
 * error messages may end up in logs.
 */
import { badUserInput } from '../../errors.ts';
import { HOUSEHOLD_GOALS, HOUSING_SITUATIONS } from '../../seed/schema.ts';
import type { HouseholdGoal, SituationInput } from './engine/types.ts';

/** Far above any real household; stops nonsense input from reaching the engine. */
const MAX_PERSONS = 50;
const MAX_AGE = 120;

/**
 * County numbers (the first two digits of a kommunenummer) used since the 1972 county numbering:
 * 01–12 and 14–20 until 2019, 50 Trøndelag from 2018, 30/34/38/42/46/54 from 2020, and
 * 31/32/33/39/40/55/56 from 2024. Accepting all of them lets historical questions (asOf) use the
 * number that was valid then. Limit, stated honestly: this is the county numbering as the team
 * knows it, not a checked list of every current kommunenummer (no such list is sourced in this
 * repository yet), so a well-formed number in a real county that no municipality has is accepted.
 * Svalbard (21) and Jan Mayen (22) have no municipality and are rejected.
 */
const COUNTY_PREFIXES = new Set([
  '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '14', '15', '16', '17', '18', '19', '20',
  '30', '31', '32', '33', '34', '38', '39', '40', '42', '46', '50', '54', '55', '56',
]);

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

/** True for a four-digit kommunenummer in a known county (see COUNTY_PREFIXES for the limit). */
export function isPlausibleMunicipalityNumber(value: string): boolean {
  return /^\d{4}$/.test(value) && COUNTY_PREFIXES.has(value.slice(0, 2)) && value.slice(2) !== '00';
}

function checkMunicipality(value: string | null | undefined): void {
  if (value === null || value === undefined) return;
  if (!/^\d{4}$/.test(value)) throw badUserInput('municipalityNumber must be a four-digit kommunenummer, such as 0301.', 'municipalityNumber');
  if (!isPlausibleMunicipalityNumber(value)) throw badUserInput('municipalityNumber is not a known Norwegian kommunenummer.', 'municipalityNumber');
}

function checkChoices(input: SituationInput): void {
  if (!(HOUSING_SITUATIONS as readonly string[]).includes(input.housing)) throw badUserInput('housing is not a known housing situation.', 'housing');
  if (!input.goals.every((goal) => (HOUSEHOLD_GOALS as readonly string[]).includes(goal))) throw badUserInput('goals holds an unknown goal.', 'goals');
}

/** The input, checked, with duplicate goals removed. Throws BAD_USER_INPUT on the first problem. */
export function validateSituationInput(input: SituationInput): SituationInput {
  requireCount(input.adults, 'adults');
  requireCount(input.children, 'children');
  if (input.adults + input.children === 0) throw badUserInput('The household must have at least one person (adults + children).', 'adults');
  checkAge(input);
  checkIncome(input.annualHouseholdIncome);
  checkMunicipality(input.municipalityNumber);
  checkChoices(input);
  return { ...input, goals: [...new Set<HouseholdGoal>(input.goals)] };
}

/** A calendar date 'YYYY-MM-DD' that exists (no 2024-02-30). */
export function validateAsOf(asOf: string): string {
  const date = new Date(`${asOf}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== asOf) {
    throw badUserInput('asOf must be a date written as YYYY-MM-DD.', 'asOf');
  }
  return asOf;
}
