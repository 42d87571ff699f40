/** The paths found between two entities, in words (the canvas highlights the same nodes and edges). */
import { useT } from '../i18n/i18n.ts';
import type { EntityType, LinkType } from '../gql/graphql.ts';
import type { GraphTexts } from './texts.ts';

export interface FoundPath {
  length: number;
  nodes: readonly { id: string; name: string; type: EntityType }[];
  edges: readonly { id: string; type: LinkType; source: string; target: string }[];
}

type Props = { paths: readonly FoundPath[]; g: GraphTexts; searched: boolean };

export function PathList({ paths, g, searched }: Props) {
  const { t } = useT();
  if (!searched) return null;
  return (
    <section aria-labelledby="graf-stier" className="graph-paths" data-paths>
      <h2 className="ds-heading" data-size="2xs" id="graf-stier">{g.pathListTitle}</h2>
      <p role="status">{paths.length === 0 ? g.pathNone : g.pathFound(paths.length)}</p>
      <ol>
        {paths.map((path) => (
          <li key={path.edges.map((edge) => edge.id).join()} data-path>
            {path.nodes.map((node, i) => {
              const edge = path.edges[i];
              const forward = edge?.source === node.id;
              return (
                <span key={`${node.id}-${i}`}>
                  <strong>{node.name}</strong>
                  {edge && <> {forward ? '→' : '←'} <em>{t.linkTypes[edge.type]}</em> {forward ? '→' : '←'} </>}
                </span>
              );
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
