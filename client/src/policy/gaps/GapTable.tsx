/** Every gap shown as a table row: what, why, when, the strategies behind it, and whether it is one at the chosen date. */
import { useId } from 'react';
import { entityPath } from '../../browse/routes.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { Heading } from '../../components/ds.tsx';
import type { EntityType, GapTimelinePageQuery } from '../../gql/graphql.ts';
import { spanWords } from './gaps-view.ts';
import type { GapTexts, SubjectKind } from './texts.ts';

type Subject = GapTimelinePageQuery['gapTimeline']['subjects'][number];

export function GapTable({ subjects, g, date, window, asOf }: { subjects: readonly Subject[]; g: GapTexts; date: (iso: string) => string; window: { from: string; to: string }; asOf: string }) {
  const captionId = useId();
  return (
    <section aria-labelledby="gap-table-title">
      <Heading level={2} data-size="sm" id="gap-table-title">{g.tableTitle}</Heading>
      {subjects.length === 0 ? (
        <p>{g.none}</p>
      ) : (
        <div className="gap-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="ds-table gap-table" data-border="true">
            <caption id={captionId}>
              {g.tableCaption(subjects.length, date(window.from), date(window.to))} <span className="visually-hidden">{g.tableRegion}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{g.columnSubject}</th>
                <th scope="col">{g.columnKind}</th>
                <th scope="col">{g.columnReason}</th>
                <th scope="col">{g.columnWhen}</th>
                <th scope="col">{g.columnStrategies}</th>
                <th scope="col">{g.columnAtDate(date(asOf))}</th>
              </tr>
            </thead>
            <tbody>
              {subjects.map((subject) => (
                <tr key={subject.entity.id} data-gap={subject.entity.id} data-reason={subject.reason}>
                  <th scope="row">
                    <AppLink to={entityPath(subject.entity.type as EntityType, subject.entity.id).to}>{subject.entity.name}</AppLink>
                  </th>
                  <td>{g.subjectOne[subject.entity.type as SubjectKind]}</td>
                  <td>
                    <span className={`gap-swatch gap-bar--${subject.reason}`} aria-hidden="true" /> {g.reason[subject.reason]}
                  </td>
                  <td>
                    <ul className="gap-spans">
                      {subject.spans.map((span) => <li key={span.from}>{spanWords(span, g, date)}</li>)}
                    </ul>
                  </td>
                  <td>{subject.strategies.map((strategy) => strategy.name).join(', ')}</td>
                  <td>{subject.gapAtAsOf ? g.yes : g.no}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
