// Removes records from the current graph (a seed entry that is gone): each is closed at $revision
// with its current relationships (those created by this publication are deleted: never visible).
// Nothing is deleted from the history.
// Parameters: $ids, $revision, $open
// Returns: closed
UNWIND $ids AS id
MATCH (n:Seeded {currentId: id})
REMOVE n.currentId
SET n.knownTo = $revision
WITH n
CALL (n) {
  MATCH (n)-[r]-()
  WHERE r.knownTo = $open
  CALL (r) { WITH r WHERE r.knownFrom = $revision DELETE r }
  CALL (r) { WITH r WHERE r.knownFrom < $revision SET r.knownTo = $revision }
  RETURN count(*) AS relationships
}
RETURN count(n) AS closed
