// The newest publication: what the live-update watcher compares with what it last sent, and what a
// feed's ETag and Last-Modified follow. One seek at the end of the revision index; revision 0 and
// no time before the first import.
// Parameters: none
// Returns: revision, publishedAt
OPTIONAL MATCH (p:Publication)
WITH p
ORDER BY p.revision DESC
LIMIT 1
RETURN coalesce(p.revision, 0) AS revision, toString(p.publishedAt) AS publishedAt
