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
  // Read before the delete: a deleted relationship's properties cannot be read afterwards.
  WITH r, r.knownFrom = $revision AS fresh
  CALL (r, fresh) { WITH r WHERE NOT fresh SET r.knownTo = $revision }
  CALL (r, fresh) { WITH r WHERE fresh DELETE r }
  RETURN count(*) AS relationships
}
RETURN count(n) AS closed
