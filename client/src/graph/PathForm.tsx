/** "Path between these two": two of the nodes in view, whose paths the page asks `paths` for. */
import { useId, useState } from 'react';
import { Button } from '../components/ds.tsx';
import type { ShownNode } from './graph-view-model.ts';
import type { GraphTexts } from './texts.ts';

type Props = { g: GraphTexts; nodes: readonly ShownNode[]; path: [string, string] | null; onFind: (path: [string, string] | null) => void };

export function PathForm({ g, nodes, path, onFind }: Props) {
  const id = useId();
  const [from, setFrom] = useState(path?.[0] ?? '');
  const [to, setTo] = useState(path?.[1] ?? '');
  const sorted = [...nodes].sort((a, b) => a.name.localeCompare(b.name));
  const select = (key: 'from' | 'to', value: string, set: (value: string) => void) => (
    <div className="ds-field">
      <label className="ds-label" htmlFor={`${id}-${key}`}>{key === 'from' ? g.pathFrom : g.pathTo}</label>
      <select id={`${id}-${key}`} className="ds-input" value={value} onChange={(event) => set(event.currentTarget.value)}>
        <option value="">–</option>
        {sorted.map((node) => <option key={node.id} value={node.id}>{node.name}</option>)}
      </select>
    </div>
  );
  return (
    <section className="graph-path no-print" aria-labelledby={`${id}-title`}>
      <h2 className="ds-heading" data-size="2xs" id={`${id}-title`}>{g.pathTitle}</h2>
      <form className="stack" onSubmit={(event) => { event.preventDefault(); if (from && to && from !== to) onFind([from, to]); }}>
        {select('from', from, setFrom)}
        {select('to', to, setTo)}
        <div className="row">
          <Button type="submit" variant="secondary" data-size="sm" disabled={!from || !to || from === to}>{g.pathFind}</Button>
          {path && <Button variant="tertiary" data-size="sm" onClick={() => onFind(null)}>{g.pathClear}</Button>}
        </div>
      </form>
    </section>
  );
}
