// The shortest few paths (up to 5, at most 6 steps) between two entities over relationships in
// force at $asOf, through entities in force then (the two ends may have ended: they were asked
// for), leaving out sources, names and criteria; the caller keeps the first $first.
// Records are those known at revision $revision (decision 0008; CURRENT_REVISION for the graph now).
// Parameters: $from, $to, $asOf, $revision, $first
// Returns: nodes, edges
WITH date($asOf) AS d, $revision AS k
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a.knownFrom <= k < a.knownTo AND b.knownFrom <= k < b.knownTo
MATCH p = SHORTEST 5 (a) ((x:Entity)-[r:!SUPPORTED_BY&!HAS_NAME&!REQUIRES]-(y:Entity)
  WHERE NOT x:Source AND NOT y:Source AND r.knownFrom <= k < r.knownTo
    AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
    AND (y.id = $to OR ((y.validFrom IS NULL OR y.validFrom <= d) AND (y.validTo IS NULL OR y.validTo >= d)))){1,6} (b)
WITH p, d, k
ORDER BY length(p)
LIMIT $first
RETURN
  [n IN nodes(p) | { labels: labels(n), props: properties(n), names: [(n)-[h:HAS_NAME]->(q:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(q)] }] AS nodes,
  [r IN relationships(p) | { type: type(r), source: startNode(r).id, target: endNode(r).id, validFrom: r.validFrom, validTo: r.validTo }] AS edges
