/**
 * "Hull over tid": where the instruments fall short across the national strategies' periods. A
 * summary per period in words, a timeline (a picture of the table, hidden from assistive
 * technology, which reads the table), and the table of every gap with its reason. Filters by
 * reason and by what is missing are kept in the URL; the global date marks "now". Printable.
 */
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useAppHref, useGlobalParams } from '../../app/global-params.ts';
import { Button, Heading, Paragraph } from '../../components/ds.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { graphql } from '../../gql/index.ts';
import type { GapReason } from '../../gql/graphql.ts';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.ts';
import { GapFiltersForm } from './GapFiltersForm.tsx';
import { GapTable } from './GapTable.tsx';
import { GapTimelineChart } from './GapTimelineChart.tsx';
import { filterSubjects, REASONS, SUBJECT_KINDS, yearsOf, type GapFilters } from './gaps-view.ts';
import { GAP_TEXTS, type SubjectKind } from './texts.ts';
import './gaps.css';

const GapTimelineQuery = graphql(`
  query GapTimelinePage($asOf: Date, $lang: Lang) {
    gapTimeline(asOf: $asOf, lang: $lang) {
      from to asOf
      periods { kind strategy { id name } from to targetGroupsWithoutInstrument goalsWithoutInstrument goalsNotMapped instrumentsWithoutGoal }
      subjects { entity { id type name } reason spans { from to startsBefore continuesAfter } gapAtAsOf strategies { id name } }
    }
  }
`);

const PATH = '/utforsk/hull';

function readFilters(params: URLSearchParams): GapFilters {
  const list = (key: string) => (params.get(key) ?? '').split(',');
  return {
    reasons: list('arsak').filter((value): value is GapReason => (REASONS as readonly string[]).includes(value)),
    kinds: list('hva').filter((value): value is SubjectKind => (SUBJECT_KINDS as readonly string[]).includes(value)),
  };
}

const toUrl = (filters: GapFilters) => ({ arsak: filters.reasons.join(',') || undefined, hva: filters.kinds.join(',') || undefined });

export default function GapsPage() {
  const { locale } = useT();
  const g = GAP_TEXTS[locale];
  const { asOf, lang } = useGlobalParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const href = useAppHref();
  const filters = readFilters(search);
  const [{ data, fetching, error }, retry] = useQuery({ query: GapTimelineQuery, variables: { asOf, lang } });
  const timeline = data?.gapTimeline;
  const subjects = timeline ? filterSubjects(timeline.subjects, filters) : [];
  const date = (iso: string) => formatDate(iso, locale);
  return (
    <>
      <PageTitle title={g.title}>{g.title}</PageTitle>
      <Paragraph className="lead">{g.intro}</Paragraph>
      <GapFiltersForm filters={filters} g={g} onChange={(next) => navigate(href(PATH, toUrl(next)))} />
      <p role="status" aria-live="polite" className="muted" data-status>{timeline ? g.shown(subjects.length, timeline.subjects.length) : ''}</p>
      <QueryState fetching={fetching && !data} error={error} retry={() => retry({ requestPolicy: 'network-only' })}>
        {timeline && (
          <>
            <div className="row no-print">
              <Button variant="secondary" onClick={() => window.print()}>{g.print}</Button>
            </div>
            <section aria-labelledby="gap-periods">
              <Heading level={2} data-size="sm" id="gap-periods">{g.periodsTitle}</Heading>
              <ul className="gap-periods" data-periods>
                {timeline.periods.map((period) => (
                  <li key={period.from} data-period={period.kind}>
                    <strong>{period.strategy ? `${period.strategy.name} (${yearsOf(period)})` : `${g.period[period.kind]} (${yearsOf(period)})`}</strong>{' '}
                    {g.periodSummary(period.targetGroupsWithoutInstrument, period.goalsWithoutInstrument, period.goalsNotMapped, period.instrumentsWithoutGoal)}
                  </li>
                ))}
              </ul>
            </section>
            <GapTimelineChart timeline={timeline} subjects={subjects} g={g} date={date} />
            <dl className="gap-legend">
              <dt>{g.legendTitle}</dt>
              {REASONS.map((reason) => (
                <dd key={reason}>
                  <span className={`gap-swatch gap-bar--${reason}`} aria-hidden="true" /> <strong>{g.reason[reason]}</strong>: {g.reasonHelp[reason]}
                </dd>
              ))}
            </dl>
            <GapTable subjects={subjects} g={g} date={date} window={timeline} asOf={timeline.asOf} />
          </>
        )}
      </QueryState>
    </>
  );
}
