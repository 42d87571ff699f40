// Removes relationships from the current graph: their start record was versioned by this
// publication, so the current relationship is this publication's own copy (never visible) and is
// deleted; the record it was copied from stays, closed at $revision, in the history.
// Parameters: $relationships (list of {id, type, from, to}), $revision
// Returns: closed
UNWIND $relationships AS row
MATCH (a:Seeded {currentId: row.from})-[r]->(b:Seeded {currentId: row.to})
WHERE type(r) = row.type AND r.id = row.id AND r.knownFrom = $revision
DELETE r
RETURN count(*) AS closed
