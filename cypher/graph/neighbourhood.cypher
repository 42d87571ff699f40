// Entities within $depth (1 or 2) steps of one entity over relationships in force at $asOf (and
// REPLACED_BY, which is history), keeping only the labels asked for, nearest first, at most
// $limit nodes with the center; then every relationship in force among the nodes kept. Citations
// and names ($hiddenTypes: HIDDEN_LINK_TYPES of server/src/vocabulary/) are never walked or shown.
// Records are those known at revision $revision (decision 0008; CURRENT_REVISION for the graph now).
// Parameters: $id, $asOf, $revision, $depth, $labels, $limit, $hiddenTypes
// Returns: center, nodes, edges, totalNodes
WITH date($asOf) AS d, $revision AS k
MATCH (c:Entity {id: $id})
WHERE c.knownFrom <= k < c.knownTo
CALL (c, d, k) {
  OPTIONAL MATCH p = (c)-[rels*1..2]-(o:Entity)
  WHERE length(p) <= $depth
    AND all(r IN rels WHERE r.knownFrom <= k < r.knownTo AND NOT type(r) IN $hiddenTypes
      AND (type(r) = 'REPLACED_BY' OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d))))
    AND all(x IN tail(nodes(p)) WHERE any(label IN labels(x) WHERE label IN $labels))
  WITH o, min(length(p)) AS distance
  WHERE o IS NOT NULL AND o <> c
  ORDER BY distance, o.id
  RETURN collect(o) AS reached
}
WITH c, d, k, reached, [c] + reached[0..$limit - 1] AS kept
CALL (kept, d, k) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN kept AND r.knownFrom <= k < r.knownTo AND NOT type(r) IN $hiddenTypes
    AND (type(r) = 'REPLACED_BY' OR ((r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)))
  RETURN collect({ type: type(r), source: a.id, target: b.id, validFrom: r.validFrom, validTo: r.validTo }) AS edges
}
RETURN
  { labels: labels(c), props: properties(c), names: [(c)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] } AS center,
  [n IN kept | { labels: labels(n), props: properties(n), names: [(n)-[h:HAS_NAME]->(q:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(q)] }] AS nodes,
  edges,
  size(reached) + 1 AS totalNodes
