import { useT } from '../../i18n/i18n.ts';
import { Heading } from '../../components/ds.tsx';
import type { CriterionOutcome, Lang } from '../../gql/graphql.ts';
import { withoutFormulas, withoutOutcomePrefix } from '../plain-language.ts';

type Criterion = { criterionId?: string | null; outcome: CriterionOutcome; explanation: string; language: Lang };
type Text = { criterionId?: string | null; text: string; language: Lang };

const MARK: Record<CriterionOutcome, string> = { MET: '✓', NOT_MET: '✗', UNKNOWN: '?' };
const CLASS: Record<CriterionOutcome, string> = { MET: 'criterion--met', NOT_MET: 'criterion--not-met', UNKNOWN: 'criterion--unknown' };

/** The API's sentence without its own outcome prefix (the list says it) and without formulas. */
export function citizenText(explanation: string): string {
  return withoutFormulas(withoutOutcomePrefix(explanation)) || withoutOutcomePrefix(explanation);
}

/** ✓ oppfylt / ✗ ikke oppfylt / ? vet ikke, each in words for screen readers, with what could change a ✗. */
export function CriteriaChecklist({ criteria, whyNot, toCheck }: { criteria: readonly Criterion[]; whyNot: readonly Text[]; toCheck: readonly Text[] }) {
  const { t, locale } = useT();
  const langOf = (language: Lang) => (language.toLowerCase() === locale ? undefined : language.toLowerCase());
  return (
    <section>
      <Heading level={4} data-size="2xs">{t.results.criteria}</Heading>
      <ul className="criteria-list">
        {criteria.map((criterion, index) => {
          const change = criterion.outcome === 'NOT_MET' ? whyNot.find((item) => item.criterionId === criterion.criterionId) : undefined;
          return (
            <li key={criterion.criterionId ?? `regel-${index}`} className={`criterion ${CLASS[criterion.outcome]}`} data-outcome={criterion.outcome}>
              <span className="criterion__mark" aria-hidden="true">{MARK[criterion.outcome]}</span>
              <span>
                <span className="criterion__outcome">{t.outcome[criterion.outcome]}: </span>
                <span lang={langOf(criterion.language)}>{citizenText(criterion.explanation)}</span>
                {change && (
                  <span className="criterion__why-not">
                    {' '}{t.results.whatCouldChange} <span lang={langOf(change.language)}>{change.text}</span>
                  </span>
                )}
              </span>
            </li>
          );
        })}
        {toCheck.map((item) => (
          <li key={item.criterionId} className="criterion criterion--unknown" data-outcome="TO_CHECK">
            <span className="criterion__mark" aria-hidden="true">?</span>
            <span>
              <span className="criterion__outcome">{t.browse.caseworkerChecks}: </span>
              <span lang={langOf(item.language)}>{item.text}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
