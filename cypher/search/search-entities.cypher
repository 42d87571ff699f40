// Full-text search over entity names, abbreviations and descriptions (all three languages) and
// over earlier names (NamePeriod hits count for the entity that had the name). Best score per
// entity, highest first.
// Only records known at revision $revision count (decision 0008; CURRENT_REVISION for the graph now).
// Parameters: $query, $revision, $labels, $limit
// Returns: score, matchedFormerName, node
CALL db.index.fulltext.queryNodes('entity_text_v2', $query) YIELD node AS hit, score
WITH hit, score,
  CASE WHEN hit:NamePeriod THEN head([(owner:Entity)-[h:HAS_NAME]->(hit) WHERE h.knownFrom <= $revision < h.knownTo | owner]) ELSE hit END AS entity
WHERE entity IS NOT NULL AND entity.knownFrom <= $revision < entity.knownTo AND any(label IN labels(entity) WHERE label IN $labels)
WITH entity, max(score) AS score,
  head(collect(CASE WHEN hit:NamePeriod THEN hit.name_nb END)) AS matchedFormerName
ORDER BY score DESC, entity.id
LIMIT $limit
RETURN score, matchedFormerName,
  { labels: labels(entity), props: properties(entity), names: [(entity)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= $revision < h.knownTo | properties(p)] } AS node
