// The newest publication: what the live-update watcher compares with what it last sent, and what a
// feed's ETag and Last-Modified follow. The range predicate lets the planner read the revision
// index backwards and stop at its first entry (without it, it read every publication and sorted);
// revision 0 and no time before the first import.
// Parameters: none
// Returns: revision, publishedAt
OPTIONAL CALL () {
  MATCH (p:Publication)
  WHERE p.revision > 0
  RETURN p
  ORDER BY p.revision DESC
  LIMIT 1
}
RETURN coalesce(p.revision, 0) AS revision, toString(p.publishedAt) AS publishedAt
