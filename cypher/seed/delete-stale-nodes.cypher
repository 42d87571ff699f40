// Removes seeded nodes that are no longer in the seed files, with their relationships.
// Parameters: $ids (every seeded id)
// Returns: deleted
MATCH (n:Seeded)
WHERE NOT n.id IN $ids
DETACH DELETE n
RETURN count(*) AS deleted
