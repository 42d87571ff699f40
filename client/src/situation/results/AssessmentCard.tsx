import { useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql/index.ts';
import { useT } from '../../i18n/i18n.ts';
import { Heading, Paragraph, Tag } from '../../components/ds.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { PlainSourceList } from '../../browse/SourceList.tsx';
import { FallbackNotice } from '../../browse/Validity.tsx';
import { toApiLang } from '../../i18n/locale.ts';
import { CriteriaChecklist } from './CriteriaChecklist.tsx';
import { StatusTag } from './StatusTag.tsx';

export const ResultInstrumentFragment = graphql(`
  fragment ResultInstrument on Instrument {
    id
    name
    description
    kinds
    howToApply
    documentsToBring { text fallback }
    missingTranslations
    decidedBy { id name }
    administeredBy { id name }
    fundedBy { id name }
    sources { id title publisher url compiledOn verification { verifiedOn against } urlFlag confidence }
  }
`);

export const AssessmentCardFragment = graphql(`
  fragment AssessmentCard on Assessment {
    instrumentId
    status
    servesGoal
    criteria {
      criterionId
      outcome
      explanation
      language
      required
      discretionary
    }
    whyNot {
      criterionId
      text
      language
    }
    toCheck {
      criterionId
      text
      language
    }
    instrument {
      ...ResultInstrument
    }
  }
`);

type Props = { assessment: FragmentType<typeof AssessmentCardFragment>; defaultOpen: boolean };

/**
 * S3 result card: the five things a caseworker must be able to say out loud (status, criteria,
 * who decides, how to apply, sources), with the details behind a disclosure.
 */
export function AssessmentCard({ assessment, defaultOpen }: Props) {
  const { t, locale } = useT();
  const data = getFragmentData(AssessmentCardFragment, assessment);
  const instrument = getFragmentData(ResultInstrumentFragment, data.instrument);
  const [open, setOpen] = useState(defaultOpen);
  const met = data.criteria.filter((criterion) => criterion.outcome === 'MET').length;
  const headingId = `virkemiddel-${data.instrumentId}`;
  const deciders = instrument.decidedBy.map((actor) => actor.name).join(', ');
  const funders = instrument.fundedBy.map((actor) => actor.name).join(', ');
  const fallback = (field: string) => (instrument.missingTranslations.includes(field) ? 'nb' : undefined);
  const reader = toApiLang(locale);
  const fellBack =
    instrument.missingTranslations.length > 0 ||
    [...data.criteria, ...data.whyNot, ...data.toCheck].some((item) => item.language !== reader) ||
    instrument.documentsToBring.some((document) => document.fallback);
  return (
    <article className="ds-card result-card" aria-labelledby={headingId} data-instrument={data.instrumentId} data-status={data.status}>
      <Heading level={3} data-size="sm" id={headingId}>
        <span lang={fallback('name')}>{instrument.name}</span>
      </Heading>
      <p>
        <span className="visually-hidden">{t.results.status}: </span>
        <StatusTag status={data.status} />
      </p>
      {fellBack && <FallbackNotice />}
      {instrument.description && <Paragraph lang={fallback('description')}>{instrument.description}</Paragraph>}
      {data.criteria.length > 0 && <p className="criteria-count">{t.results.criteriaMet(met, data.criteria.length)}</p>}
      <p>
        <strong>{t.results.whoDecides}:</strong> {deciders || t.common.none}
      </p>
      <details className="result-details" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t.results.criteria}, {t.results.howToApply.toLowerCase()}, {t.results.documents.toLowerCase()}</summary>
        <div className="stack">
          <CriteriaChecklist criteria={data.criteria} whyNot={data.whyNot} toCheck={data.toCheck} />
          {funders && (
            <p><strong>{t.results.whoFunds}:</strong> {funders}</p>
          )}
          <section>
            <Heading level={4} data-size="2xs">{t.results.amount}</Heading>
            <p>{t.results.amountDiscretion}</p>
          </section>
          <section>
            <Heading level={4} data-size="2xs">{t.results.howToApply}</Heading>
            <p lang={fallback('howToApply')}>{instrument.howToApply ?? t.results.howToApplyMissing}</p>
          </section>
          <section>
            <Heading level={4} data-size="2xs">{t.results.documents}</Heading>
            {instrument.documentsToBring.length > 0 ? (
              <ul className="document-list">
                {instrument.documentsToBring.map((document, index) => (
                  <li key={`${document.text ?? ''}-${index}`} lang={document.fallback ? 'nb' : undefined}>{document.text}</li>
                ))}
              </ul>
            ) : (
              <p className="muted" data-not-found="DOCUMENT">{t.common.notFound}</p>
            )}
          </section>
          <PlainSourceList items={instrument.sources} headingLevel={4} />
          <div className="row no-print">
            <AppLink to={`/virkemiddel/${instrument.id}`}>{t.common.readMore}<span className="visually-hidden">: {instrument.name}</span></AppLink>
            <AppLink to="/graf" params={{ fokus: instrument.id }}>{t.common.showInGraph}<span className="visually-hidden">: {instrument.name}</span></AppLink>
          </div>
        </div>
      </details>
      <div className="row">
        {instrument.kinds.slice(0, 2).map((kind) => <Tag key={kind} data-color="neutral" data-size="sm">{t.kinds[kind]}</Tag>)}
      </div>
    </article>
  );
}
