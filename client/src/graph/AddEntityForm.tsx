/** Search and add: finds entities with the API's `search` and adds the chosen one to the view. */
import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { useGlobalParams } from '../app/global-params.ts';
import { Button } from '../components/ds.tsx';
import { graphql } from '../gql/index.ts';
import { useT } from '../i18n/i18n.ts';
import type { GraphTexts } from './texts.ts';

const GraphSearchQuery = graphql(`
  query GraphSearch($text: String!, $asOf: Date, $lang: Lang) {
    search(text: $text, first: 8, asOf: $asOf, lang: $lang, types: [INSTRUMENT, ACTOR, TARGET_GROUP, GOAL, STRATEGY, LEGAL_BASIS]) {
      entity { id name type }
    }
  }
`);

type Props = { g: GraphTexts; shownIds: ReadonlySet<string>; onAdd: (id: string) => void };

export function AddEntityForm({ g, shownIds, onAdd }: Props) {
  const { t } = useT();
  const { asOf, lang } = useGlobalParams();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [text, setText] = useState('');
  const [{ data, fetching }] = useQuery({ query: GraphSearchQuery, variables: { text, asOf, lang }, pause: text.trim().length < 2 });
  const hits = text ? (data?.search ?? []) : [];
  return (
    <section className="graph-add no-print" aria-labelledby={`${id}-title`}>
      <h2 className="ds-heading" data-size="2xs" id={`${id}-title`}>{g.addTitle}</h2>
      <form role="search" className="row" onSubmit={(event) => { event.preventDefault(); setText(draft.trim()); }}>
        <div className="ds-field">
          <label className="ds-label" htmlFor={id}>{g.addLabel}</label>
          <input id={id} className="ds-input" type="search" value={draft} onChange={(event) => setDraft(event.currentTarget.value)} />
        </div>
        <Button type="submit" variant="secondary" data-size="sm">{g.addSearch}</Button>
      </form>
      <div aria-live="polite">
        {text && !fetching && hits.length === 0 && <p>{g.noHits}</p>}
        {hits.length > 0 && (
          <ul className="plain-list" data-add-hits>
            {hits.map(({ entity }) => (
              <li key={entity.id}>
                <Button variant="tertiary" data-size="sm" disabled={shownIds.has(entity.id)} onClick={() => { onAdd(entity.id); setText(''); setDraft(''); }}>
                  {g.add(entity.name)}
                </Button>{' '}
                <span className="muted">({t.entityTypes[entity.type]})</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
