// The shortest few paths (up to 5, at most 6 steps) between two entities over relationships in
// force at $asOf, leaving out sources, names and criteria; the caller keeps the first $first.
// Parameters: $from, $to, $asOf, $first
// Returns: nodes, edges
WITH date($asOf) AS d
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 5 (a) ((x:Entity)-[r:!SUPPORTED_BY&!HAS_NAME&!REQUIRES]-(y:Entity)
  WHERE NOT x:Source AND NOT y:Source
    AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)){1,6} (b)
WITH p, d
ORDER BY length(p)
LIMIT $first
RETURN
  [n IN nodes(p) | { labels: labels(n), props: properties(n), names: [(n)-[:HAS_NAME]->(q:NamePeriod) | properties(q)] }] AS nodes,
  [r IN relationships(p) | { type: type(r), source: startNode(r).id, target: endNode(r).id, validFrom: r.validFrom, validTo: r.validTo }] AS edges
