// An explorer view over time: the focus, the entities asked to be added ($added), and every
// neighbour of an opened entity (the focus, $expanded, and with $depth 2 the focus's neighbours),
// over relationships of any date, so the client can slide through time without asking again. The
// focus first, then what was asked for, then the neighbours in id order, at most $limit nodes;
// then every relationship of any date among the nodes kept. Only entities with a label in $labels
// join (the focus always does); citations and names ($hiddenTypes) are never walked or shown.
// Records are those known at revision $revision (decision 0008; CURRENT_REVISION for the graph now).
// Parameters: $focus, $expanded, $added, $depth, $labels, $limit, $revision, $hiddenTypes
// Returns: focus, nodes, edges, openers, missing, totalNodes
WITH $revision AS k
MATCH (c:Entity {id: $focus})
WHERE c.knownFrom <= k < c.knownTo
CALL (c, k) {
  OPTIONAL MATCH (x:Entity)
  WHERE x.id IN $expanded + $added AND x.knownFrom <= k < x.knownTo AND x <> c
  RETURN collect(DISTINCT x) AS asked
}
CALL (c, k) {
  OPTIONAL MATCH (c)-[r]-(n:Entity)
  WHERE $depth = 2 AND r.knownFrom <= k < r.knownTo AND NOT type(r) IN $hiddenTypes
    AND n.knownFrom <= k < n.knownTo AND any(label IN labels(n) WHERE label IN $labels)
  RETURN collect(DISTINCT n) AS secondRing
}
WITH c, k, asked, [c] + [x IN asked WHERE x.id IN $expanded] + secondRing AS openers
CALL (openers, k) {
  UNWIND openers AS o
  MATCH (o)-[r]-(n:Entity)
  WHERE r.knownFrom <= k < r.knownTo AND NOT type(r) IN $hiddenTypes
    AND n.knownFrom <= k < n.knownTo AND any(label IN labels(n) WHERE label IN $labels)
  WITH DISTINCT n
  ORDER BY n.id
  RETURN collect(n) AS reached
}
WITH c, k, asked, openers,
  reduce(acc = [], n IN [c] + asked + reached | CASE WHEN n IN acc THEN acc ELSE acc + n END) AS found
WITH c, k, openers, found, found[0..$limit] AS kept
CALL (kept, k) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN kept AND r.knownFrom <= k < r.knownTo AND NOT type(r) IN $hiddenTypes
  RETURN collect({ type: type(r), source: a.id, target: b.id, validFrom: r.validFrom, validTo: r.validTo }) AS edges
}
RETURN
  { labels: labels(c), props: properties(c), names: [(c)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] } AS focus,
  [n IN kept | { labels: labels(n), props: properties(n), names: [(n)-[h:HAS_NAME]->(q:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(q)] }] AS nodes,
  edges,
  [o IN openers WHERE o IN kept | o.id] AS openers,
  [id IN $expanded + $added WHERE NOT id IN [n IN found | n.id]] AS missing,
  size(found) AS totalNodes
