// The revision of the newest publication at or before $knownAt (an index seek, newest first); 0
// before the first import, when the graph held nothing.
// Parameters: $knownAt
// Returns: revision
OPTIONAL MATCH (p:Publication)
WHERE p.publishedAt <= datetime($knownAt)
WITH p
ORDER BY p.publishedAt DESC
LIMIT 1
RETURN coalesce(p.revision, 0) AS revision
