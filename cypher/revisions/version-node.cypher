// Copy on write (decision 0008): closes the current record of $id at $revision and creates its
// successor with the same properties and labels, `version + 1`, known from $revision. Every current
// relationship of the old record, either direction, is closed and re-created on the new one, so a
// relationship known at a revision always joins two records known then. A relationship created by
// this same publication was never visible: it is moved, not closed (deleted and re-created).
// Parameters: $id, $revision, $open
// Returns: version, moved
MATCH (old:Seeded {currentId: $id})
REMOVE old.currentId
SET old.knownTo = $revision
WITH old
CREATE (new:Seeded)
SET new = properties(old),
    new:$(labels(old)),
    new.currentId = $id,
    new.version = coalesce(old.version, 1) + 1,
    new.knownFrom = $revision,
    new.knownTo = $open
WITH old, new
CALL (old, new) {
  MATCH (old)-[r]->(other)
  WHERE r.knownTo = $open
  CREATE (new)-[copy:$(type(r))]->(other)
  SET copy = properties(r), copy.knownFrom = $revision
  // Read before the delete: a deleted relationship's properties cannot be read afterwards.
  WITH r, r.knownFrom = $revision AS fresh
  CALL (r, fresh) { WITH r WHERE NOT fresh SET r.knownTo = $revision }
  CALL (r, fresh) { WITH r WHERE fresh DELETE r }
  RETURN count(*) AS outgoing
}
CALL (old, new) {
  MATCH (old)<-[r]-(other)
  WHERE r.knownTo = $open
  CREATE (new)<-[copy:$(type(r))]-(other)
  SET copy = properties(r), copy.knownFrom = $revision
  // Read before the delete: a deleted relationship's properties cannot be read afterwards.
  WITH r, r.knownFrom = $revision AS fresh
  CALL (r, fresh) { WITH r WHERE NOT fresh SET r.knownTo = $revision }
  CALL (r, fresh) { WITH r WHERE fresh DELETE r }
  RETURN count(*) AS incoming
}
RETURN new.version AS version, outgoing + incoming AS moved
