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
import { HistorySection } from '../edit/HistorySection.tsx';
import { FactSection } from './FactSection.tsx';

const GoalPageQuery = graphql(`
  query GoalPage($id: ID!, $asOf: Date, $lang: Lang) {
    node(id: $id, asOf: $asOf, lang: $lang) {
      __typename
      id
      ... on Goal {
        ...EntityHeader
        kind
        instruments { ...EntitySummaryLink }
        strategies { ...EntitySummaryLink }
        sources { ...SourceItem }
      }
    }
  }
`);

/** S8: a goal, the strategies that set it and the instruments that serve it. */
export default function GoalPage() {
  const { id = '' } = useParams();
  const { t } = useT();
  const { asOf, lang } = useGlobalParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: GoalPageQuery, variables: { id, asOf, lang } });
  const goal = data?.node?.__typename === 'Goal' ? data.node : null;
  if (data && !goal) return <NotFoundPage />;
  return (
    <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
      {goal && (
        <>
          <EntityHeader entity={goal} kindLabel={goal.kind.replace(/_/g, ' ')} />
          <FactSection id="strategier" title={t.browse.strategiesOf}><EntitySummaryList entities={goal.strategies} /></FactSection>
          <FactSection id="virkemidler" title={t.browse.instrumentsOf}><EntitySummaryList entities={goal.instruments} /></FactSection>
          <SourceList sources={goal.sources} />
          <HistorySection id={goal.id} type="GOAL" />
        </>
      )}
    </QueryState>
  );
}
