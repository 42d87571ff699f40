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
import { withoutFormulas } from '../plain-language.ts';

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
    applyTo { id name }
    appealBodies { id name }
    applicationPage { url title fallback }
    informationPage { url title fallback }
    processingTime { text fallback }
    appealDeadline { text fallback }
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
    relevance
    reasons
    discretionary
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

type Named = { name: string };
const names = (actors: readonly Named[]) => actors.map((actor) => actor.name).join(', ');

/** Whom to contact about an instrument: where one applies, else who decides, else the NAV office or municipality. */
export function contactWho(instrument: { applyTo: readonly Named[]; decidedBy: readonly Named[] }, fallback: string): string {
  return names(instrument.applyTo) || names(instrument.decidedBy) || fallback;
}

/** A page as a link whose text is its title, with the address printed after it on paper. */
function PageLink({ page }: { page: { url?: string | null; title?: string | null; fallback: boolean } }) {
  if (!page.url) return null;
  return <a className="ds-link" href={page.url} rel="noreferrer" lang={page.title && page.fallback ? 'nb' : undefined}>{page.title ?? page.url}</a>;
}

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
  const deciders = names(instrument.decidedBy);
  const applyTo = names(instrument.applyTo);
  const appealBodies = names(instrument.appealBodies);
  const funders = names(instrument.fundedBy);
  const who = contactWho(instrument, t.results.contactFallback);
  const fallback = (field: string) => (instrument.missingTranslations.includes(field) ? 'nb' : undefined);
  const reader = toApiLang(locale);
  const fellBack =
    instrument.missingTranslations.length > 0 ||
    [...data.criteria, ...data.whyNot, ...data.toCheck].some((item) => item.language !== reader) ||
    instrument.documentsToBring.some((document) => document.fallback);
  const description = instrument.description ? withoutFormulas(instrument.description) : '';
  const detailText = (detail: { text?: string | null; fallback: boolean } | null | undefined) =>
    detail?.text ? <span lang={detail.fallback ? 'nb' : undefined}>{detail.text}</span> : null;
  return (
    <article className="ds-card result-card" aria-labelledby={headingId} data-instrument={data.instrumentId} data-status={data.status} data-relevance={data.relevance}>
      <Heading level={3} data-size="sm" id={headingId}>
        <span lang={fallback('name')}>{instrument.name}</span>
      </Heading>
      <p>
        <span className="visually-hidden">{t.results.status}: </span>
        <StatusTag status={data.status} />
      </p>
      {data.discretionary && data.status !== 'UNLIKELY' && deciders && <p className="judged-by">{t.results.judgedBy(deciders)}</p>}
      {fellBack && <FallbackNotice />}
      {data.reasons.length > 0 && data.relevance !== 'OTHER' && (
        <div className="reasons">
          <p><strong>{t.results.whyIncluded}:</strong></p>
          <ul>{data.reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>
        </div>
      )}
      {description && <Paragraph lang={fallback('description')}>{description}</Paragraph>}
      {data.criteria.length > 0 && <p className="criteria-count">{t.results.criteriaMet(met, data.criteria.length)}</p>}
      {deciders && (
        <p className="who-decides"><strong>{t.results.whoDecides}:</strong> {deciders}</p>
      )}
      {applyTo ? (
        <p className="apply-at">
          <strong>{t.results.applyAt}:</strong> {applyTo}
          {instrument.applicationPage?.url && <> · <PageLink page={instrument.applicationPage} /></>}
        </p>
      ) : (
        <p className="apply-at">
          {t.results.contact(who)}
          {instrument.applicationPage?.url && <> · <PageLink page={instrument.applicationPage} /></>}
        </p>
      )}
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
            <p lang={instrument.howToApply ? fallback('howToApply') : undefined}>{instrument.howToApply ?? t.results.contact(who)}</p>
            <ul className="apply-facts">
              {instrument.applicationPage?.url && <li><strong>{t.results.applicationPage}:</strong> <PageLink page={instrument.applicationPage} /></li>}
              {instrument.informationPage?.url && <li><strong>{t.results.informationPage}:</strong> <PageLink page={instrument.informationPage} /></li>}
              {instrument.processingTime?.text && <li><strong>{t.results.processingTime}:</strong> {detailText(instrument.processingTime)}</li>}
              {instrument.appealDeadline?.text && <li><strong>{t.results.appealDeadline}:</strong> {detailText(instrument.appealDeadline)}</li>}
              {appealBodies && <li className="appeal-to"><strong>{t.results.appealTo}:</strong> {appealBodies}</li>}
            </ul>
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
