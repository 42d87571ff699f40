/** The selected node: what it is, and what can be done with it (the same actions the list twin offers). */
import { AppLink } from '../components/AppLink.tsx';
import { Button, Heading } from '../components/ds.tsx';
import { entityPath } from '../browse/routes.ts';
import { useT } from '../i18n/i18n.ts';
import type { ShownNode } from './graph-view-model.ts';
import type { GraphTexts } from './texts.ts';

type Props = { node: ShownNode | null; g: GraphTexts; added: boolean; onToggleOpen: (id: string) => void; onFocus: (id: string) => void; onRemove: (id: string) => void };

export function GraphInspector({ node, g, added, onToggleOpen, onFocus, onRemove }: Props) {
  const { t } = useT();
  return (
    <section aria-labelledby="valgt-node" aria-live="polite" className="no-print">
      <Heading level={2} data-size="2xs" id="valgt-node">{t.graph.inspector}</Heading>
      {node ? (
        <div className="stack" data-inspector={node.id}>
          <p>{t.graph.selected(node.name)} ({t.entityTypes[node.type]}{node.inForce ? '' : `, ${g.ended}`})</p>
          <AppLink {...entityPath(node.type, node.id)}>{t.graph.openPage}</AppLink>
          {!node.isFocus && (
            <>
              <Button variant="secondary" data-size="sm" aria-pressed={node.opened} onClick={() => onToggleOpen(node.id)}>{node.opened ? g.collapse : g.expand}</Button>
              <Button variant="secondary" data-size="sm" onClick={() => onFocus(node.id)}>{t.graph.focusHere}</Button>
              {added && <Button variant="tertiary" data-size="sm" onClick={() => onRemove(node.id)}>{g.remove}</Button>}
            </>
          )}
        </div>
      ) : (
        <p className="muted">–</p>
      )}
    </section>
  );
}
