// The change feed of a few entities ($ids): their published changes, newest first, keyset on
// (revision, seq) as in changes/changes.cypher, but starting from the change index by entity id,
// so an entity's feed costs its own changes however long the graph's history is (the hint keeps
// the planner from starting at the publications, which it preferred on a short history). The
// entity is the record as published then (or just before, when that publication closed it). $labels empty: any
// type. $since is always an instant (the epoch when the caller gives none).
// Parameters: $ids, $beforeRevision, $beforeSeq, $since, $labels, $limit
// Returns: publication, changeSet, change, entity, sources, recordCount
MATCH (c:Change)
USING INDEX c:Change(entityId)
WHERE c.entityId IN $ids
MATCH (cs:ChangeSet)-[:HAS_CHANGE]->(c)
WHERE cs.status = 'PUBLISHED'
  AND (cs.revision < $beforeRevision OR (cs.revision = $beforeRevision AND c.seq < $beforeSeq))
// Each change's own publication, by the revision index (a join on the publication time index was
// the planner's other choice, reading every publication).
CALL (cs) {
  MATCH (p:Publication {revision: cs.revision})
  WHERE p.changeSetId = cs.id
  RETURN p
}
WITH cs, c, p
WHERE p.publishedAt >= datetime($since)
CALL (p, c) {
  OPTIONAL MATCH (after:Seeded {id: c.entityId})
  WHERE after.knownFrom <= p.revision AND p.revision < after.knownTo
  OPTIONAL MATCH (before:Seeded {id: c.entityId})
  WHERE before.knownFrom <= p.revision - 1 AND p.revision - 1 < before.knownTo
  RETURN coalesce(after, before) AS n
}
WITH p, cs, c, n
WHERE size($labels) = 0 OR (n IS NOT NULL AND any(label IN labels(n) WHERE label IN $labels))
WITH p, cs, c, n
ORDER BY p.revision DESC, c.seq DESC
LIMIT $limit
CALL (p, c) {
  OPTIONAL MATCH (s:Seeded)
  WHERE s.id IN c.sourceIds AND s:Source AND s.knownFrom <= p.revision AND p.revision < s.knownTo
  RETURN collect(s { .id, .title, .url, .publisher }) AS sources
}
RETURN p { .revision, publishedAt: toString(p.publishedAt), .kind, .changeSetId, .title } AS publication,
  cs { .id, .title, .reason, .authorName, .reviewerName } AS changeSet,
  c { .* } AS change,
  CASE WHEN n IS NULL THEN null ELSE n { .id, labels: labels(n), .name_nb, .name_nn, .name_en, .title, .text_nb, .text_nn, .text_en } END AS entity,
  sources,
  null AS recordCount
