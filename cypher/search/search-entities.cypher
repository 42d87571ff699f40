// Full-text search over entity names, abbreviations and descriptions (all three languages) and
// over earlier names (NamePeriod hits count for the entity that had the name). Best score per
// entity, highest first.
// Parameters: $query, $labels, $limit
// Returns: score, matchedFormerName, node
CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node AS hit, score
WITH hit, score,
  CASE WHEN hit:NamePeriod THEN head([(owner:Entity)-[:HAS_NAME]->(hit) | owner]) ELSE hit END AS entity
WHERE entity IS NOT NULL AND any(label IN labels(entity) WHERE label IN $labels)
WITH entity, max(score) AS score,
  head(collect(CASE WHEN hit:NamePeriod THEN hit.name_nb END)) AS matchedFormerName
ORDER BY score DESC, entity.id
LIMIT $limit
RETURN score, matchedFormerName,
  { labels: labels(entity), props: properties(entity), names: [(entity)-[:HAS_NAME]->(p:NamePeriod) | properties(p)] } AS node
