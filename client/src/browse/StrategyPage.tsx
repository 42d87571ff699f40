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
import type { Dictionary } from '../i18n/nb.ts';

/** strategy, white_paper, act, guide, action_plan or programme in the reader's language. */
export function strategyKindLabel(kind: string, t: Dictionary): string {
  return kind in t.strategyKinds ? t.strategyKinds[kind as keyof Dictionary['strategyKinds']] : kind.replace(/_/g, ' ');
}

const StrategyPageQuery = graphql(`
  query StrategyPage($id: ID!, $asOf: Date, $lang: Lang) {
    node(id: $id, asOf: $asOf, lang: $lang) {
      __typename
      id
      ... on Strategy {
        ...EntityHeader
        kind
        url
        goals { ...EntitySummaryLink }
        committedBy { ...EntitySummaryLink }
        targetGroups { ...EntitySummaryLink }
        replacedBy { ...EntitySummaryLink }
        partOf { ...EntitySummaryLink }
        parts { ...EntitySummaryLink }
        follows { ...EntitySummaryLink }
        followedBy { ...EntitySummaryLink }
        coordinatedBy { ...EntitySummaryLink }
        publishedBy { ...EntitySummaryLink }
        members { ...EntitySummaryLink }
        sources { ...SourceItem }
      }
    }
  }
`);

/**
 * A strategy, white paper, guide, action plan or programme: its goals, who committed to it, whom it
 * prioritises, and where it sits among the others (part of, follows, coordinated by, members).
 */
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
          <EntityHeader entity={strategy} kindLabel={strategyKindLabel(strategy.kind, t)} />
          {strategy.url && (
            <p><a className="ds-link" href={strategy.url} rel="noreferrer">{t.browse.website}<span className="visually-hidden">: {strategy.url}</span></a></p>
          )}
          <FactSection id="mal" title={t.browse.goals}><EntitySummaryList entities={strategy.goals} /></FactSection>
          <FactSection id="vedtatt-av" title={t.browse.committedBy}><EntitySummaryList entities={strategy.committedBy} /></FactSection>
          <FactSection id="malgrupper" title={t.browse.targetGroups}><EntitySummaryList entities={strategy.targetGroups} /></FactSection>
          <FactSection id="struktur" title={t.browse.facts}>
            <dl className="fact-list">
              <dt>{t.browse.coordinatedBy}</dt><dd><EntitySummaryList entities={strategy.coordinatedBy} /></dd>
              <dt>{t.browse.publishedBy}</dt><dd><EntitySummaryList entities={strategy.publishedBy} /></dd>
              <dt>{t.browse.partOf}</dt><dd><EntitySummaryList entities={strategy.partOf} /></dd>
              <dt>{t.browse.parts}</dt><dd><EntitySummaryList entities={strategy.parts} /></dd>
              <dt>{t.browse.follows}</dt><dd><EntitySummaryList entities={strategy.follows} /></dd>
              <dt>{t.browse.followedBy}</dt><dd><EntitySummaryList entities={strategy.followedBy} /></dd>
            </dl>
          </FactSection>
          {(strategy.kind === 'programme' || strategy.members.length > 0) && (
            <FactSection id="medlemmer" title={t.browse.members}>
              {strategy.members.length > 0 ? <EntitySummaryList entities={strategy.members} /> : <p className="muted">{t.browse.noMembers}</p>}
            </FactSection>
          )}
          {strategy.replacedBy.length > 0 && (
            <FactSection id="erstattet" title={t.browse.replacedBy}><EntitySummaryList entities={strategy.replacedBy} /></FactSection>
          )}
          <SourceList sources={strategy.sources} />
          <HistorySection id={strategy.id} type="STRATEGY" />
        </>
      )}
    </QueryState>
  );
}
