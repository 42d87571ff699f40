/**
 * The timeline: years across, the strategies' periods shaded and named, one row per gap with a bar
 * for each stretch it was one, reason by colour and by pattern, the chosen date as a line. A
 * picture of the table that follows it: hidden from assistive technology, which gets the
 * figure's caption and reads the table. Hidden at narrow widths, where the table is the view.
 */
import type { GapTimelinePageQuery } from '../../gql/graphql.ts';
import { placement, yearTicks, yearsOf } from './gaps-view.ts';
import type { GapTexts } from './texts.ts';

type Timeline = GapTimelinePageQuery['gapTimeline'];

export function GapTimelineChart({ timeline, subjects, g, date }: { timeline: Timeline; subjects: Timeline['subjects']; g: GapTexts; date: (iso: string) => string }) {
  const now = placement(timeline, { from: timeline.asOf, to: timeline.asOf });
  const nowInside = timeline.asOf >= timeline.from && timeline.asOf <= timeline.to;
  return (
    <figure className="gap-figure" aria-labelledby="gap-figure-caption">
      <figcaption id="gap-figure-caption" className="gap-figure__caption">
        <strong>{g.timelineTitle}.</strong> {g.timelineAlt(subjects.length, date(timeline.from), date(timeline.to))}
      </figcaption>
      <div className="gap-chart" aria-hidden="true" data-chart>
        <div className="gap-chart__row gap-chart__axis">
          <span className="gap-chart__label" />
          <span className="gap-chart__track">
            {timeline.periods.map((period) => {
              const at = placement(timeline, period);
              return (
                <span key={period.from} className={`gap-chart__period gap-chart__period--${period.kind}`} style={{ left: `${at.left}%`, width: `${at.width}%` }}>
                  {period.strategy?.name ?? g.period[period.kind]} {yearsOf(period)}
                </span>
              );
            })}
          </span>
        </div>
        {subjects.map((subject) => (
          <div key={subject.entity.id} className="gap-chart__row" data-chart-row={subject.entity.id}>
            <span className="gap-chart__label">{subject.entity.name}</span>
            <span className="gap-chart__track">
              {subject.spans.map((span) => {
                const at = placement(timeline, span);
                return <span key={span.from} className={`gap-bar gap-bar--${subject.reason}`} style={{ left: `${at.left}%`, width: `${at.width}%` }} />;
              })}
              {nowInside && <span className="gap-chart__now" style={{ left: `${now.left}%` }} />}
            </span>
          </div>
        ))}
        <div className="gap-chart__row gap-chart__years">
          <span className="gap-chart__label">{nowInside ? `│ ${g.now}: ${date(timeline.asOf)}` : ''}</span>
          <span className="gap-chart__track">
            {yearTicks(timeline).map((tick) => (
              <span key={tick} className="gap-chart__tick" style={{ left: `${placement(timeline, { from: tick, to: tick }).left}%` }}>{tick.slice(0, 4)}</span>
            ))}
          </span>
        </div>
      </div>
    </figure>
  );
}
