/**
 * What changed in the view between the last two dates shown, in words: the text equivalent of the
 * canvas fading nodes in and out. Announced politely, so a screen reader hears each step of Play.
 */
import type { ViewChange } from './graph-view-model.ts';
import { isEmptyChange } from './graph-view-model.ts';
import type { GraphTexts } from './texts.ts';

type Props = { change: ViewChange | null; from: string; to: string; g: GraphTexts };

export function ChangeSummary({ change, from, to, g }: Props) {
  return (
    <div role="status" aria-live="polite" className="graph-change" data-change-summary>
      {change && (
        <>
          <p><strong>{from === to ? g.changeInView : g.changeTitle(from, to)}</strong></p>
          {isEmptyChange(change) ? (
            <p>{g.noChange}</p>
          ) : (
            <ul className="plain-list">
              {change.renamed.map(({ node, before }) => <li key={`renamed-${node.id}`} data-renamed={node.id}>{g.renamed(before, node.name)}</li>)}
              {change.appeared.length > 0 && <li data-appeared>{g.appeared(change.appeared.map((node) => node.name).join(', '))}</li>}
              {change.left.length > 0 && <li data-left>{g.left(change.left.map((node) => node.name).join(', '))}</li>}
              {change.linksAdded.length > 0 && <li>{g.linksAdded(change.linksAdded.length)}</li>}
              {change.linksRemoved.length > 0 && <li>{g.linksRemoved(change.linksRemoved.length)}</li>}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
