// Candidates for a search at $asOf: full-text hits on entities of $labels in force at the date
// (a NamePeriod hit counts for the entity that had the name, whenever it had it), best score per
// entity, at most $limit, with the properties a summary and the match explanation read (not the
// long texts nobody searches). Each with what the facets count: its ministries and target groups.
// An entity's ministries (docs/search.md): an instrument's are the ministries holding one of
// $roles for it in force, or that the actor holding the role answers to or is part of, at most
// two steps of ANSWERS_TO and PART_OF in force (RESPONSIBILITY_CHAIN_TYPES, the ministry view's rule); a legal basis's, those of
// the actor owning it (OWNED_BY); an actor's, itself when a ministry or the ministries it answers
// to in the same way. Its target groups: those it reaches by one of $reachTypes (an instrument
// targets, a strategy prioritises), link and group in force.
// Records are those known at revision $revision (decision 0008; CURRENT_REVISION for the graph now).
// Parameters: $query, $asOf, $revision, $labels, $limit, $roles, $reachTypes
// Returns: score, matchedFormerName, node, ministries, targetGroups
WITH date($asOf) AS d, $revision AS k
CALL db.index.fulltext.queryNodes('entity_text_v2', $query) YIELD node AS hit, score
WITH d, k, hit, score,
  CASE WHEN hit:NamePeriod THEN head([(owner:Entity)-[h:HAS_NAME]->(hit) WHERE h.knownFrom <= k < h.knownTo | owner]) ELSE hit END AS entity
WHERE entity IS NOT NULL AND entity.knownFrom <= k < entity.knownTo
  AND (entity.validFrom IS NULL OR entity.validFrom <= d) AND (entity.validTo IS NULL OR entity.validTo >= d)
  AND any(label IN labels(entity) WHERE label IN $labels)
WITH d, k, entity, max(score) AS score, head(collect(CASE WHEN hit:NamePeriod THEN hit.name_nb END)) AS matchedFormerName
ORDER BY score DESC, entity.id
LIMIT $limit
CALL (entity, d, k) {
  OPTIONAL MATCH (entity)-[r]->(holder:Actor)
  WHERE (entity:Instrument AND type(r) IN $roles OR entity:LegalBasis AND type(r) = 'OWNED_BY')
    AND r.knownFrom <= k < r.knownTo AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
  WITH entity, d, k, collect(holder) + CASE WHEN entity:Actor THEN [entity] ELSE [] END AS holders
  UNWIND holders AS x
  MATCH (x)-[chain:ANSWERS_TO|PART_OF*0..2]->(m:Actor)
  WHERE m.kind = 'ministry' AND x.knownFrom <= k < x.knownTo AND m.knownFrom <= k < m.knownTo
    AND (m.validFrom IS NULL OR m.validFrom <= d) AND (m.validTo IS NULL OR m.validTo >= d)
    AND all(s IN chain WHERE s.knownFrom <= k < s.knownTo
      AND (s.validFrom IS NULL OR s.validFrom <= d) AND (s.validTo IS NULL OR s.validTo >= d))
  WITH DISTINCT m, k
  RETURN collect({ labels: labels(m), props: m { .id, .name_nb, .name_nn, .name_en, .abbreviation, .kind, .validFrom, .validTo }, names: [(m)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] }) AS ministries
}
RETURN score, matchedFormerName,
  { labels: labels(entity),
    props: entity { .id, .name_nb, .name_nn, .name_en, .abbreviation, .kind, .validFrom, .validTo, .searchTerms_nb, .searchTerms_nn, .searchTerms_en, .description_nb, .description_nn, .description_en },
    names: [(entity)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] } AS node,
  ministries,
  [(entity)-[t]->(g:TargetGroup)
    WHERE type(t) IN $reachTypes AND t.knownFrom <= k < t.knownTo AND g.knownFrom <= k < g.knownTo
      AND (t.validFrom IS NULL OR t.validFrom <= d) AND (t.validTo IS NULL OR t.validTo >= d)
      AND (g.validFrom IS NULL OR g.validFrom <= d) AND (g.validTo IS NULL OR g.validTo >= d)
    | { labels: labels(g), props: g { .id, .name_nb, .name_nn, .name_en, .abbreviation, .kind, .validFrom, .validTo }, names: [(g)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] }] AS targetGroups
