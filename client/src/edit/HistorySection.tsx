/**
 * "Endringslogg" on every entity page: the published changes naming the entity, newest first,
 * with who wrote and who approved them (names only for the public; decision 0008, point 6). For a
 * signed-in editor it also links to the editor screen. It asks for its data after the page's own
 * query has been sent, and a failure here never hides the page.
 */
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql/index.ts';
import type { EntityType } from '../gql/graphql.ts';
import { Button, Heading } from '../components/ds.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { useEditT } from './use-edit-t.ts';
import { useGlobalParams } from '../app/global-params.ts';
import { formatDay } from './datetime.ts';
import { canEdit, isStaff, useSession } from './session.ts';
import { changeSetPath, editPath } from './routes.ts';

const HistorySectionQuery = graphql(`
  query HistorySection($id: ID!, $first: Int, $lang: Lang) {
    history(id: $id, first: $first, lang: $lang) {
      nodes {
        changeSetId
        title
        revision
        publishedAt
        author { name }
        reviewer { name }
        change { id operation summary reason }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const PAGE = 20;

export function HistorySection({ id, type }: { id: string; type: EntityType }) {
  const { t, locale } = useEditT();
  const { lang } = useGlobalParams();
  const session = useSession();
  const [first, setFirst] = useState(PAGE);
  const [{ data, fetching, error }] = useQuery({ query: HistorySectionQuery, variables: { id, first, lang } });
  const entries = data?.history.nodes ?? [];
  const edit = canEdit(session) ? editPath(type, id) : null;
  return (
    <section aria-labelledby="endringslogg" className="history-section no-print" data-history={id}>
      <Heading level={2} data-size="xs" id="endringslogg">{t.edit.history.title}</Heading>
      {edit && (
        <p><AppLink to={edit} className="edit-link">{t.edit.history.edit}</AppLink></p>
      )}
      {error && !data ? (
        <p className="muted">{t.edit.history.failed}</p>
      ) : fetching && !data ? (
        <p className="muted">{t.common.loading}</p>
      ) : entries.length === 0 ? (
        <p className="muted">{t.edit.history.empty}</p>
      ) : (
        <>
          <p className="muted">{t.edit.history.intro}</p>
          <ol className="plain-list history-list">
            {entries.map((entry) => (
              <li key={`${entry.changeSetId}-${entry.change.id}`} data-revision={entry.revision}>
                <strong>{formatDay(entry.publishedAt, locale)}</strong>: {entry.change.summary}
                <br />
                <span className="muted">
                  {entry.title}. {entry.change.reason} {t.edit.history.by(entry.author.name)}
                  {entry.reviewer ? `, ${t.edit.history.reviewedBy(entry.reviewer.name)}` : ''}.
                </span>
                {isStaff(session) && (
                  <>
                    {' '}
                    <AppLink to={changeSetPath(entry.changeSetId)}>{t.edit.history.seeChangeSet}</AppLink>
                  </>
                )}
              </li>
            ))}
          </ol>
          {data?.history.pageInfo.hasNextPage && first < 100 && (
            <Button variant="secondary" onClick={() => setFirst((current) => Math.min(100, current + PAGE))}>{t.edit.history.more}</Button>
          )}
        </>
      )}
    </section>
  );
}
