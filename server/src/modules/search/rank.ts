import type { NodeRecord } from '../entity/entity-model.ts';
import { foldText } from './lucene-query.ts';

export interface RankedHit {
  node: NodeRecord;
  score: number;
  matchedFormerName: string | null;
}

/** Every name the node has or had, in every language, plus abbreviations, folded. */
function namesOf(node: NodeRecord): string[] {
  const sources = [node.props, ...node.names];
  return sources
    .flatMap((props) => [props.name_nb, props.name_nn, props.name_en, props.abbreviation])
    .filter((name): name is string => typeof name === 'string')
    .map(foldText);
}

/**
 * Lucene adds up matches across fields, so a law whose three names all contain "bustøtte" outranks
 * the allowance called Bustøtte. People expect the thing with exactly that name first: exact name
 * matches, then names that start with the text, then the index's score.
 */
export function rankHits(hits: readonly RankedHit[], text: string): RankedHit[] {
  const wanted = foldText(text.trim());
  const tier = (hit: RankedHit): number => {
    const names = namesOf(hit.node);
    if (names.includes(wanted)) return 0;
    if (names.some((name) => name.startsWith(wanted))) return 1;
    return 2;
  };
  return hits
    .map((hit) => ({ hit, tier: tier(hit) }))
    .sort((a, b) => a.tier - b.tier || b.hit.score - a.hit.score)
    .map(({ hit }) => hit);
}
