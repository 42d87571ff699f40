// The newest publications first: what `knownAt` can go back to.
// Parameters: $limit
// Returns: revision, publishedAt, kind, changeSetId, title
MATCH (p:Publication)
WITH p ORDER BY p.revision DESC LIMIT $limit
RETURN p.revision AS revision, toString(p.publishedAt) AS publishedAt, p.kind AS kind, p.changeSetId AS changeSetId, p.title AS title
