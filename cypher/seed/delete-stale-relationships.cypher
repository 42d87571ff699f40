// Removes seeded relationships that are no longer in the seed files.
// Parameters: $keys (every seed key)
// Returns: deleted
MATCH (:Seeded)-[r]->(:Seeded)
WHERE NOT r.seedKey IN $keys
DELETE r
RETURN count(*) AS deleted
