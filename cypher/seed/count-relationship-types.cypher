// Number of current relationships between seeded records per type.
// Parameters: $open
// Returns: type, count
MATCH (:Seeded)-[r]->(:Seeded)
WHERE r.knownTo = $open
RETURN type(r) AS type, count(*) AS count
ORDER BY type
