import type { ReactNode } from 'react';
import { getFragmentData } from '../../gql/index.ts';
import { useT } from '../../i18n/i18n.ts';
import { Heading } from '../../components/ds.tsx';
import { useSituation } from '../SituationProvider.tsx';
import { useSituationResult } from '../situation-query.ts';
import type { HouseholdGoal } from '../answers.ts';
import { AssessmentCardFragment, ResultInstrumentFragment } from './AssessmentCard.tsx';

// Module-level so the queries' variables stay stable between renders.
const RENT_GOALS: readonly HouseholdGoal[] = ['RENT_HOME', 'LOWER_HOUSING_COSTS'];
const BUY_GOALS: readonly HouseholdGoal[] = ['BUY_HOME'];

type Column = { instruments: string[]; deciders: string[]; documents: string[] };

function useScenario(goals: readonly HouseholdGoal[]): Column | null {
  const { answers } = useSituation();
  const { data } = useSituationResult(answers, goals);
  if (!data) return null;
  const relevant = data.situation.assessments
    .map((assessment) => getFragmentData(AssessmentCardFragment, assessment))
    // Only alternatives that fit: not unlikely, and asked for or indicated by the facts.
    .filter((assessment) => assessment.status !== 'UNLIKELY' && assessment.relevance !== 'OTHER')
    .map((assessment) => getFragmentData(ResultInstrumentFragment, assessment.instrument));
  const unique = (values: string[]) => [...new Set(values)];
  return {
    instruments: relevant.map((instrument) => instrument.name),
    deciders: unique(relevant.flatMap((instrument) => instrument.decidedBy.map((actor) => actor.name))),
    documents: unique(relevant.flatMap((instrument) => instrument.documentsToBring.map((document) => document.text ?? '').filter(Boolean))),
  };
}

function CellList({ values, empty }: { values: string[]; empty: string }) {
  return values.length === 0 ? <span className="muted">{empty}</span> : <ul className="compare-list">{values.map((value) => <li key={value}>{value}</li>)}</ul>;
}

/**
 * "Sammenlign alternativer" (entitledto's better-off idea, without totals): the same household
 * assessed as renting on versus buying with startlån, side by side.
 */
export function ComparePanel() {
  const { t } = useT();
  const rent = useScenario(RENT_GOALS);
  const buy = useScenario(BUY_GOALS);
  const rows: { label: string; cell: (column: Column) => ReactNode }[] = [
    { label: t.compare.instruments, cell: (column) => <CellList values={column.instruments} empty={t.compare.none} /> },
    { label: t.compare.decider, cell: (column) => <CellList values={column.deciders} empty={t.common.none} /> },
    { label: t.compare.documents, cell: (column) => <CellList values={column.documents} empty={t.results.noDocuments} /> },
  ];
  return (
    <section aria-labelledby="sammenlign" className="compare">
      <Heading level={2} data-size="sm" id="sammenlign">{t.compare.title}</Heading>
      <p>{t.compare.lead}</p>
      <div className="table-scroll">
        <table className="ds-table compare-table" data-border="true">
          <thead>
            <tr>
              <td />
              <th scope="col">{t.compare.rent}</th>
              <th scope="col">{t.compare.buy}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{rent ? row.cell(rent) : t.common.loading}</td>
                <td>{buy ? row.cell(buy) : t.common.loading}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t.compare.thinkAbout}</th>
              <td>{t.compare.thinkRent}</td>
              <td>{t.compare.thinkBuy}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
