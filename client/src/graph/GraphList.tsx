import { Heading } from '../components/ds.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { useT } from '../i18n/i18n.ts';
import type { LinkType } from '../gql/graphql.ts';
import { entityPath } from '../browse/routes.ts';
import type { CanvasEdge } from './GraphCanvas.tsx';
import type { ShownNode } from './graph-view-model.ts';
import { TYPE_STYLE } from './graph-style.ts';
import type { GraphTexts } from './texts.ts';

type Props = {
  nodes: readonly ShownNode[];
  edges: readonly CanvasEdge[];
  focusName: string;
  g: GraphTexts;
  onFocus: (id: string) => void;
  onToggleOpen: (id: string) => void;
};

function NodeLink({ node, g }: { node: ShownNode; g: GraphTexts }) {
  const { t } = useT();
  const path = entityPath(node.type, node.id);
  return (
    <>
      <span aria-hidden="true" style={{ color: TYPE_STYLE[node.type].color }}>{TYPE_STYLE[node.type].symbol} </span>
      <AppLink to={path.to} {...(path.params ? { params: path.params } : {})}>{node.name}</AppLink>
      <span className="muted"> ({t.entityTypes[node.type]}{node.inForce ? '' : `, ${g.ended}`})</span>
    </>
  );
}

/**
 * The text twin of the canvas: the same nodes and relations, grouped by relationship type, as
 * nested lists of links, and per node the buttons the canvas offers (open its neighbours, focus on
 * it), all keyboard-reachable. Counts match what the canvas draws.
 */
export function GraphList({ nodes, edges, focusName, g, onFocus, onToggleOpen }: Props) {
  const { t } = useT();
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const groups = new Map<LinkType, CanvasEdge[]>();
  for (const edge of edges) groups.set(edge.type, [...(groups.get(edge.type) ?? []), edge]);
  return (
    <section aria-labelledby="graf-liste" className="graph-list">
      <Heading level={2} data-size="xs" id="graf-liste">{t.graph.listLead(focusName)}</Heading>
      <p>{t.graph.nodesAndEdges(nodes.length, edges.length)}</p>
      {[...groups.entries()].map(([type, group]) => (
        <section key={type} aria-labelledby={`relasjon-${type}`} data-relation={type}>
          <Heading level={3} data-size="2xs" id={`relasjon-${type}`}>{t.linkTypes[type]} ({group.length})</Heading>
          <ul className="plain-list">
            {group.map((edge) => {
              const source = byId.get(edge.source);
              const target = byId.get(edge.target);
              if (!source || !target) return null;
              return (
                <li key={edge.id} data-edge={edge.id}>
                  <NodeLink node={source} g={g} /> <strong>{t.linkTypes[type]}</strong> <NodeLink node={target} g={g} />
                  {!edge.inForce && <span className="muted"> ({g.ended})</span>}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <Heading level={3} data-size="2xs">{t.graph.focusHere}</Heading>
      <ul className="plain-list graph-nodes">
        {nodes.map((node) => (
          <li key={node.id} data-node={node.id} data-opened={node.opened ? 'true' : 'false'}>
            {node.isFocus && <span>{node.name}</span>}
            {!node.isFocus && (
              <button type="button" className="ds-button" data-variant="tertiary" data-size="sm" aria-pressed={node.opened} onClick={() => onToggleOpen(node.id)}>
                {node.opened ? g.collapse : g.expand}: {node.name}
              </button>
            )}
            {!node.isFocus && (
              <button type="button" className="ds-button" data-variant="tertiary" data-size="sm" onClick={() => onFocus(node.id)}>
                {t.graph.focusHere}: {node.name}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
