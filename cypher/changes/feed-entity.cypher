// The entity an Atom feed URI names (/feeds/{slug}/{id}.atom): its latest record with the label the
// slug stands for, at any revision (an entity that has ended still has a history), with its name;
// and the newest publication (the end of the revision index, as in newest-publication.cypher),
// which the feed's ETag and Last-Modified follow. No entity: a 404.
// Parameters: $id, $label
// Returns: entity, revision, publishedAt
OPTIONAL CALL () {
  MATCH (n:Entity {id: $id})
  WHERE $label IN labels(n)
  RETURN n
  ORDER BY n.knownTo DESC
  LIMIT 1
}
OPTIONAL CALL () {
  MATCH (p:Publication)
  WHERE p.revision > 0
  RETURN p
  ORDER BY p.revision DESC
  LIMIT 1
}
RETURN CASE WHEN n IS NULL THEN null ELSE n { .id, labels: labels(n), .name_nb, .name_nn, .name_en, .title, .text_nb, .text_nn, .text_en } END AS entity,
  coalesce(p.revision, 0) AS revision,
  toString(p.publishedAt) AS publishedAt
