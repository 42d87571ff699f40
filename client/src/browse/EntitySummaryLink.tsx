import { graphql, getFragmentData, type FragmentType } from '../gql/index.ts';
import { useT } from '../i18n/i18n.ts';
import { formatDate } from '../i18n/format.ts';
import { AppLink } from '../components/AppLink.tsx';
import { entityPath } from './routes.ts';

export const EntitySummaryLinkFragment = graphql(`
  fragment EntitySummaryLink on EntitySummary {
    id
    type
    name
    abbreviation
    inForce
    validFrom
    validTo
  }
`);

/** A link to a related entity, with its period when it is no longer in force. */
export function EntitySummaryLink({ entity }: { entity: FragmentType<typeof EntitySummaryLinkFragment> }) {
  const { t, locale } = useT();
  const summary = getFragmentData(EntitySummaryLinkFragment, entity);
  const path = entityPath(summary.type, summary.id);
  return (
    <>
      <AppLink to={path.to} {...(path.params ? { params: path.params } : {})}>
        {summary.name}
        {summary.abbreviation && summary.abbreviation !== summary.name ? ` (${summary.abbreviation})` : ''}
      </AppLink>
      {!summary.inForce && (
        <span className="muted">
          {' – '}
          {t.common.validPeriod(
            summary.validFrom ? formatDate(summary.validFrom, locale) : t.common.unknownDate,
            summary.validTo ? formatDate(summary.validTo, locale) : t.common.unknownDate,
          )}
        </span>
      )}
    </>
  );
}

/** A comma-free list of entity links, or "Ingen registrert". */
export function EntitySummaryList({ entities }: { entities: readonly FragmentType<typeof EntitySummaryLinkFragment>[] }) {
  const { t } = useT();
  if (entities.length === 0) return <span className="muted">{t.common.none}</span>;
  return (
    <ul className="plain-list">
      {entities.map((entity, index) => (
        <li key={index}>
          <EntitySummaryLink entity={entity} />
        </li>
      ))}
    </ul>
  );
}
