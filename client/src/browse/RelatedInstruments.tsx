import { Heading } from '../components/ds.tsx';
import { graphql, getFragmentData, type FragmentType } from '../gql/index.ts';
import { useT } from '../i18n/i18n.ts';
import { EntitySummaryLink } from './EntitySummaryLink.tsx';
import { InlineSources, SourceItemFragment } from './SourceList.tsx';

export const RelatedLinkFragment = graphql(`
  fragment RelatedLink on Link {
    type
    direction
    rationale
    relationId
    entity {
      ...EntitySummaryLink
    }
    sources {
      ...SourceItem
    }
  }
`);

/** Typed instrument relations (sammen med, søk først, utelukker …), each with its reason and source. */
export function RelatedInstruments({ links }: { links: readonly FragmentType<typeof RelatedLinkFragment>[] }) {
  const { t } = useT();
  const items = links.map((link) => getFragmentData(RelatedLinkFragment, link));
  return (
    <section aria-labelledby="relaterte">
      <Heading level={2} data-size="xs" id="relaterte">{t.browse.related}</Heading>
      {items.length === 0 ? (
        <p className="muted">{t.browse.noItems}</p>
      ) : (
        <ul className="plain-list">
          {items.map((link, index) => {
            const sources = link.sources.map((source) => getFragmentData(SourceItemFragment, source));
            return (
              <li key={`${link.relationId ?? index}`}>
                <strong>{t.linkTypes[link.type]}</strong>{link.direction === 'IN' ? ' (←)' : ''}: <EntitySummaryLink entity={link.entity} />
                {link.rationale && <p className="related-rationale">{link.rationale}</p>}
                <InlineSources sources={sources} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
