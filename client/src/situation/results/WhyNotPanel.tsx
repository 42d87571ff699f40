import { useId, useState } from 'react';
import { getFragmentData, type FragmentType } from '../../gql/index.ts';
import { useT } from '../../i18n/i18n.ts';
import { Heading } from '../../components/ds.tsx';
import { AssessmentCardFragment, ResultInstrumentFragment } from './AssessmentCard.tsx';
import { StatusTag } from './StatusTag.tsx';
import { FallbackNotice } from '../../browse/Validity.tsx';
import { citizenText } from './CriteriaChecklist.tsx';

type Props = { assessments: readonly FragmentType<typeof AssessmentCardFragment>[] };

/**
 * "Finner du ikke et virkemiddel?" (Mes Aides #762): pick any instrument and see its status and
 * which criteria failed or are unknown, instead of a long list of everything that does not apply.
 */
export function WhyNotPanel({ assessments }: Props) {
  const { t, locale } = useT();
  const selectId = useId();
  const [selected, setSelected] = useState('');
  const items = assessments
    .map((assessment) => getFragmentData(AssessmentCardFragment, assessment))
    .map((assessment) => ({ assessment, instrument: getFragmentData(ResultInstrumentFragment, assessment.instrument) }))
    .sort((a, b) => a.instrument.name.localeCompare(b.instrument.name, locale));
  const chosen = items.find((item) => item.assessment.instrumentId === selected);
  const failed = chosen?.assessment.criteria.filter((criterion) => criterion.outcome === 'NOT_MET') ?? [];
  const unknown = chosen?.assessment.criteria.filter((criterion) => criterion.outcome === 'UNKNOWN') ?? [];
  const langOf = (language: string) => (language.toLowerCase() === locale ? undefined : language.toLowerCase());
  const fellBack =
    chosen !== undefined &&
    (chosen.instrument.missingTranslations.includes('name') || [...failed, ...unknown, ...chosen.assessment.whyNot].some((item) => langOf(item.language) !== undefined));
  return (
    <section aria-labelledby="hvorfor-ikke" className="why-not">
      <Heading level={2} data-size="sm" id="hvorfor-ikke">{t.results.whyNotTitle}</Heading>
      <div className="ds-field">
        <label className="ds-label" htmlFor={selectId}>{t.results.whyNotLabel}</label>
        <select id={selectId} className="ds-input" value={selected} onChange={(event) => setSelected(event.currentTarget.value)}>
          <option value="">{t.results.whyNotPlaceholder}</option>
          {items.map((item) => (
            <option key={item.assessment.instrumentId} value={item.assessment.instrumentId}>{item.instrument.name}</option>
          ))}
        </select>
      </div>
      <div aria-live="polite" className="why-not__answer">
        {chosen && (
          <div className="ds-card stack" data-instrument={chosen.assessment.instrumentId}>
            <Heading level={3} data-size="xs"><span lang={chosen.instrument.missingTranslations.includes('name') ? 'nb' : undefined}>{chosen.instrument.name}</span></Heading>
            {fellBack && <FallbackNotice />}
            <p><span className="visually-hidden">{t.results.status}: </span><StatusTag status={chosen.assessment.status} /></p>
            {failed.length > 0 && (
              <>
                <p><strong>{t.results.whyNotFailed}</strong></p>
                <ul>
                  {failed.map((criterion, index) => {
                    const change = chosen.assessment.whyNot.find((item) => item.criterionId === criterion.criterionId);
                    return (
                      <li key={criterion.criterionId ?? `regel-${index}`}>
                        <span lang={langOf(criterion.language)}>{citizenText(criterion.explanation)}</span>
                        {change && <> {t.results.whatCouldChange} <span lang={langOf(change.language)}>{change.text}</span></>}
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
            {unknown.length > 0 && (
              <>
                <p><strong>{t.results.whyNotUnknown}</strong></p>
                <ul>{unknown.map((criterion, index) => <li key={criterion.criterionId ?? `ukjent-${index}`} lang={langOf(criterion.language)}>{citizenText(criterion.explanation)}</li>)}</ul>
              </>
            )}
            {failed.length === 0 && unknown.length === 0 && <p>{t.results.whyNotAllMet}</p>}
          </div>
        )}
      </div>
    </section>
  );
}
