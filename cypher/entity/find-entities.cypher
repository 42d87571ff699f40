// Entities by label, ids and filters, one keyset page ordered by (sortValue, id), each projected
// with its name periods and every relationship in force at $asOf (REPLACED_BY always, as history)
// together with a summary of the node at the other end (criteria in full), and an instrument's
// details (pages, processing time, appeal deadline, documents); plus every source cited anywhere
// in the answer.
// One statement serves node(id:), instrument(slug:) and every list field.
// Parameters: $asOf, $label, $ids, $kind, $actor, $targetGroup, $goal, $strategy, $inForce, $supplySide, $sortKey, $langKey, $afterKey, $afterId, $limit
// Returns: total, entities, citedSources
WITH date($asOf) AS d
CALL () {
  // A lookup by ids seeks the id index; only a list (no ids) reads every entity.
  UNWIND coalesce($ids, []) AS id
  MATCH (n:Entity {id: id})
  RETURN n
  UNION
  UNWIND CASE WHEN $ids IS NULL THEN [true] ELSE [] END AS everyEntity
  MATCH (n:Entity)
  RETURN n
}
WITH d, n
WHERE ($label IS NULL OR $label IN labels(n))
  AND ($kind IS NULL OR $kind IN coalesce(n.kinds, [n.kind]))
  AND ($supplySide IS NULL OR coalesce(n.supplySide, false) = $supplySide)
  AND ($inForce IS NULL OR $inForce = ((n.validFrom IS NULL OR n.validFrom <= d) AND (n.validTo IS NULL OR n.validTo >= d)))
  AND ($actor IS NULL OR EXISTS {
    MATCH (n)-[r]-(:Actor {id: $actor})
    WHERE (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d) })
  AND ($targetGroup IS NULL OR EXISTS {
    MATCH (n)-[r]-(:TargetGroup {id: $targetGroup})
    WHERE (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d) })
  AND ($goal IS NULL OR EXISTS {
    MATCH (n)-[r]-(:Goal {id: $goal})
    WHERE (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d) })
  AND ($strategy IS NULL OR EXISTS {
    MATCH (n)-[r]-(:Strategy {id: $strategy})
    WHERE (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d) }
    OR EXISTS {
    MATCH (n)-[r:SERVES_GOAL]->(:Goal)<-[:HAS_GOAL]-(:Strategy {id: $strategy})
    WHERE (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d) })
WITH d, n,
  CASE $sortKey
    WHEN 'ID' THEN n.id
    WHEN 'VALID_FROM' THEN coalesce(toString(n.validFrom), '')
    ELSE toLower(coalesce(n['name_' + $langKey], n.name_nb, n['text_' + $langKey], n.text_nb, n.title, n.id))
  END AS sortValue
ORDER BY sortValue, n.id
WITH d, collect({ node: n, sortValue: sortValue }) AS matched
WITH d, size(matched) AS total,
  [m IN matched WHERE $afterId IS NULL OR m.sortValue > $afterKey OR (m.sortValue = $afterKey AND m.node.id > $afterId)][0..$limit] AS page
CALL (d, page) {
  UNWIND page AS m
  WITH d, m.node AS n, m.sortValue AS sortValue
  RETURN collect({
    sortValue: sortValue,
    labels: labels(n),
    props: properties(n),
    names: [(n)-[:HAS_NAME]->(p:NamePeriod) | properties(p)],
    details: [(n)-[:HAS_DETAIL]->(x:InstrumentDetail)
      WHERE (x.validFrom IS NULL OR x.validFrom <= d) AND (x.validTo IS NULL OR x.validTo >= d) | properties(x)],
    links: [(n)-[r]-(o:Entity)
      WHERE NOT type(r) IN ['SUPPORTED_BY', 'HAS_NAME']
        AND (type(r) = 'REPLACED_BY' OR (
          (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
          AND (o.validFrom IS NULL OR o.validFrom <= d) AND (o.validTo IS NULL OR o.validTo >= d)))
      | {
        type: type(r),
        direction: CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END,
        props: properties(r),
        // A criterion is shown in full; any other neighbour only as a summary (no descriptions).
        node: CASE WHEN o:Criterion
          THEN { labels: labels(o), props: properties(o), names: [] }
          ELSE { labels: labels(o),
            props: o { .id, .name_nb, .name_nn, .name_en, .abbreviation, .kind, .validFrom, .validTo },
            names: [(o)-[:HAS_NAME]->(q:NamePeriod) | q { .name_nb, .name_nn, .name_en, .abbreviation, .validFrom, .validTo }] }
        END
      }]
  }) AS entities
}
CALL (entities) {
  // Unwound rather than concatenated: building one list with reduce() is quadratic in its length.
  UNWIND entities AS e
  UNWIND [e.props] + e.names + e.details + [l IN e.links | l.props] + [l IN e.links | l.node.props] AS cited
  UNWIND coalesce(cited.sourceIds, []) AS sourceId
  WITH DISTINCT sourceId
  MATCH (s:Seeded {id: sourceId})
  WHERE s:Source
  RETURN collect(properties(s)) AS citedSources
}
RETURN total, entities, citedSources
