import { describe, expect, it } from 'vitest';
import { nb } from './nb.ts';
import { nn } from './nn.ts';
import { EDIT_TEXTS } from '../edit/texts.ts';

/**
 * Keys whose nynorsk text is rightly the same as the bokmål one. Every entry was checked against
 * Nynorskordboka: the product name, and short texts whose every word nynorsk spells as bokmål does
 * (ja, nei, søk, språk, mål, lån, steg, tilbake, neste, i dag, treff, endre …). A new string that
 * is identical in both must be translated, or added here after that check.
 */
const SAME_IN_NYNORSK: Record<string, readonly string[]> = {
  // "Virkemiddelkart" is the product's name in every language.
  common: ['appName', 'retry', 'yes', 'no', 'change', 'back', 'next', 'close', 'closeAll', 'none', 'showInGraph'],
  shell: ['navExplore', 'navGraph', 'navSearch', 'language', 'asOf', 'asOfToday', 'asOfReset', 'footerDevelopers', 'footerReportError', 'dataVersion', 'searchButton'],
  home: ['exploreTitle', 'questionsTitle'],
  wizard: ['start', 'stepOf', 'steps.0', 'steps.1', 'steps.3', 'toResults', 'showResult'],
  questions: ['leavingChildWelfare.help'],
  status: ['LIKELY', 'UNLIKELY'],
  institution: ['CHILD_WELFARE_INSTITUTION'],
  outcome: ['MET'],
  results: ['recapChildren', 'changeAnswers', 'copyLink', 'startOver', 'status', 'whatCouldChange', 'combinationStep', 'answerQuestion',
    'groupIndicated', 'noticeContacts', 'appealTo', 'applyAt', 'applicationPage', 'appealDeadline', 'contact'],
  compare: ['buy'],
  print: ['printNow', 'backToResults', 'dataVersion', 'municipality', 'language', 'answersTitle', 'contactTitle', 'stepApply', 'stepContact'],
  browse: ['exploreTitle', 'targetGroups', 'goals', 'facts', 'kinds', 'legalBases', 'history', 'responsibleFor', 'subgroups', 'subgroupOf', 'showAll', 'count', 'role',
    'appealDeadline', 'appealBodies', 'strategyKind', 'partOf', 'municipalityNumber', 'memberOf', 'coordinates', 'legalKind', 'reference', 'readOnLovdata', 'readText'],
  strategyKinds: ['strategy', 'white_paper', 'act', 'action_plan', 'programme'],
  kinds: ['LOAN', 'ALLOWANCE', 'GUARANTEE', 'LEGAL_RIGHT'],
  entityTypes: ['ACTOR', 'TARGET_GROUP', 'GOAL', 'STRATEGY', 'LEGAL_BASIS', 'CRITERION'],
  linkTypes: ['PART_OF', 'SUBGROUP_OF', 'HAS_GOAL', 'PRIORITISES', 'HAS_MEMBER'],
  search: ['title', 'button', 'resultsFor'],
  graph: ['focus', 'depth1', 'depth2', 'viewGraph', 'viewList', 'zoomIn', 'zoomOut'],
  // The download names (format names, and som, filer, varige adresser) nynorsk spells as bokmål does.
  developer: ['endpoint', 'cpsvTurtle', 'cpsvJsonLd', 'seedsZip', 'uris'],
  about: ['dataVersion', 'ofTotal', 'factsTitle', 'sourcesPolicyTitle', 'privacyTitle', 'languageTitle', 'reportTitle'],
  // Each language is named in its own form in the language switch.
  languages: ['nb', 'nn', 'en'],
};
const allowed = new Set(Object.entries(SAME_IN_NYNORSK).flatMap(([section, keys]) => keys.map((key) => `${section}.${key}`)));

/** Arguments for function-valued entries: 1 and 3 reach both the singular and the plural branch. */
const SAMPLE_ARGUMENTS = [1, 3];

type Text = (...args: never[]) => unknown;
const isText = (value: unknown): value is Text => typeof value === 'function';

/** Every entry of a dictionary as key → the texts it can produce (one per sample for functions). */
function texts(dictionary: unknown, prefix = ''): Map<string, string[]> {
  const result = new Map<string, string[]>();
  if (typeof dictionary === 'string') {
    result.set(prefix, [dictionary]);
  } else if (isText(dictionary)) {
    const outputs = SAMPLE_ARGUMENTS.map((sample) => String(Reflect.apply(dictionary, undefined, Array.from({ length: dictionary.length }, () => sample))));
    result.set(prefix, outputs);
  } else if (dictionary && typeof dictionary === 'object') {
    for (const [key, value] of Object.entries(dictionary)) {
      for (const [inner, outputs] of texts(value, prefix ? `${prefix}.${key}` : key)) result.set(inner, outputs);
    }
  }
  return result;
}

// The editing screens carry their own words (client/src/edit/texts.ts), checked here as `edit`.
const bokmal = texts({ ...nb, edit: EDIT_TEXTS.nb });
const nynorsk = texts({ ...nn, edit: EDIT_TEXTS.nn });
const identical = [...bokmal].filter(([key, outputs]) => outputs.some((output, i) => nynorsk.get(key)?.[i] === output)).map(([key]) => key);

describe('nynorsk interface strings', () => {
  it('has a text for every bokmål key', () => {
    expect([...nynorsk.keys()].sort()).toEqual([...bokmal.keys()].sort());
  });

  it('translates every string: none is left as the bokmål text unless it is on the allow-list', () => {
    expect(identical.filter((key) => !allowed.has(key))).toEqual([]);
  });

  it('keeps the allow-list to strings that really are the same in both', () => {
    expect([...allowed].filter((key) => !identical.includes(key))).toEqual([]);
  });
});
