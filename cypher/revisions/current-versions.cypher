// The current record of each id a publication touches: its version, labels and properties (null
// columns when no current record has the id). Read after the lock, so what it says holds until
// the publication commits.
// Parameters: $ids
// Returns: id, version, labels, props
UNWIND $ids AS id
OPTIONAL MATCH (n:Seeded {currentId: id})
RETURN id, coalesce(n.version, CASE WHEN n IS NULL THEN null ELSE 1 END) AS version, labels(n) AS labels, properties(n) AS props
