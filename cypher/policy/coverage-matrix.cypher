// The coverage matrix at $asOf: every instrument in force (a row) against every target group or
// goal in force (a column, label $columnLabel), with a cell where the instrument links to the
// column itself by $columnType (TARGETS or SERVES_GOAL) in force: direct links only, a subgroup's
// instruments are not counted for its parent. The same instruments, columns and links as
// cypher/analytics/coverage.cypher, so a column's cells equal its count there.
// Rows may be narrowed to instruments of the kinds $kinds (none: all) and to those that an actor
// in $actors (none: all) reaches: it holds one of $roles itself, or an actor holding one answers
// to it or is part of it, at most two steps of $chainTypes (agency → ministry, NAV-kontor → kommune).
// Each row carries the actors that hold $roles for it (the coverage roles, no apply-to or appeal).
// Records are those known at revision $revision (decision 0008; CURRENT_REVISION for the graph now).
// Parameters: $asOf, $revision, $columnLabel, $columnType, $roles, $chainTypes, $kinds, $actors
// Returns: rows, columns
WITH date($asOf) AS d, $revision AS k
CALL (d, k) {
  MATCH (c:Entity)
  WHERE $columnLabel IN labels(c) AND c.knownFrom <= k < c.knownTo
    AND (c.validFrom IS NULL OR c.validFrom <= d) AND (c.validTo IS NULL OR c.validTo >= d)
  RETURN collect(c) AS columnNodes
}
CALL (d, k, columnNodes) {
  MATCH (i:Instrument)
  WHERE i.knownFrom <= k < i.knownTo AND (i.validFrom IS NULL OR i.validFrom <= d) AND (i.validTo IS NULL OR i.validTo >= d)
    AND (size($kinds) = 0 OR any(kind IN coalesce(i.kinds, [i.kind]) WHERE kind IN $kinds))
    AND (size($actors) = 0 OR EXISTS {
      MATCH (i)-[r]->(x:Actor)
      WHERE type(r) IN $roles AND r.knownFrom <= k < r.knownTo
        AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
        AND (x.id IN $actors OR EXISTS {
          MATCH (x)-[chain*1..2]->(m:Actor)
          WHERE m.id IN $actors AND all(s IN chain WHERE type(s) IN $chainTypes AND s.knownFrom <= k < s.knownTo
            AND (s.validFrom IS NULL OR s.validFrom <= d) AND (s.validTo IS NULL OR s.validTo >= d))
        })
    })
  WITH i, columnNodes,
    [(i)-[r]->(a:Actor) WHERE type(r) IN $roles AND r.knownFrom <= k < r.knownTo AND a.knownFrom <= k < a.knownTo
      AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
      | { role: type(r), node: { labels: labels(a), props: properties(a), names: [(a)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] } }] AS actors
  WITH i, actors,
    [(i)-[r]->(c) WHERE type(r) = $columnType AND c IN columnNodes AND r.knownFrom <= k < r.knownTo
      AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
      | { column: c.id, validFrom: r.validFrom, validTo: r.validTo, confidence: r.confidence, sourceIds: coalesce(r.sourceIds, []) }] AS cells
  RETURN collect({ node: { labels: labels(i), props: properties(i), names: [(i)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] }, actors: actors, cells: cells }) AS rows
}
RETURN rows,
  [c IN columnNodes | { labels: labels(c), props: properties(c), names: [(c)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] }] AS columns
