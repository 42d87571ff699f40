// Adds changes to a change set that is still open for them ($statuses: a draft for an editor; a
// seed import's own set while it is filed). Each change keeps its operation's input, its record
// operations and its field diff as JSON. No row when the change set is not in one of $statuses.
// Parameters: $changeSetId, $statuses, $changes (list of {id, operation, entityId, entityLabel, baseVersion, reason, sourceIds, input, records, fields})
// Returns: added
MATCH (cs:ChangeSet {id: $changeSetId})
WHERE cs.status IN $statuses
CALL (cs) {
  OPTIONAL MATCH (cs)-[:HAS_CHANGE]->(existing:Change)
  RETURN coalesce(max(existing.seq), 0) AS last
}
UNWIND range(0, size($changes) - 1) AS index
WITH cs, last, index, $changes[index] AS change
CREATE (cs)-[:HAS_CHANGE]->(c:Change)
SET c = change,
    c.changeSetId = cs.id,
    c.seq = last + index + 1
RETURN count(c) AS added
