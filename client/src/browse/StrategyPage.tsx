import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql/index.ts';
import { useT } from '../i18n/i18n.ts';
import { useGlobalParams } from '../app/global-params.ts';
import { QueryState } from '../components/QueryState.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { EntityHeader } from './EntityHeader.tsx';
import { EntitySummaryList } from './EntitySummaryLink.tsx';
import { SourceList } from './SourceList.tsx';
import { FactSection } from './FactSection.tsx';

const StrategyPageQuery = graphql(`
  query StrategyPage($id: ID!, $asOf: Date, $lang: Lang) {
    node(id: $id, asOf: $asOf, lang: $lang) {
      __typename
      id
      ... on Strategy {
        ...EntityHeader
        kind
        goals { ...EntitySummaryLink }
        committedBy { ...EntitySummaryLink }
        targetGroups { ...EntitySummaryLink }
        replacedBy { ...EntitySummaryLink }
        sources { ...SourceItem }
      }
    }
  }
`);

/** A strategy or white paper: its goals, who committed to it, and whom it prioritises. */
export default function StrategyPage() {
  const { id = '' } = useParams();
  const { t } = useT();
  const { asOf, lang } = useGlobalParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: StrategyPageQuery, variables: { id, asOf, lang } });
  const strategy = data?.node?.__typename === 'Strategy' ? data.node : null;
  if (data && !strategy) return <NotFoundPage />;
  return (
    <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
      {strategy && (
        <>
          <EntityHeader entity={strategy} kindLabel={strategy.kind.replace(/_/g, ' ')} />
          <FactSection id="mal" title={t.browse.goals}><EntitySummaryList entities={strategy.goals} /></FactSection>
          <FactSection id="vedtatt-av" title={t.browse.committedBy}><EntitySummaryList entities={strategy.committedBy} /></FactSection>
          <FactSection id="malgrupper" title={t.browse.targetGroups}><EntitySummaryList entities={strategy.targetGroups} /></FactSection>
          {strategy.replacedBy.length > 0 && (
            <FactSection id="erstattet" title={t.browse.replacedBy}><EntitySummaryList entities={strategy.replacedBy} /></FactSection>
          )}
          <SourceList sources={strategy.sources} />
        </>
      )}
    </QueryState>
  );
}
