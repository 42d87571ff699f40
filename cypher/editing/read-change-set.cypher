// One change set by id with its changes in order; no row when there is none.
// Parameters: $id
// Returns: changeSet, changes
MATCH (cs:ChangeSet {id: $id})
CALL (cs) {
  OPTIONAL MATCH (cs)-[:HAS_CHANGE]->(c:Change)
  WITH c ORDER BY c.seq
  RETURN collect(c { .* }) AS changes
}
RETURN cs { .*, createdAt: toString(cs.createdAt), submittedAt: toString(cs.submittedAt), reviewedAt: toString(cs.reviewedAt), publishedAt: toString(cs.publishedAt) } AS changeSet, changes
