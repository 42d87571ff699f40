/**
 * "Departement": the ministries in force at the date (index), and one ministry's instruments
 * grouped by administering body, each with why it is the ministry's, whom it reaches, and the
 * prioritised target groups the ministry's instruments miss. Printable for a briefing: the print
 * stylesheet drops the controls and prints the date and the data version.
 */
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { useGlobalParams } from '../../app/global-params.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { Alert, Button, Heading, Paragraph } from '../../components/ds.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { graphql } from '../../gql/index.ts';
import { formatDate, todayInNorway } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.ts';
import { MinistryDetails } from './MinistryDetails.tsx';
import { MINISTRY_TEXTS } from './texts.ts';
import './ministry.css';

const MinistriesQuery = graphql(`
  query MinistryIndex($asOf: Date, $lang: Lang) {
    ministries(asOf: $asOf, lang: $lang) { id name abbreviation }
  }
`);

function MinistryIndex() {
  const { locale } = useT();
  const m = MINISTRY_TEXTS[locale];
  const { asOf, lang } = useGlobalParams();
  const [{ data, fetching, error }, retry] = useQuery({ query: MinistriesQuery, variables: { asOf, lang } });
  const ministries = data?.ministries ?? [];
  return (
    <>
      <PageTitle title={m.indexTitle}>{m.indexTitle}</PageTitle>
      <Paragraph className="lead">{m.indexIntro}</Paragraph>
      <QueryState fetching={fetching && !data} error={error} retry={() => retry({ requestPolicy: 'network-only' })}>
        <Heading level={2} data-size="sm">{m.indexListTitle(formatDate(asOf ?? todayInNorway(), locale))}</Heading>
        {ministries.length === 0 ? (
          <p className="muted">{m.noMinistries}</p>
        ) : (
          <ul className="plain-list ministry-index">
            {ministries.map((ministry) => (
              <li key={ministry.id}>
                <AppLink to={`/utforsk/departement/${encodeURIComponent(ministry.id)}`}>{ministry.name}{ministry.abbreviation ? ` (${ministry.abbreviation})` : ''}</AppLink>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}

function MinistryOverview({ id }: { id: string }) {
  const { locale } = useT();
  const m = MINISTRY_TEXTS[locale];
  const { asOf, lang } = useGlobalParams();
  const [{ data, fetching, error }, retry] = useQuery({ query: MinistryOverviewQuery, variables: { id, asOf, lang } });
  const code = error?.graphQLErrors[0]?.extensions.code;
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') {
    return (
      <>
        <PageTitle title={m.notFound}>{code === 'NOT_FOUND' ? m.notFound : m.notMinistry}</PageTitle>
        <AppLink to="/utforsk/departement">{m.toIndex}</AppLink>
      </>
    );
  }
  const overview = data?.ministryOverview;
  return (
    <QueryState fetching={fetching && !data} error={error} retry={() => retry({ requestPolicy: 'network-only' })}>
      {overview && data && (
        <article className="ministry-sheet">
          <PageTitle title={overview.ministry.name}>{overview.ministry.name}</PageTitle>
          <p className="ministry-meta">
            {m.asOfLine(formatDate(overview.asOf, locale))}. {m.dataVersion(data.dataVersion.checksum, data.dataVersion.revision)}.
          </p>
          <div className="row no-print">
            <Button variant="secondary" onClick={() => window.print()}>{m.print}</Button>
            <AppLink to="/utforsk/dekning" params={{ aktor: id }}>{m.toMatrix}</AppLink>
            <AppLink to="/utforsk/departement">{m.toIndex}</AppLink>
          </div>
          <Alert data-color="info" className="ministry-rule">
            <Paragraph>{m.rule}</Paragraph>
          </Alert>
          <MinistryDetails overview={overview} />
        </article>
      )}
    </QueryState>
  );
}

export const MinistryOverviewQuery = graphql(`
  query MinistryOverviewPage($id: ID!, $asOf: Date, $lang: Lang) {
    ministryOverview(id: $id, asOf: $asOf, lang: $lang) {
      asOf
      ministry { id name abbreviation }
      instruments { instrument { id } fundedByMinistry }
      byAdministrator {
        administrator { id type name }
        instruments {
          instrument { id type name }
          kinds
          fundedByMinistry
          reasons { role via { id name abbreviation } chain }
          targetGroups { id type name }
          goals { id type name }
        }
      }
      targetGroups { targetGroup { id type name } reach instrumentCount reachedSubgroups { id name } }
      goals { entity { id type name } count }
      priorities { strategy { id type name } targetGroups { targetGroup { id type name } reach instrumentCount reachedSubgroups { id name } } }
    }
    dataVersion { checksum revision }
  }
`);

export default function MinistryPage() {
  const { id } = useParams();
  return id ? <MinistryOverview id={id} /> : <MinistryIndex />;
}
