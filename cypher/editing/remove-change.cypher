// Removes one change from its author's draft. No row when the change set is not that author's
// draft or has no such change.
// Parameters: $changeSetId, $changeId, $authorEmail
// Returns: removed
MATCH (cs:ChangeSet {id: $changeSetId})-[:HAS_CHANGE]->(c:Change {id: $changeId})
WHERE cs.status = 'DRAFT' AND cs.authorEmail = $authorEmail
DETACH DELETE c
RETURN count(*) AS removed
