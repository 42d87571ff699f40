// Starts a change set: a draft by an editor, or a seed import's differences (submitted at once,
// or published at once when the graph has no edits).
// Parameters: $changeSet (map: id, title, reason, kind, status, authorName, authorEmail)
// Returns: id
CREATE (cs:ChangeSet)
SET cs = $changeSet,
    cs.createdAt = datetime.realtime(),
    cs.submittedAt = CASE WHEN $changeSet.status <> 'DRAFT' THEN datetime.realtime() END
RETURN cs.id AS id
