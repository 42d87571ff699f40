// Seeded nodes written before revisions existed (no `knownFrom`): such a graph was an exact copy of
// seeds/, so start-up replaces it with a fresh import.
// Parameters: none
// Returns: count
MATCH (n:Seeded)
WHERE n.knownFrom IS NULL
RETURN count(n) AS count
