/** Answers as plain text for the review page, the results recap and the printout. */
import type { Dictionary } from '../i18n/nb.ts';
import type { Locale } from '../i18n/locale.ts';
import { formatKroner, formatNumber } from '../i18n/format.ts';
import { parseSignedWholeNumber, parseWholeNumber, type Answers, type FieldName, type TriField } from './answers.ts';
import { municipalityName } from './municipalities.ts';

export function answerText(field: FieldName, answers: Answers, t: Dictionary, locale: Locale): string {
  switch (field) {
    case 'municipalityNumber':
      return municipalityName(answers.municipalityNumber) ?? t.common.notAnswered;
    case 'adults':
    case 'children':
    case 'applicantAge': {
      const value = parseWholeNumber(answers[field]);
      return value === null ? t.common.notAnswered : formatNumber(value, locale);
    }
    case 'annualHouseholdIncome': {
      const value = parseWholeNumber(answers.annualHouseholdIncome);
      return value === null ? t.common.dontKnow : formatKroner(value, locale);
    }
    case 'monthlyHousingCosts': {
      const value = parseWholeNumber(answers.monthlyHousingCosts);
      return value === null ? t.common.dontKnow : t.questions.monthlyHousingCosts.perMonth(formatKroner(value, locale));
    }
    case 'netWealth': {
      const value = parseSignedWholeNumber(answers.netWealth);
      return value === null ? t.common.dontKnow : formatKroner(value, locale);
    }
    case 'institution':
      return answers.institution === null ? t.common.notAnswered : answers.institution === 'unknown' ? t.common.dontKnow : t.institution[answers.institution];
    case 'mainIncomeSource':
      return answers.mainIncomeSource === null ? t.common.notAnswered : answers.mainIncomeSource === 'unknown' ? t.common.dontKnow : t.incomeSource[answers.mainIncomeSource];
    case 'housing':
      return answers.housing ? t.housing[answers.housing] : t.common.notAnswered;
    case 'goals':
      return answers.goals.length > 0 ? answers.goals.map((goal) => t.goals[goal]).join(', ') : t.common.notAnswered;
    default:
      return triText(field, answers, t);
  }
}

function triText(field: TriField, answers: Answers, t: Dictionary): string {
  switch (answers.tri[field]) {
    case 'yes':
      return t.common.yes;
    case 'no':
      return t.common.no;
    case 'unknown':
      return t.common.dontKnow;
    case 'declined':
      return t.common.preferNotToSay;
    default:
      return t.common.notAnswered;
  }
}

/** "2 voksne, 2 barn · Leier privat · Kjøpe bolig · Bodø" */
export function answersRecap(answers: Answers, t: Dictionary): string {
  const adults = parseWholeNumber(answers.adults);
  const children = parseWholeNumber(answers.children);
  const parts = [
    adults !== null && children !== null ? `${t.results.recapAdults(adults)}, ${t.results.recapChildren(children)}` : null,
    answers.housing ? t.housing[answers.housing] : null,
    answers.goals.length > 0 ? answers.goals.map((goal) => t.goals[goal]).join(', ') : null,
    municipalityName(answers.municipalityNumber) ?? null,
  ];
  return parts.filter(Boolean).join(' · ');
}
