import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql/index.ts';
import { useT } from '../i18n/i18n.ts';
import { useGlobalParams } from '../app/global-params.ts';
import { QueryState } from '../components/QueryState.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { EntityHeader } from './EntityHeader.tsx';
import { EntitySummaryList } from './EntitySummaryLink.tsx';
import { SourceList } from './SourceList.tsx';
import { HistorySection } from '../edit/HistorySection.tsx';
import { FactSection } from './FactSection.tsx';

const TargetGroupPageQuery = graphql(`
  query TargetGroupPage($id: ID!, $asOf: Date, $lang: Lang) {
    node(id: $id, asOf: $asOf, lang: $lang) {
      __typename
      id
      ... on TargetGroup {
        ...EntityHeader
        instruments { ...EntitySummaryLink }
        strategies { ...EntitySummaryLink }
        subgroupOf { ...EntitySummaryLink }
        subgroups { ...EntitySummaryLink }
        sources { ...SourceItem }
      }
    }
  }
`);

/** S7: a target group, the instruments aimed at it, and related groups. */
export default function TargetGroupPage() {
  const { id = '' } = useParams();
  const { t } = useT();
  const { asOf, lang } = useGlobalParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TargetGroupPageQuery, variables: { id, asOf, lang } });
  const group = data?.node?.__typename === 'TargetGroup' ? data.node : null;
  if (data && !group) return <NotFoundPage />;
  return (
    <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
      {group && (
        <>
          <EntityHeader entity={group} />
          <div className="no-print"><AppLink to="/situasjon">{t.browse.startWizard}</AppLink></div>
          <FactSection id="virkemidler" title={t.browse.instrumentsOf}><EntitySummaryList entities={group.instruments} /></FactSection>
          <FactSection id="del-av" title={t.browse.subgroupOf}><EntitySummaryList entities={group.subgroupOf} /></FactSection>
          <FactSection id="undergrupper" title={t.browse.subgroups}><EntitySummaryList entities={group.subgroups} /></FactSection>
          <FactSection id="strategier" title={t.browse.strategiesOf}><EntitySummaryList entities={group.strategies} /></FactSection>
          <SourceList sources={group.sources} />
          <HistorySection id={group.id} type="TARGET_GROUP" />
        </>
      )}
    </QueryState>
  );
}
