import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql, getFragmentData } from '../gql/index.ts';
import { useT } from '../i18n/i18n.ts';
import { useGlobalParams } from '../app/global-params.ts';
import { QueryState } from '../components/QueryState.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { EntityHeader } from './EntityHeader.tsx';
import { EntitySummaryLink, EntitySummaryList } from './EntitySummaryLink.tsx';
import { SourceList } from './SourceList.tsx';
import { HistorySection } from '../edit/HistorySection.tsx';
import { NameHistory } from './NameHistory.tsx';
import { FactSection } from './FactSection.tsx';

const ActorRoleFragment = graphql(`
  fragment ActorRole on Link {
    type
    entity {
      id
      ...EntitySummaryLink
    }
  }
`);

const ActorPageQuery = graphql(`
  query ActorPage($id: ID!, $asOf: Date, $lang: Lang) {
    node(id: $id, asOf: $asOf, lang: $lang) {
      __typename
      id
      ... on Actor {
        ...EntityHeader
        kind
        municipalityNumber
        url
        memberOf { ...EntitySummaryLink }
        coordinates { ...EntitySummaryLink }
        answersTo { ...EntitySummaryLink }
        responsibleFor { ...EntitySummaryLink }
        instruments { ...ActorRole }
        strategies { ...EntitySummaryLink }
        replacedBy { ...EntitySummaryLink }
        nameHistory { ...NameHistoryItem }
        sources { ...SourceItem }
      }
    }
  }
`);

/** S6: an actor, its place in the hierarchy, its instruments by role, and its history. */
export default function ActorPage() {
  const { id = '' } = useParams();
  const { t } = useT();
  const { asOf, lang } = useGlobalParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ActorPageQuery, variables: { id, asOf, lang } });
  const actor = data?.node?.__typename === 'Actor' ? data.node : null;
  if (data && !actor) return <NotFoundPage />;
  const roles = actor ? actor.instruments.map((link) => getFragmentData(ActorRoleFragment, link)) : [];
  return (
    <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
      {actor && (
        <>
          <EntityHeader entity={actor} kindLabel={actor.kind.replace(/_/g, ' ')} />
          {(actor.municipalityNumber || actor.url) && (
            <dl className="fact-list">
              {actor.municipalityNumber && <><dt>{t.browse.municipalityNumber}</dt><dd>{actor.municipalityNumber}</dd></>}
              {actor.url && <><dt>{t.browse.website}</dt><dd><a className="ds-link" href={actor.url} rel="noreferrer">{actor.url}</a></dd></>}
            </dl>
          )}
          <FactSection id="hierarki" title={t.browse.answersTo}>
            <EntitySummaryList entities={actor.answersTo} />
          </FactSection>
          <FactSection id="ansvar" title={t.browse.responsibleFor}>
            <EntitySummaryList entities={actor.responsibleFor} />
          </FactSection>
          <FactSection id="virkemidler" title={t.browse.instrumentsOf}>
            {roles.length === 0 ? (
              <p className="muted">{t.browse.noItems}</p>
            ) : (
              <div className="table-scroll">
                <table className="ds-table" data-border="true">
                  <thead>
                    <tr><th scope="col">{t.browse.instruments}</th><th scope="col">{t.browse.role}</th></tr>
                  </thead>
                  <tbody>
                    {roles.map((role, index) => (
                      <tr key={`${role.entity.id}-${role.type}-${index}`}>
                        <td><EntitySummaryLink entity={role.entity} /></td>
                        <td>{t.linkTypes[role.type]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </FactSection>
          <FactSection id="strategier" title={t.browse.strategiesOf}>
            <EntitySummaryList entities={actor.strategies} />
          </FactSection>
          {actor.coordinates.length > 0 && (
            <FactSection id="koordinerer" title={t.browse.coordinates}>
              <EntitySummaryList entities={actor.coordinates} />
            </FactSection>
          )}
          {actor.memberOf.length > 0 && (
            <FactSection id="medlem-av" title={t.browse.memberOf}>
              <EntitySummaryList entities={actor.memberOf} />
            </FactSection>
          )}
          <FactSection id="historikk" title={t.browse.history}>
            <NameHistory periods={actor.nameHistory} />
            {actor.replacedBy.length > 0 && <EntitySummaryList entities={actor.replacedBy} />}
          </FactSection>
          <SourceList sources={actor.sources} />
          <HistorySection id={actor.id} type="ACTOR" />
        </>
      )}
    </QueryState>
  );
}
