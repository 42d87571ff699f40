// The typed relations between instruments ($types) as published at $revision, in id order: the
// `relations` list of a seeds export.
// Parameters: $types, $revision
// Returns: type, fromId, toId, props
MATCH (a:Instrument)-[r]->(b:Instrument)
WHERE type(r) IN $types AND r.knownFrom <= $revision < r.knownTo
RETURN type(r) AS type, a.id AS fromId, b.id AS toId, properties(r) AS props
ORDER BY r.id
