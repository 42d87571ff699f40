/**
 * The date as a slider over the days the view changes (a keyboard-operable range input with the
 * date in words beside it), and Play that steps through them. Play does not animate when the user
 * prefers reduced motion: it still steps, and the summary still says what changed.
 */
import { useEffect, useId, useState } from 'react';
import { Button } from '../components/ds.tsx';
import type { GraphTexts } from './texts.ts';

const STEP_MS = 1600;

type Props = { days: readonly string[]; value: string; baseDate: string; g: GraphTexts; date: (iso: string) => string; onChange: (day: string) => void };

/** The index of the last change day on or before the date (the slider stands on it). */
export function stepOf(days: readonly string[], value: string): number {
  let index = 0;
  days.forEach((day, i) => {
    if (day <= value) index = i;
  });
  return index;
}

export function TimeSlider({ days, value, baseDate, g, date, onChange }: Props) {
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const step = stepOf(days, value);
  const last = days.length - 1;

  useEffect(() => {
    if (!playing) return;
    if (step >= last) {
      setPlaying(false);
      return;
    }
    const timer = window.setTimeout(() => onChange(days[step + 1] ?? value), STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, step, last, days, value, onChange]);

  if (days.length < 2) return null;
  const first = days[0] ?? value;
  const lastDay = days[last] ?? value;
  return (
    <fieldset className="ds-fieldset graph-time no-print">
      <legend className="ds-label">{g.timeTitle}</legend>
      <p className="muted" id={`${id}-help`}>{g.timeHelp(date(first), date(lastDay))}</p>
      <div className="graph-time__row">
        <label htmlFor={id} className="ds-label">{g.timeLabel}</label>
        <input
          id={id}
          type="range"
          min={0}
          max={last}
          step={1}
          value={step}
          aria-valuetext={date(value)}
          aria-describedby={`${id}-help`}
          list={`${id}-days`}
          onChange={(event) => {
            setPlaying(false);
            onChange(days[Number(event.currentTarget.value)] ?? value);
          }}
        />
        <datalist id={`${id}-days`}>
          {days.map((day, i) => <option key={day} value={i} data-day={day} />)}
        </datalist>
        <output htmlFor={id} data-time-value={value}>{date(value)}</output>
      </div>
      <div className="row">
        <Button variant="secondary" data-size="sm" aria-pressed={playing} onClick={() => {
          if (!playing && step >= last) onChange(first);
          setPlaying(!playing);
        }}>{playing ? g.pause : g.play}</Button>
        {value !== baseDate && <Button variant="tertiary" data-size="sm" onClick={() => { setPlaying(false); onChange(baseDate); }}>{g.toToday}</Button>}
      </div>
    </fieldset>
  );
}
