import { Heading } from '../components/ds.tsx';
import { graphql, getFragmentData, type FragmentType } from '../gql/index.ts';
import { useT } from '../i18n/i18n.ts';
import { formatDate } from '../i18n/format.ts';

export const NameHistoryFragment = graphql(`
  fragment NameHistoryItem on NamePeriod {
    name
    abbreviation
    validFrom
    validTo
  }
`);

/** Earlier names with their periods (KRD → KMD → KDD), oldest first. */
export function NameHistory({ periods }: { periods: readonly FragmentType<typeof NameHistoryFragment>[] }) {
  const { t, locale } = useT();
  const items = periods.map((period) => getFragmentData(NameHistoryFragment, period));
  if (items.length === 0) return null;
  const date = (value: string | null | undefined) => (value ? formatDate(value, locale) : t.common.unknownDate);
  return (
    <section>
      <Heading level={3} data-size="2xs">{t.browse.nameHistory}</Heading>
      <ul className="plain-list">
        {items.map((period) => (
          <li key={`${period.name}-${period.validFrom ?? ''}`}>
            {period.name}
            {period.abbreviation ? ` (${period.abbreviation})` : ''}: {t.common.validPeriod(date(period.validFrom), date(period.validTo))}
          </li>
        ))}
      </ul>
    </section>
  );
}
