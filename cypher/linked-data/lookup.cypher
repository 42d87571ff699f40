// The newest record of entity $id published at or before $revision, current or closed since, with
// its validity: what /id/ needs to describe an entity's latest known state, also after it ended
// (validTo passed) or left the graph (knownTo ≤ $revision). The id index answers it.
// Parameters: $id, $revision
// Returns: labels, validFrom, validTo, knownTo
MATCH (n:Entity {id: $id})
WHERE n.knownFrom <= $revision
RETURN labels(n) AS labels, n.validFrom AS validFrom, n.validTo AS validTo, n.knownTo AS knownTo
ORDER BY n.knownFrom DESC
LIMIT 1
