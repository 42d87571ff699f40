// The change feed: published changes, newest first, keyset on (revision, seq) read in the order of
// the publication revision index. One row per change, and one (seq 0) for a publication that
// stored no changes (the first seed import: its record is the seed files, decision 0008). Drafts
// and change sets waiting for review never appear: only a change set marked PUBLISHED at its own
// publication's revision. The entity is the record the change names as published then (or, when
// that publication closed it, as known just before), so its type and name are those of the day.
// $labels empty: every type; otherwise only changes to entities with one of those labels (a
// publication without changes is about no entity and is left out then). $since is always an
// instant (the epoch when the caller gives none): one type per parameter, one cached plan.
// Parameters: $beforeRevision, $beforeSeq, $afterRevision, $since, $labels, $limit
// Returns: publication, changeSet, change, entity, sources, recordCount
MATCH (p:Publication)
WHERE $afterRevision < p.revision <= $beforeRevision
  AND p.publishedAt >= datetime($since)
MATCH (cs:ChangeSet {id: p.changeSetId})
WHERE cs.status = 'PUBLISHED' AND cs.revision = p.revision
OPTIONAL MATCH (cs)-[:HAS_CHANGE]->(c:Change)
WITH p, cs, c, coalesce(c.seq, 0) AS seq
WHERE p.revision < $beforeRevision OR seq < $beforeSeq
CALL (p, c) {
  OPTIONAL MATCH (after:Seeded {id: c.entityId})
  WHERE after.knownFrom <= p.revision AND p.revision < after.knownTo
  OPTIONAL MATCH (before:Seeded {id: c.entityId})
  WHERE before.knownFrom <= p.revision - 1 AND p.revision - 1 < before.knownTo
  RETURN coalesce(after, before) AS n
}
WITH p, cs, c, seq, n
WHERE size($labels) = 0 OR (n IS NOT NULL AND any(label IN labels(n) WHERE label IN $labels))
WITH p, cs, c, seq, n
ORDER BY p.revision DESC, seq DESC
LIMIT $limit
CALL (p, c) {
  OPTIONAL MATCH (s:Seeded)
  WHERE s.id IN coalesce(c.sourceIds, []) AND s:Source AND s.knownFrom <= p.revision AND p.revision < s.knownTo
  RETURN collect(s { .id, .title, .url, .publisher }) AS sources
}
RETURN p { .revision, publishedAt: toString(p.publishedAt), .kind, .changeSetId, .title } AS publication,
  cs { .id, .title, .reason, .authorName, .reviewerName } AS changeSet,
  c { .* } AS change,
  CASE WHEN n IS NULL THEN null ELSE n { .id, labels: labels(n), .name_nb, .name_nn, .name_en, .title, .text_nb, .text_nn, .text_en } END AS entity,
  sources,
  CASE WHEN c IS NULL THEN COUNT { MATCH (e:Entity) WHERE e.knownFrom = p.revision } ELSE null END AS recordCount
