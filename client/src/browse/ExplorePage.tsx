import { useQuery } from 'urql';
import { Card, Heading, Paragraph } from '../components/ds.tsx';
import { graphql } from '../gql/index.ts';
import { useT } from '../i18n/i18n.ts';
import { useGlobalParams } from '../app/global-params.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { FactSection } from './FactSection.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { exploreTexts } from './explore-texts.ts';

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

const POLICY_VIEWS = [
  { key: 'graph', to: '/graf', params: { fokus: 'kdd' } },
  { key: 'coverage', to: '/utforsk/dekning' },
  { key: 'gaps', to: '/utforsk/hull' },
  { key: 'ministry', to: '/utforsk/departement' },
] as const;

/** The ways into the policy views (issue 16); each is its own chunk, loaded when opened. */
function PolicyViews() {
  const { locale } = useT();
  const x = exploreTexts(locale);
  return (
    <section aria-labelledby="analyser">
      <Heading level={2} data-size="sm" id="analyser">{x.viewsTitle}</Heading>
      <Paragraph>{x.viewsLead}</Paragraph>
      <ul className="entry-cards">
        {POLICY_VIEWS.map((view) => (
          <li key={view.key}>
            <Card data-variant="tinted" className="entry-card">
              <Heading level={3} data-size="xs">
                <AppLink to={view.to} {...('params' in view ? { params: view.params } : {})}>{x[view.key].title}</AppLink>
              </Heading>
              <Paragraph>{x[view.key].body}</Paragraph>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * S6–S8 overview: everything in force at the chosen date, by kind. Pages of 50 keep the query under
 * the API's cost limit (five lists of 100 exceed it); the data holds fewer than 50 of each today.
 */
export default function ExplorePage() {
  const { t, locale } = useT();
  const { asOf, lang } = useGlobalParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ExploreQuery, variables: { asOf, lang } });
  return (
    <>
      <PageTitle title={t.browse.exploreTitle}>{t.browse.exploreTitle}</PageTitle>
      <Paragraph className="lead">{t.browse.exploreLead}</Paragraph>
      <PolicyViews />
      <Heading level={2} data-size="sm" id="alt-i-kartet">{exploreTexts(locale).listsTitle}</Heading>
      <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {data && (
          <div className="two-columns">
            <FactSection level={3} id="virkemidler" title={`${t.browse.instruments} (${data.instruments.totalCount})`}>
              <EntityLinks items={data.instruments.nodes} prefix="/virkemiddel/" />
            </FactSection>
            <div className="stack">
              <FactSection level={3} id="aktorer" title={`${t.browse.actors} (${data.actors.totalCount})`}>
                <EntityLinks items={data.actors.nodes} prefix="/aktor/" />
              </FactSection>
              <FactSection level={3} id="malgrupper" title={`${t.browse.targetGroups} (${data.targetGroups.totalCount})`}>
                <EntityLinks items={data.targetGroups.nodes} prefix="/malgruppe/" />
              </FactSection>
              <FactSection level={3} id="mal" title={`${t.browse.goals} (${data.goals.totalCount})`}>
                <EntityLinks items={data.goals.nodes} prefix="/mal/" />
              </FactSection>
              <FactSection level={3} id="strategier" title={`${t.browse.strategies} (${data.strategies.totalCount})`}>
                <EntityLinks items={data.strategies.nodes} prefix="/strategi/" />
              </FactSection>
            </div>
          </div>
        )}
      </QueryState>
    </>
  );
}
