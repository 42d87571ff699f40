import { useQuery } from 'urql';
import { Paragraph } from '../components/ds.tsx';
import { graphql } from '../gql/index.ts';
import { useT } from '../i18n/i18n.ts';
import { useGlobalParams } from '../app/global-params.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { FactSection } from './FactSection.tsx';
import { AppLink } from '../components/AppLink.tsx';

const ExploreQuery = graphql(`
  query Explore($asOf: Date, $lang: Lang) {
    instruments(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name kinds supplySide } }
    actors(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name abbreviation } }
    targetGroups(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name } }
    goals(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name } }
    strategies(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name } }
  }
`);

type Item = { id: string; name: string; abbreviation?: string | null };

function EntityLinks({ items, prefix }: { items: readonly Item[]; prefix: string }) {
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item.id}>
          <AppLink to={`${prefix}${item.id}`}>{item.name}{item.abbreviation && item.abbreviation !== item.name ? ` (${item.abbreviation})` : ''}</AppLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * S6–S8 overview: everything in force at the chosen date, by kind. Pages of 50 keep the query under
 * the API's cost limit (five lists of 100 exceed it); the data holds fewer than 50 of each today.
 */
export default function ExplorePage() {
  const { t } = useT();
  const { asOf, lang } = useGlobalParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ExploreQuery, variables: { asOf, lang } });
  return (
    <>
      <PageTitle title={t.browse.exploreTitle}>{t.browse.exploreTitle}</PageTitle>
      <Paragraph className="lead">{t.browse.exploreLead}</Paragraph>
      <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {data && (
          <div className="two-columns">
            <FactSection id="virkemidler" title={`${t.browse.instruments} (${data.instruments.totalCount})`}>
              <EntityLinks items={data.instruments.nodes} prefix="/virkemiddel/" />
            </FactSection>
            <div className="stack">
              <FactSection id="aktorer" title={`${t.browse.actors} (${data.actors.totalCount})`}>
                <EntityLinks items={data.actors.nodes} prefix="/aktor/" />
              </FactSection>
              <FactSection id="malgrupper" title={`${t.browse.targetGroups} (${data.targetGroups.totalCount})`}>
                <EntityLinks items={data.targetGroups.nodes} prefix="/malgruppe/" />
              </FactSection>
              <FactSection id="mal" title={`${t.browse.goals} (${data.goals.totalCount})`}>
                <EntityLinks items={data.goals.nodes} prefix="/mal/" />
              </FactSection>
              <FactSection id="strategier" title={`${t.browse.strategies} (${data.strategies.totalCount})`}>
                <EntityLinks items={data.strategies.nodes} prefix="/strategi/" />
              </FactSection>
            </div>
          </div>
        )}
      </QueryState>
    </>
  );
}
