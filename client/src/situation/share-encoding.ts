/**
 * Answers in a share link live after `#s=`, which browsers never send to a server. The encoding is
 * compact JSON in base64url; unknown or malformed content is ignored rather than trusted.
 */
import { EMPTY_ANSWERS, HOUSEHOLD_GOALS, HOUSING_SITUATIONS, INCOME_SOURCES, INSTITUTION_KINDS, NUMBER_FIELDS, TRI_FIELDS, type Answers, type TriAnswer } from './answers.ts';

const TRI_CODES: Record<TriAnswer, string> = { yes: 'y', no: 'n', unknown: 'u', declined: 'd' };
const TRI_FROM_CODE = new Map(Object.entries(TRI_CODES).map(([answer, code]) => [code, answer as TriAnswer]));

type Compact = { m?: string; n?: Record<string, string>; h?: string; i?: string; s?: string; g?: string[]; t?: Record<string, string> };

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

export function encodeAnswers(answers: Answers): string {
  const compact: Compact = {};
  if (answers.municipalityNumber) compact.m = answers.municipalityNumber;
  const numbers = Object.fromEntries(NUMBER_FIELDS.filter((field) => answers[field] !== '').map((field) => [field, answers[field]]));
  if (Object.keys(numbers).length > 0) compact.n = numbers;
  if (answers.housing) compact.h = answers.housing;
  if (answers.institution) compact.i = answers.institution;
  if (answers.mainIncomeSource) compact.s = answers.mainIncomeSource;
  if (answers.goals.length > 0) compact.g = answers.goals;
  const tri = Object.fromEntries(Object.entries(answers.tri).map(([field, answer]) => [field, TRI_CODES[answer]]));
  if (Object.keys(tri).length > 0) compact.t = tri;
  return toBase64Url(JSON.stringify(compact));
}

export function decodeAnswers(encoded: string): Answers | null {
  let compact: Compact;
  try {
    compact = JSON.parse(fromBase64Url(encoded)) as Compact;
  } catch {
    return null;
  }
  if (typeof compact !== 'object' || compact === null) return null;
  const answers: Answers = { ...EMPTY_ANSWERS, goals: [], tri: {} };
  if (typeof compact.m === 'string' && /^\d{4}$/.test(compact.m)) answers.municipalityNumber = compact.m;
  for (const field of NUMBER_FIELDS) {
    const value = compact.n?.[field];
    if (typeof value === 'string' && value.length <= 12) answers[field] = value;
  }
  const housing = HOUSING_SITUATIONS.find((option) => option === compact.h);
  if (housing) answers.housing = housing;
  const institution = [...INSTITUTION_KINDS, 'unknown' as const].find((option) => option === compact.i);
  if (institution) answers.institution = institution;
  const income = [...INCOME_SOURCES, 'unknown' as const].find((option) => option === compact.s);
  if (income) answers.mainIncomeSource = income;
  answers.goals = HOUSEHOLD_GOALS.filter((goal) => Array.isArray(compact.g) && compact.g.includes(goal));
  for (const field of TRI_FIELDS) {
    const answer = TRI_FROM_CODE.get(compact.t?.[field] ?? '');
    if (answer) answers.tri[field] = answer;
  }
  return answers;
}

/** Reads `#s=…` from a location hash. */
export function answersFromHash(hash: string): Answers | null {
  const match = /(?:^#|&)s=([A-Za-z0-9_-]+)/.exec(hash);
  return match?.[1] ? decodeAnswers(match[1]) : null;
}
