// Number of relationships between seeded nodes per type.
// Parameters: none
// Returns: type, count
MATCH (:Seeded)-[r]->(:Seeded)
RETURN type(r) AS type, count(*) AS count
ORDER BY type
