// One page of change sets with the given statuses, newest first (keyset on createdAt, then id),
// each with its changes in order. A draft is listed for its author only ($viewerEmail).
// Parameters: $statuses, $viewerEmail, $afterCreatedAt (ISO date-time, '' for the first page), $afterId, $limit
// Returns: changeSet, changes
MATCH (cs:ChangeSet)
WHERE cs.status IN $statuses
  AND (cs.status <> 'DRAFT' OR cs.authorEmail = $viewerEmail)
  AND ($afterCreatedAt = '' OR cs.createdAt < datetime($afterCreatedAt) OR (cs.createdAt = datetime($afterCreatedAt) AND cs.id < $afterId))
WITH cs
ORDER BY cs.createdAt DESC, cs.id DESC
LIMIT $limit
CALL (cs) {
  OPTIONAL MATCH (cs)-[:HAS_CHANGE]->(c:Change)
  WITH c ORDER BY c.seq
  RETURN collect(c { .* }) AS changes
}
RETURN cs { .*, createdAt: toString(cs.createdAt), submittedAt: toString(cs.submittedAt), reviewedAt: toString(cs.reviewedAt), publishedAt: toString(cs.publishedAt) } AS changeSet, changes
