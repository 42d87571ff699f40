// One label's entities in force on $asOf as published at $revision, in id order, one row each with
// its stored properties: what a CSV export streams. A range seek on the order-id index in index
// order ($labelLow/$labelHigh bound one label, order-keys.ts), so rows leave as they are found and
// nothing is sorted however large the graph.
// Parameters: $labelLow, $labelHigh, $asOf, $revision
// Returns: props
WITH date($asOf) AS d
MATCH (n:Entity)
WHERE $labelLow < n.orderId < $labelHigh AND n.knownFrom <= $revision < n.knownTo
  AND (n.validFrom IS NULL OR n.validFrom <= d) AND (n.validTo IS NULL OR n.validTo >= d)
RETURN properties(n) AS props
ORDER BY n.orderId
