// An entity's history (Endringslogg): the published changes naming it, newest first (keyset on
// revision, then the change's order within its change set).
// Parameters: $id, $beforeRevision, $beforeSeq, $limit
// Returns: changeSet, change
MATCH (c:Change {entityId: $id})
MATCH (cs:ChangeSet)-[:HAS_CHANGE]->(c)
WHERE cs.status = 'PUBLISHED'
  AND (cs.revision < $beforeRevision OR (cs.revision = $beforeRevision AND c.seq < $beforeSeq))
WITH cs, c
ORDER BY cs.revision DESC, c.seq DESC
LIMIT $limit
RETURN cs { .id, .title, .kind, .status, .authorName, .authorEmail, .reviewerName, .reviewerEmail, .revision, publishedAt: toString(cs.publishedAt) } AS changeSet, c { .* } AS change
