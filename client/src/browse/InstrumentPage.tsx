import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { Heading, Paragraph, Tag } from '../components/ds.tsx';
import { getFragmentData, graphql } from '../gql/index.ts';
import { useT } from '../i18n/i18n.ts';
import { useGlobalParams } from '../app/global-params.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { SubscribeLink } from '../changes/SubscribeLink.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { EntitySummaryLinkFragment, EntitySummaryList } from './EntitySummaryLink.tsx';
import { SourceList } from './SourceList.tsx';
import { HistorySection } from '../edit/HistorySection.tsx';
import { NameHistory } from './NameHistory.tsx';
import { Validity } from './Validity.tsx';
import { CriteriaList } from './CriteriaList.tsx';
import { RelatedInstruments } from './RelatedInstruments.tsx';
import { anyDetailFallback, DocumentsToBring, InstrumentDetailValue } from './InstrumentDetails.tsx';

const InstrumentPageQuery = graphql(`
  query InstrumentPage($slug: String!, $asOf: Date, $lang: Lang) {
    instrument(slug: $slug, asOf: $asOf, lang: $lang) {
      id
      name
      abbreviation
      description
      kinds
      supplySide
      inForce
      validFrom
      validTo
      note
      missingTranslations
      howToApply
      documentsToBring { ...InstrumentDetailItem }
      applicationPage { ...InstrumentDetailItem }
      informationPage { ...InstrumentDetailItem }
      processingTime { ...InstrumentDetailItem }
      appealDeadline { ...InstrumentDetailItem }
      missingDetails
      applyTo { ...EntitySummaryLink }
      appealBodies { ...EntitySummaryLink }
      noLegalBasisNote
      fundedBy { ...EntitySummaryLink }
      administeredBy { ...EntitySummaryLink }
      decidedBy { ...EntitySummaryLink }
      deliveredBy { ...EntitySummaryLink }
      legalBases { ...EntitySummaryLink }
      targetGroups { ...EntitySummaryLink }
      goals { ...EntitySummaryLink }
      replacedBy { ...EntitySummaryLink }
      criteria { ...CriterionItem }
      relatedInstruments { ...RelatedLink }
      nameHistory { ...NameHistoryItem }
      sources { ...SourceItem }
    }
  }
`);

/** S5: one canonical page per instrument with a fixed skeleton (facts, who can get it, apply, related). */
export default function InstrumentPage() {
  const { id = '' } = useParams();
  const { t } = useT();
  const { asOf, lang } = useGlobalParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: InstrumentPageQuery, variables: { slug: id, asOf, lang } });
  const instrument = data?.instrument;
  if (data && !instrument) return <NotFoundPage />;
  const fallback = (field: string) => (instrument?.missingTranslations.includes(field) ? 'nb' : undefined);
  const detailFallback = instrument
    ? anyDetailFallback([instrument.applicationPage, instrument.informationPage, instrument.processingTime, instrument.appealDeadline, ...instrument.documentsToBring])
    : false;
  return (
    <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
      {instrument && (
        <>
          <PageTitle title={instrument.name}>
            <span lang={fallback('name')}>{instrument.name}</span>
          </PageTitle>
          <div className="row">
            {instrument.kinds.map((kind) => (
              <Tag key={kind} data-color="info">{t.kinds[kind]}</Tag>
            ))}
          </div>
          <Validity inForce={instrument.inForce} validFrom={instrument.validFrom} validTo={instrument.validTo} missingTranslations={instrument.missingTranslations} fallback={detailFallback} />
          {instrument.description && <Paragraph data-size="lg" className="lead" lang={fallback('description')}>{instrument.description}</Paragraph>}
          <div className="row no-print">
            {!instrument.supplySide && <AppLink to="/situasjon">{t.browse.startWizard}</AppLink>}
            <AppLink to="/graf" params={{ fokus: instrument.id }}>{t.common.showInGraph}</AppLink>
            <SubscribeLink type="INSTRUMENT" id={instrument.id} name={instrument.name} />
          </div>
          <section aria-labelledby="fakta">
            <Heading level={2} data-size="xs" id="fakta">{t.browse.facts}</Heading>
            <dl className="fact-list">
              <dt>{t.browse.fundedBy}</dt><dd data-item="FUNDED_BY"><EntitySummaryList entities={instrument.fundedBy} /></dd>
              <dt>{t.browse.administeredBy}</dt><dd data-item="ADMINISTERED_BY"><EntitySummaryList entities={instrument.administeredBy} /></dd>
              <dt>{t.browse.decidedBy}</dt><dd data-item="DECIDED_BY"><EntitySummaryList entities={instrument.decidedBy} /></dd>
              <dt>{t.browse.deliveredBy}</dt><dd data-item="DELIVERED_BY"><EntitySummaryList entities={instrument.deliveredBy} /></dd>
              <dt>{t.browse.legalBases}</dt>
              <dd>
                <EntitySummaryList entities={instrument.legalBases} />
                {instrument.noLegalBasisNote && <p>{t.browse.noLegalBasis}: {instrument.noLegalBasisNote}</p>}
              </dd>
              <dt>{t.browse.targetGroups}</dt><dd data-item="TARGET_GROUPS"><EntitySummaryList entities={instrument.targetGroups} /></dd>
              <dt>{t.browse.goals}</dt><dd data-item="GOALS"><EntitySummaryList entities={instrument.goals} /></dd>
            </dl>
          </section>
          <CriteriaList criteria={instrument.criteria} />
          <section aria-labelledby="slik-soker-du">
            <Heading level={2} data-size="xs" id="slik-soker-du">{t.results.howToApply}</Heading>
            <Paragraph lang={instrument.howToApply ? fallback('howToApply') : undefined}>
              {instrument.howToApply ??
                t.results.contact(
                  [instrument.applyTo, instrument.decidedBy]
                    .map((list) => list.map((entity) => getFragmentData(EntitySummaryLinkFragment, entity).name).join(', '))
                    .find(Boolean) ?? t.results.contactFallback,
                )}
            </Paragraph>
            <dl className="fact-list instrument-details">
              <dt>{t.browse.applyTo}</dt>
              <dd data-item="APPLY_TO">
                {instrument.applyTo.length > 0 && <EntitySummaryList entities={instrument.applyTo} />}
                <InstrumentDetailValue detail={instrument.applicationPage} kind="APPLICATION_PAGE" label={t.browse.applicationPage} />
              </dd>
              <dt>{t.browse.informationPage}</dt>
              <dd data-item="INFORMATION_PAGE"><InstrumentDetailValue detail={instrument.informationPage} kind="INFORMATION_PAGE" /></dd>
              <dt>{t.browse.processingTime}</dt>
              <dd data-item="PROCESSING_TIME"><InstrumentDetailValue detail={instrument.processingTime} kind="PROCESSING_TIME" /></dd>
              <dt>{t.browse.appealDeadline}</dt>
              <dd data-item="APPEAL_DEADLINE"><InstrumentDetailValue detail={instrument.appealDeadline} kind="APPEAL_DEADLINE" /></dd>
              <dt>{t.browse.appealBodies}</dt>
              <dd data-item="APPEAL_BODIES"><EntitySummaryList entities={instrument.appealBodies} /></dd>
            </dl>
            <Heading level={3} data-size="2xs" id="dokumenter">{t.browse.documentsToBring}</Heading>
            <DocumentsToBring documents={instrument.documentsToBring} />
          </section>
          <RelatedInstruments links={instrument.relatedInstruments} />
          <section aria-labelledby="historikk">
            <Heading level={2} data-size="xs" id="historikk">{t.browse.history}</Heading>
            <NameHistory periods={instrument.nameHistory} />
            {instrument.replacedBy.length > 0 && (
              <>
                <Heading level={3} data-size="2xs">{t.browse.replacedBy}</Heading>
                <EntitySummaryList entities={instrument.replacedBy} />
              </>
            )}
            {instrument.nameHistory.length === 0 && instrument.replacedBy.length === 0 && <p className="muted">{t.browse.noItems}</p>}
          </section>
          {instrument.note && <Paragraph className="muted" lang={fallback('note')}>{instrument.note}</Paragraph>}
          <SourceList sources={instrument.sources} />
          <HistorySection id={instrument.id} type="INSTRUMENT" />
        </>
      )}
    </QueryState>
  );
}
