// One label's entities in force on $asOf as published at $revision, in id order, each with its
// stored properties and its name periods: what the CPSV-AP-NO export writes for actors, legal
// bases, target groups and goals, and what /id/ describes for one entity ($labelLow/$labelHigh
// around its id). A range seek on the order-id index in index order (order-keys.ts), so rows
// leave as they are found and nothing is sorted however large the graph.
// Parameters: $labelLow, $labelHigh, $asOf, $revision
// Returns: props, names
WITH date($asOf) AS d, $revision AS k
MATCH (n:Entity)
WHERE $labelLow < n.orderId < $labelHigh AND n.knownFrom <= k < n.knownTo
  AND (n.validFrom IS NULL OR n.validFrom <= d) AND (n.validTo IS NULL OR n.validTo >= d)
WITH n, k
ORDER BY n.orderId
RETURN properties(n) AS props,
  [(n)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] AS names
