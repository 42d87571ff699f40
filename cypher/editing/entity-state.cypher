// What compiling a change needs to know about its entity now: the current record (labels,
// properties, version), its current outgoing relationships with the record at the other end, its
// name periods; and which of $otherIds are current records (cited sources, actors, targets), with
// their labels and confidence. `entity` is null when no current record has $id.
// Parameters: $id, $otherIds, $open
// Returns: entity, links, others
OPTIONAL MATCH (n:Seeded {currentId: $id})
CALL (n) {
  OPTIONAL MATCH (n)-[r]->(o:Seeded)
  WHERE r.knownTo = $open
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE { type: type(r), to: o.id, toLabels: labels(o), props: properties(r), toProps: CASE WHEN type(r) = 'HAS_NAME' THEN properties(o) END } END) AS links
}
CALL () {
  UNWIND $otherIds AS otherId
  MATCH (o:Seeded {currentId: otherId})
  RETURN collect({ id: o.id, labels: labels(o), confidence: o.confidence }) AS others
}
RETURN CASE WHEN n IS NULL THEN null ELSE { labels: labels(n), props: properties(n) } END AS entity, links, others
