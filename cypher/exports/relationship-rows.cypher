// One relationship type's relationships in force on $asOf as published at $revision, from the
// entities of one label (in id order, by the order-id index) to entities in force then: one row
// each with both ends' ids and its stored properties. Sorted only within one entity's
// relationships, so memory does not grow with the graph.
// Parameters: $labelLow, $labelHigh, $type, $asOf, $revision
// Returns: fromId, toId, props
WITH date($asOf) AS d
MATCH (a:Entity)
WHERE $labelLow < a.orderId < $labelHigh AND a.knownFrom <= $revision < a.knownTo
  AND (a.validFrom IS NULL OR a.validFrom <= d) AND (a.validTo IS NULL OR a.validTo >= d)
WITH a, d
ORDER BY a.orderId
CALL (a, d) {
  MATCH (a)-[r]->(b:Entity)
  WHERE type(r) = $type AND r.knownFrom <= $revision < r.knownTo
    AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
    AND (b.validFrom IS NULL OR b.validFrom <= d) AND (b.validTo IS NULL OR b.validTo >= d)
  RETURN b.id AS toId, properties(r) AS props
  ORDER BY toId, props.validFrom
}
RETURN a.id AS fromId, toId, props
