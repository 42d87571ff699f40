/**
 * Which candidates are hits and in what order. Hits match every searched word; when no candidate
 * does, the ones matching the most words are shown as a partial result rather than nothing.
 * Lucene adds up matches across fields, so a law whose three names all contain "bustøtte" would
 * outrank the allowance called Bustøtte: people expect the thing with exactly that name first,
 * then the thing with exactly that search term ("husleie" → Bostøtte), then names that start with
 * the text, then the rest by words matched and the index's score.
 */
import type { NodeRecord } from '../entity/entity-model.ts';
import { explainMatch, type MatchExplanation, type TextLang } from './match-explanation.ts';

export interface Candidate {
  node: NodeRecord;
  score: number;
}

export interface RankedHit<C extends Candidate> {
  candidate: C;
  match: MatchExplanation;
}

export interface RankedHits<C extends Candidate> {
  hits: RankedHit<C>[];
  /** True when no candidate matched every word and the hits are those matching the most. */
  partial: boolean;
}

const idOf = (node: NodeRecord): string => String(node.props.id);

export function rankHits<C extends Candidate>(candidates: readonly C[], content: readonly string[], lang: TextLang): RankedHits<C> {
  const explained = candidates.flatMap((candidate) => {
    const match = explainMatch(candidate.node, content, lang);
    return match ? [{ candidate, match }] : [];
  });
  const complete = explained.filter((hit) => hit.match.missing.length === 0);
  const most = Math.max(0, ...explained.map((hit) => hit.match.matched.length));
  const kept = complete.length > 0 ? complete : explained.filter((hit) => hit.match.matched.length === most);
  const hits = kept.sort(
    (a, b) =>
      a.match.tier - b.match.tier ||
      b.match.matched.length - a.match.matched.length ||
      b.candidate.score - a.candidate.score ||
      (idOf(a.candidate.node) < idOf(b.candidate.node) ? -1 : 1),
  );
  return { hits, partial: complete.length === 0 && hits.length > 0 };
}
