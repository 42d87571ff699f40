/**
 * "Dekning": instruments in force against target groups or goals at the date, filtered by the
 * responsible actor and by kind, sorted by name or count, all kept in the URL; the table can be
 * downloaded as CSV exactly as shown. Loaded on demand; its words are in texts.ts.
 */
import { useId, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useAppHref, useGlobalParams } from '../../app/global-params.ts';
import { Button, Paragraph } from '../../components/ds.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { graphql } from '../../gql/index.ts';
import type { CoverageActorsQuery, CoverageDimension, CoverageMatrixPageQuery, InstrumentKind } from '../../gql/graphql.ts';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.ts';
import { downloadCsv, toCsv } from '../shared/csv.ts';
import { matrixCsvRows, matrixView, type MatrixSort } from './coverage-view.ts';
import { CoverageTable, type TableRow } from './CoverageTable.tsx';
import { COVERAGE_TEXTS, type CoverageTexts } from './texts.ts';
import './coverage.css';

const CoverageMatrixPageQuery = graphql(`
  query CoverageMatrixPage($dimension: CoverageDimension, $actors: [ID!], $kinds: [InstrumentKind!], $asOf: Date, $lang: Lang) {
    coverageMatrix(dimension: $dimension, actors: $actors, kinds: $kinds, asOf: $asOf, lang: $lang) {
      dimension asOf cellCount emptyColumnCount
      columns { entity { id name } count }
      rows { instrument { id type name } kinds count cells { column unverified } actors { role actor { id name abbreviation } } }
    }
  }
`);

/** The actors for the filter, asked apart from the matrix so the choices stay while the matrix changes. */
const CoverageActorsQuery = graphql(`
  query CoverageActors($asOf: Date, $lang: Lang) {
    actors(first: 100, asOf: $asOf, lang: $lang) { nodes { id name kind } }
  }
`);

const PATH = '/utforsk/dekning';
const KINDS: readonly InstrumentKind[] = ['LOAN', 'GRANT', 'ALLOWANCE', 'GUARANTEE', 'SERVICE', 'ADVICE', 'HOUSING_PROVISION', 'LEGAL_RIGHT', 'LEGAL_INSTRUMENT', 'POLICY_COMMITMENT', 'SUPPLY_SIDE_GRANT', 'SUPPLY_SIDE_LOAN'];
/** Actor kinds in the select, grouped; appeal bodies hold none of the roles the filter follows. */
const ACTOR_GROUPS = [
  { key: 'groupMinistries', kinds: ['ministry'] },
  { key: 'groupAgencies', kinds: ['directorate', 'agency', 'county_governor'] },
  { key: 'groupMunicipal', kinds: ['municipality', 'municipal_service'] },
  { key: 'groupOther', kinds: ['other'] },
] as const satisfies readonly { key: keyof CoverageTexts; kinds: readonly string[] }[];

interface MatrixParams {
  dimension: CoverageDimension;
  actor: string | null;
  kinds: InstrumentKind[];
  sort: MatrixSort;
}

function readParams(params: URLSearchParams): MatrixParams {
  const kinds = (params.get('typer') ?? '').split(',').filter((kind): kind is InstrumentKind => (KINDS as readonly string[]).includes(kind));
  return { dimension: params.get('kolonner') === 'mal' ? 'GOAL' : 'TARGET_GROUP', actor: params.get('aktor') || null, kinds, sort: params.get('sorter') === 'antall' ? 'count' : 'name' };
}

function toUrl(next: MatrixParams): Record<string, string | undefined> {
  return { kolonner: next.dimension === 'GOAL' ? 'mal' : undefined, aktor: next.actor ?? undefined, typer: next.kinds.length ? next.kinds.join(',') : undefined, sorter: next.sort === 'count' ? 'antall' : undefined };
}

type Matrix = CoverageMatrixPageQuery['coverageMatrix'];

function tableRows(matrix: Matrix, c: CoverageTexts, kindName: (kind: InstrumentKind) => string): TableRow[] {
  const names = (row: Matrix['rows'][number], role: string) => row.actors.filter((actor) => actor.role === role).map((actor) => actor.actor.abbreviation ?? actor.actor.name).join(', ');
  return matrix.rows.map((row) => ({ ...row, kindNames: row.kinds.map(kindName).join(', '), note: c.ownerAdmin(names(row, 'FUNDED_BY'), names(row, 'ADMINISTERED_BY')) }));
}

function Filters({ params, actors, onChange, c }: { params: MatrixParams; actors: CoverageActorsQuery['actors']['nodes']; onChange: (next: MatrixParams) => void; c: CoverageTexts }) {
  const { t } = useT();
  const actorId = useId();
  const sortId = useId();
  const toggleKind = (kind: InstrumentKind, on: boolean) => onChange({ ...params, kinds: on ? [...params.kinds, kind] : params.kinds.filter((known) => known !== kind) });
  return (
    <form className="coverage-filters no-print" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="coverage-filters__group">
        <legend className="ds-label">{c.dimension}</legend>
        {(['TARGET_GROUP', 'GOAL'] as const).map((dimension) => (
          <label key={dimension} className="coverage-choice">
            <input type="radio" name="dimension" checked={params.dimension === dimension} onChange={() => onChange({ ...params, dimension })} />
            {dimension === 'GOAL' ? c.goals : c.targetGroups}
          </label>
        ))}
      </fieldset>
      <div className="ds-field coverage-filters__group">
        <label className="ds-label" htmlFor={actorId}>{c.actor}</label>
        <p className="muted coverage-help" id={`${actorId}-help`}>{c.actorHelp}</p>
        <select id={actorId} aria-describedby={`${actorId}-help`} className="ds-input" value={params.actor ?? ''} onChange={(event) => onChange({ ...params, actor: event.currentTarget.value || null })}>
          <option value="">{c.allActors}</option>
          {ACTOR_GROUPS.map((group) => (
            <optgroup key={group.key} label={c[group.key]}>
              {actors.filter((actor) => (group.kinds as readonly string[]).includes(actor.kind)).map((actor) => <option key={actor.id} value={actor.id}>{actor.name}</option>)}
            </optgroup>
          ))}
        </select>
      </div>
      <fieldset className="coverage-filters__group coverage-kinds" aria-describedby={`${actorId}-kinds`}>
        <legend className="ds-label">{c.kinds}</legend>
        <p className="muted coverage-help" id={`${actorId}-kinds`}>{c.kindsHelp}</p>
        {KINDS.map((kind) => (
          <label key={kind} className="coverage-choice">
            <input type="checkbox" checked={params.kinds.includes(kind)} onChange={(event) => toggleKind(kind, event.currentTarget.checked)} />
            {t.kinds[kind]}
          </label>
        ))}
      </fieldset>
      <div className="ds-field coverage-filters__group">
        <label className="ds-label" htmlFor={sortId}>{c.sort}</label>
        <select id={sortId} className="ds-input" value={params.sort} onChange={(event) => onChange({ ...params, sort: event.currentTarget.value === 'count' ? 'count' : 'name' })}>
          <option value="name">{c.sortName}</option>
          <option value="count">{c.sortCount}</option>
        </select>
      </div>
    </form>
  );
}

export default function CoveragePage() {
  const { t, locale } = useT();
  const c = COVERAGE_TEXTS[locale];
  const { asOf, lang } = useGlobalParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const href = useAppHref();
  const params = readParams(search);
  const variables = { dimension: params.dimension, actors: params.actor ? [params.actor] : null, kinds: params.kinds.length ? params.kinds : null, asOf, lang };
  const [{ data, fetching, error }, retry] = useQuery({ query: CoverageMatrixPageQuery, variables });
  const [actors] = useQuery({ query: CoverageActorsQuery, variables: { asOf, lang } });
  const matrix = data?.coverageMatrix;
  const view = useMemo(() => (matrix ? matrixView({ ...matrix, rows: tableRows(matrix, c, (kind) => t.kinds[kind]) }, params.sort) : null), [matrix, c, t, params.sort]);
  const dimensionName = params.dimension === 'GOAL' ? c.goals : c.targetGroups;
  // Each choice is a history entry, so Back undoes it.
  const onChange = (next: MatrixParams) => navigate(href(PATH, toUrl(next)));
  const download = () => {
    if (!view || !matrix) return;
    const rows = matrixCsvRows(view, { instrument: c.instrument, kinds: c.kindsColumn, count: c.count, countRow: c.countRow, kindName: (kind) => t.kinds[kind as InstrumentKind] ?? kind, unverified: c.unverified });
    downloadCsv(c.fileName(c.fileDimension[matrix.dimension], matrix.asOf), toCsv(rows));
  };
  return (
    <>
      <PageTitle title={c.title}>{c.title}</PageTitle>
      <Paragraph className="lead">{c.intro}</Paragraph>
      <Filters params={params} actors={actors.data?.actors.nodes ?? []} onChange={onChange} c={c} />
      <p role="status" aria-live="polite" className="muted" data-status>{view ? c.shown(view.rows.length, view.columns.length, dimensionName) : ''}</p>
      <QueryState fetching={fetching && !data} error={error} retry={() => retry({ requestPolicy: 'network-only' })}>
        {matrix && view && (
          <>
            <div className="row no-print">
              <Button variant="secondary" onClick={download} data-download>{c.download}</Button>
              <span className="muted coverage-help">{c.downloadHelp}</span>
            </div>
            {view.rows.length === 0 && <p>{c.none}</p>}
            <CoverageTable
              view={view}
              c={c}
              columnType={params.dimension === 'GOAL' ? 'GOAL' : 'TARGET_GROUP'}
              caption={c.caption(view.rows.length, view.columns.length, matrix.emptyColumnCount, dimensionName, formatDate(matrix.asOf, locale))}
            />
            <dl className="coverage-legend">
              <dt className="visually-hidden">{c.legendTitle}</dt>
              <dd><span aria-hidden="true">●</span> {c.legendDirect}</dd>
              <dd><span aria-hidden="true">○</span> {c.legendUnverified}</dd>
              <dd>{c.legendEmpty}</dd>
            </dl>
          </>
        )}
      </QueryState>
    </>
  );
}
