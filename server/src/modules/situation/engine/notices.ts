/**
 * Notices whose condition holds for the household (an eviction notice: what to do now and whom to
 * call), urgent first, in the reader's language with bokmål as the fallback.
 */
import { pickText } from '../../common/lang.ts';
import { evaluateCondition } from './condition.ts';
import type { Limits } from './limits.ts';
import type { CandidateNotice, Facts, Lang, NoticeResult } from './types.ts';

/** The notices whose condition holds, urgent first: no words yet. */
export function matchingNotices(notices: readonly CandidateNotice[], facts: Facts, limits: Limits): CandidateNotice[] {
  return notices.filter((notice) => evaluateCondition(notice.when, facts, limits) === 'MET').sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.id.localeCompare(b.id));
}

/** The matching notices in the reader's language. */
export function describeNotices(notices: readonly CandidateNotice[], lang: Lang): NoticeResult[] {
  return notices.map((notice) => {
    const title = pickText(notice.title, lang);
    // One language per notice: its title decides, so a notice never mixes languages.
    const language = title.lang;
    const inLanguage = (text: typeof notice.text): string => (language === lang ? pickText(text, lang).text : pickText(text, 'NB').text);
    return {
      id: notice.id,
      urgent: notice.urgent,
      title: title.text,
      text: inLanguage(notice.text),
      steps: notice.steps.map(inLanguage),
      contacts: notice.contacts,
      language,
      sourceIds: notice.sourceIds,
    };
  });
}
