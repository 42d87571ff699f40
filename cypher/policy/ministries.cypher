// The ministries in force at $asOf (actors of kind `ministry`), for the ministry view's index.
// Records are those known at revision $revision (decision 0008; CURRENT_REVISION for the graph now).
// Parameters: $asOf, $revision
// Returns: node
WITH date($asOf) AS d, $revision AS k
MATCH (a:Actor)
WHERE a.kind = 'ministry' AND a.knownFrom <= k < a.knownTo
  AND (a.validFrom IS NULL OR a.validFrom <= d) AND (a.validTo IS NULL OR a.validTo >= d)
RETURN { labels: labels(a), props: properties(a), names: [(a)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] } AS node
