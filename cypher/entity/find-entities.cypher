// Entities by ids, or one keyset page of a label's entities, each projected with exactly what the
// GraphQL selection asked for ($plan, from read-plan.ts): the properties listed, and only when
// asked its name periods, its details in force, its relationships in force of the types listed
// (REPLACED_BY always, as history) with the properties listed of the node at the other end, and
// the sources cited anywhere in the answer. Every piece a selection does not need is behind a
// CASE on $plan and costs nothing.
// A page is a range seek on one order-key index ($order names it; order-keys.ts) in index order,
// so it reads `$limit` entities plus those the filters skip, however large the graph; a page of
// one neighbour's entities ($filter.via) starts from that neighbour instead. `total` is counted only
// when $withTotal.
// Every parameter has one type whatever the request (no nulls at the top level): Neo4j caches a
// plan per parameter types, and planning this statement takes seconds.
// Every node sought and every relationship followed is the record known at revision $revision
// (decision 0008; CURRENT_REVISION for the graph now); a relationship known then joins two records
// known then, so the node at its far end needs no test of its own.
// Parameters: $asOf, $revision, $byIds, $lookup (map: ids, label), $order, $low, $high, $labelLow, $labelHigh, $limit, $filtered, $filter (map: via, kind, supplySide, inForce, linkedTo, strategy), $withTotal, $plan
// Returns: total, entities, citedSources
WITH date($asOf) AS d, $revision AS k
CALL (d, k) {
  // Every entity a filtered list admits, unordered: read only for a filtered list or a total.
  UNWIND CASE WHEN NOT $byIds AND ($filtered OR $withTotal) THEN [true] ELSE [] END AS go
  CALL (d, k) {
    // One neighbour's entities: its relationships in force, however large the graph.
    UNWIND CASE WHEN $filter.via <> '' THEN [true] ELSE [] END AS go
    MATCH (:Entity {id: $filter.via})-[v]-(n:Entity)
    WHERE v.knownFrom <= k < v.knownTo AND (v.validFrom IS NULL OR v.validFrom <= d) AND (v.validTo IS NULL OR v.validTo >= d)
    RETURN DISTINCT n
    UNION
    UNWIND CASE WHEN $filter.via = '' THEN [true] ELSE [] END AS go
    MATCH (n:Entity) WHERE $labelLow < n.orderId < $labelHigh AND n.knownFrom <= k < n.knownTo
    RETURN n
  }
  WITH d, k, n
  WHERE ($filter.kind IS NULL OR $filter.kind IN coalesce(n.kinds, [n.kind]))
    AND ($filter.supplySide IS NULL OR coalesce(n.supplySide, false) = $filter.supplySide)
    AND ($filter.inForce IS NULL OR $filter.inForce = ((n.validFrom IS NULL OR n.validFrom <= d) AND (n.validTo IS NULL OR n.validTo >= d)))
    AND all(other IN $filter.linkedTo WHERE EXISTS { MATCH (n)-[r]-(:Entity {id: other}) WHERE r.knownFrom <= k < r.knownTo AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d) })
    AND ($filter.strategy IS NULL OR EXISTS { MATCH (n)-[r]-(:Strategy {id: $filter.strategy}) WHERE r.knownFrom <= k < r.knownTo AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d) }
      OR EXISTS { MATCH (n)-[r:SERVES_GOAL]->(:Goal)<-[h:HAS_GOAL]-(:Strategy {id: $filter.strategy}) WHERE r.knownFrom <= k < r.knownTo AND h.knownFrom <= k < h.knownTo AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d) })
  RETURN collect(n) AS matches
}
// Optional: an empty page is still one row, so the total and the sources still come back.
OPTIONAL CALL (d, k, matches) {
  // By ids, in the order given; the id index answers each.
  UNWIND $lookup.ids AS id
  MATCH (n:Entity {id: id})
  WHERE n.knownFrom <= k < n.knownTo AND ($lookup.label = '' OR $lookup.label IN labels(n))
  RETURN n, null AS key
  UNION
  MATCH (n:Entity)
  WHERE CASE WHEN NOT $byIds AND NOT $filtered AND $order = 'orderName_nb' THEN $low ELSE '' END < n.orderName_nb
    < CASE WHEN NOT $byIds AND NOT $filtered AND $order = 'orderName_nb' THEN $high ELSE '' END
    AND n.knownFrom <= k < n.knownTo
    AND ($filter.inForce IS NULL OR $filter.inForce = ((n.validFrom IS NULL OR n.validFrom <= d) AND (n.validTo IS NULL OR n.validTo >= d)))
  RETURN n, n.orderName_nb AS key ORDER BY key LIMIT $limit
  UNION
  MATCH (n:Entity)
  WHERE CASE WHEN NOT $byIds AND NOT $filtered AND $order = 'orderName_nn' THEN $low ELSE '' END < n.orderName_nn
    < CASE WHEN NOT $byIds AND NOT $filtered AND $order = 'orderName_nn' THEN $high ELSE '' END
    AND n.knownFrom <= k < n.knownTo
    AND ($filter.inForce IS NULL OR $filter.inForce = ((n.validFrom IS NULL OR n.validFrom <= d) AND (n.validTo IS NULL OR n.validTo >= d)))
  RETURN n, n.orderName_nn AS key ORDER BY key LIMIT $limit
  UNION
  MATCH (n:Entity)
  WHERE CASE WHEN NOT $byIds AND NOT $filtered AND $order = 'orderName_en' THEN $low ELSE '' END < n.orderName_en
    < CASE WHEN NOT $byIds AND NOT $filtered AND $order = 'orderName_en' THEN $high ELSE '' END
    AND n.knownFrom <= k < n.knownTo
    AND ($filter.inForce IS NULL OR $filter.inForce = ((n.validFrom IS NULL OR n.validFrom <= d) AND (n.validTo IS NULL OR n.validTo >= d)))
  RETURN n, n.orderName_en AS key ORDER BY key LIMIT $limit
  UNION
  MATCH (n:Entity)
  WHERE CASE WHEN NOT $byIds AND NOT $filtered AND $order = 'orderId' THEN $low ELSE '' END < n.orderId
    < CASE WHEN NOT $byIds AND NOT $filtered AND $order = 'orderId' THEN $high ELSE '' END
    AND n.knownFrom <= k < n.knownTo
    AND ($filter.inForce IS NULL OR $filter.inForce = ((n.validFrom IS NULL OR n.validFrom <= d) AND (n.validTo IS NULL OR n.validTo >= d)))
  RETURN n, n.orderId AS key ORDER BY key LIMIT $limit
  UNION
  MATCH (n:Entity)
  WHERE CASE WHEN NOT $byIds AND NOT $filtered AND $order = 'orderValidFrom' THEN $low ELSE '' END < n.orderValidFrom
    < CASE WHEN NOT $byIds AND NOT $filtered AND $order = 'orderValidFrom' THEN $high ELSE '' END
    AND n.knownFrom <= k < n.knownTo
    AND ($filter.inForce IS NULL OR $filter.inForce = ((n.validFrom IS NULL OR n.validFrom <= d) AND (n.validTo IS NULL OR n.validTo >= d)))
  RETURN n, n.orderValidFrom AS key ORDER BY key LIMIT $limit
  UNION
  UNWIND CASE WHEN NOT $byIds AND $filtered THEN matches ELSE [] END AS n
  WITH n, n[$order] AS key
  WHERE $low < key < $high
  RETURN n, key ORDER BY key LIMIT $limit
}
WITH d, k, matches, collect(n) AS page
CALL (d, k, page) {
  UNWIND page AS n
  CALL (d, k, n) {
    // One typed expansion per relationship type and direction the selection asked for ('TYPE>'
    // outgoing, '<TYPE' incoming): an expansion by a list of types would read every relationship.
    WITH d, k, n,
      CASE WHEN 'FUNDED_BY>' IN $plan.links THEN [(n)-[r:FUNDED_BY]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'ADMINISTERED_BY>' IN $plan.links THEN [(n)-[r:ADMINISTERED_BY]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'DECIDED_BY>' IN $plan.links THEN [(n)-[r:DECIDED_BY]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'DELIVERED_BY>' IN $plan.links THEN [(n)-[r:DELIVERED_BY]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'APPLIES_TO>' IN $plan.links THEN [(n)-[r:APPLIES_TO]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'APPEALS_TO>' IN $plan.links THEN [(n)-[r:APPEALS_TO]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'BASED_ON>' IN $plan.links THEN [(n)-[r:BASED_ON]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'TARGETS>' IN $plan.links THEN [(n)-[r:TARGETS]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'SERVES_GOAL>' IN $plan.links THEN [(n)-[r:SERVES_GOAL]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'REQUIRES>' IN $plan.links THEN [(n)-[r:REQUIRES]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'COMBINES_WITH>' IN $plan.links THEN [(n)-[r:COMBINES_WITH]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'PRECONDITION_FOR>' IN $plan.links THEN [(n)-[r:PRECONDITION_FOR]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'EXCLUDES>' IN $plan.links THEN [(n)-[r:EXCLUDES]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'REPLACED_BY>' IN $plan.links THEN [(n)-[r:REPLACED_BY]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'ANSWERS_TO>' IN $plan.links THEN [(n)-[r:ANSWERS_TO]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'PART_OF>' IN $plan.links THEN [(n)-[r:PART_OF]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'OWNED_BY>' IN $plan.links THEN [(n)-[r:OWNED_BY]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'SUBGROUP_OF>' IN $plan.links THEN [(n)-[r:SUBGROUP_OF]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'HAS_GOAL>' IN $plan.links THEN [(n)-[r:HAS_GOAL]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'COMMITTED_BY>' IN $plan.links THEN [(n)-[r:COMMITTED_BY]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'PRIORITISES>' IN $plan.links THEN [(n)-[r:PRIORITISES]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'FOLLOWS>' IN $plan.links THEN [(n)-[r:FOLLOWS]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'COORDINATED_BY>' IN $plan.links THEN [(n)-[r:COORDINATED_BY]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'PUBLISHED_BY>' IN $plan.links THEN [(n)-[r:PUBLISHED_BY]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN 'HAS_MEMBER>' IN $plan.links THEN [(n)-[r:HAS_MEMBER]->(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<FUNDED_BY' IN $plan.links THEN [(n)<-[r:FUNDED_BY]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<ADMINISTERED_BY' IN $plan.links THEN [(n)<-[r:ADMINISTERED_BY]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<DECIDED_BY' IN $plan.links THEN [(n)<-[r:DECIDED_BY]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<DELIVERED_BY' IN $plan.links THEN [(n)<-[r:DELIVERED_BY]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<APPLIES_TO' IN $plan.links THEN [(n)<-[r:APPLIES_TO]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<APPEALS_TO' IN $plan.links THEN [(n)<-[r:APPEALS_TO]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<BASED_ON' IN $plan.links THEN [(n)<-[r:BASED_ON]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<TARGETS' IN $plan.links THEN [(n)<-[r:TARGETS]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<SERVES_GOAL' IN $plan.links THEN [(n)<-[r:SERVES_GOAL]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<REQUIRES' IN $plan.links THEN [(n)<-[r:REQUIRES]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<COMBINES_WITH' IN $plan.links THEN [(n)<-[r:COMBINES_WITH]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<PRECONDITION_FOR' IN $plan.links THEN [(n)<-[r:PRECONDITION_FOR]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<EXCLUDES' IN $plan.links THEN [(n)<-[r:EXCLUDES]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<REPLACED_BY' IN $plan.links THEN [(n)<-[r:REPLACED_BY]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<ANSWERS_TO' IN $plan.links THEN [(n)<-[r:ANSWERS_TO]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<PART_OF' IN $plan.links THEN [(n)<-[r:PART_OF]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<OWNED_BY' IN $plan.links THEN [(n)<-[r:OWNED_BY]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<SUBGROUP_OF' IN $plan.links THEN [(n)<-[r:SUBGROUP_OF]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<HAS_GOAL' IN $plan.links THEN [(n)<-[r:HAS_GOAL]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<COMMITTED_BY' IN $plan.links THEN [(n)<-[r:COMMITTED_BY]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<PRIORITISES' IN $plan.links THEN [(n)<-[r:PRIORITISES]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<FOLLOWS' IN $plan.links THEN [(n)<-[r:FOLLOWS]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<COORDINATED_BY' IN $plan.links THEN [(n)<-[r:COORDINATED_BY]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<PUBLISHED_BY' IN $plan.links THEN [(n)<-[r:PUBLISHED_BY]-(o:Entity) | [r, o]] ELSE [] END +
      CASE WHEN '<HAS_MEMBER' IN $plan.links THEN [(n)<-[r:HAS_MEMBER]-(o:Entity) | [r, o]] ELSE [] END AS pairs
    UNWIND pairs AS pair
    WITH d, k, n, pair[0] AS r, pair[1] AS o
    WHERE r.knownFrom <= k < r.knownTo AND (type(r) = 'REPLACED_BY' OR (
      (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
      AND (o.validFrom IS NULL OR o.validFrom <= d) AND (o.validTo IS NULL OR o.validTo >= d)))
    RETURN collect({
      type: type(r),
      direction: CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END,
      relProps: CASE WHEN $plan.relationships THEN r { .* } ELSE r { .id, .validFrom, .validTo } END,
      labels: labels(o),
      // A criterion is read as an entity; any other neighbour as a summary.
      nodeProps: CASE WHEN type(r) = 'REQUIRES' THEN [
      o { .id, .text_nb, .text_nn, .text_en },
      CASE WHEN $plan.criterion.about THEN o { .validFrom, .validTo, .kind, .kinds, .supplySide, .confidence } END,
      CASE WHEN $plan.criterion.texts THEN o { .description_nb, .description_nn, .description_en, .note_nb, .note_nn, .note_en, .howToApply_nb, .howToApply_nn, .howToApply_en,
        .noLegalBasisNote_nb, .noLegalBasisNote_nn, .noLegalBasisNote_en, .whyNot_nb, .whyNot_nn, .whyNot_en } END,
      CASE WHEN $plan.criterion.scalars THEN o { .instrumentId, .required, .discretionary, .test, .thresholdYear, .order, .municipalityNumber, .url, .reference } END,
      CASE WHEN $plan.criterion.source THEN o { .publisher, .url, .compiledOn, .verifiedOn, .verifiedAgainst, .verifiedCopy, .verifiedCopyDate, .verifiedUrl,
        .verificationNote_nb, .verificationNote_en, .urlFlag, .note_nb, .note_en } END,
      // Last, so the cited-sources step finds it.
      CASE WHEN $plan.sources THEN o { .sourceIds } END]
        ELSE [CASE $plan.lang
          WHEN 'nn' THEN o { .id, .name_nb, .name_nn, .abbreviation, .kind, .validFrom, .validTo }
          WHEN 'en' THEN o { .id, .name_nb, .name_en, .abbreviation, .kind, .validFrom, .validTo }
          ELSE o { .id, .name_nb, .abbreviation, .kind, .validFrom, .validTo } END] END,
      names: CASE WHEN $plan.summaryNames AND type(r) <> 'REQUIRES' AND EXISTS { (o)-[:HAS_NAME]->() }
        THEN [(o)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | p { .* }] ELSE [] END
    }) AS links
  }
  RETURN collect({
    // A list knows its label; only a lookup by id reads it.
    labels: CASE WHEN $byIds THEN labels(n) ELSE [$lookup.label] END,
    // Property groups (a map projection reads only the keys it names), merged by the reader.
    props: [
      // Names in the language asked for and in bokmål (the fallback); a criterion's text or a source's title only for those.
      CASE $plan.lang WHEN 'nn' THEN n { .id, .version, .name_nb, .name_nn, .abbreviation } WHEN 'en' THEN n { .id, .version, .name_nb, .name_en, .abbreviation } ELSE n { .id, .version, .name_nb, .abbreviation } END,
      CASE WHEN $plan.node.titles THEN n { .title, .text_nb, .text_nn, .text_en } END,
      CASE WHEN $plan.node.about THEN n { .validFrom, .validTo, .kind, .kinds, .supplySide, .confidence } END,
      CASE WHEN $plan.node.texts THEN n { .description_nb, .description_nn, .description_en, .note_nb, .note_nn, .note_en, .howToApply_nb, .howToApply_nn, .howToApply_en,
        .noLegalBasisNote_nb, .noLegalBasisNote_nn, .noLegalBasisNote_en, .whyNot_nb, .whyNot_nn, .whyNot_en } END,
      CASE WHEN $plan.node.scalars THEN n { .instrumentId, .required, .discretionary, .test, .thresholdYear, .order, .municipalityNumber, .url, .reference } END,
      CASE WHEN $plan.node.source THEN n { .publisher, .url, .compiledOn, .verifiedOn, .verifiedAgainst, .verifiedCopy, .verifiedCopyDate, .verifiedUrl,
        .verificationNote_nb, .verificationNote_en, .urlFlag, .note_nb, .note_en } END,
      // Last, so the cited-sources step finds it.
      CASE WHEN $plan.sources THEN n { .sourceIds } END],
    names: CASE WHEN $plan.names AND EXISTS { (n)-[:HAS_NAME]->() } THEN [(n)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | p { .* }] ELSE [] END,
    details: CASE WHEN $plan.details THEN [(n)-[h:HAS_DETAIL]->(x:InstrumentDetail)
      WHERE h.knownFrom <= k < h.knownTo AND (x.validFrom IS NULL OR x.validFrom <= d) AND (x.validTo IS NULL OR x.validTo >= d) | x { .* }] ELSE [] END,
    links: links
  }) AS entities
}
CALL (k, entities) {
  // Unwound rather than concatenated: building one list with reduce() is quadratic in its length.
  // A criterion's sourceIds group is the last of its groups.
  UNWIND CASE WHEN $plan.sources THEN entities ELSE [] END AS e
  UNWIND e.props + e.names + e.details + [l IN e.links | l.relProps] + [l IN e.links WHERE l.type = 'REQUIRES' | last(l.nodeProps)] AS cited
  UNWIND coalesce(cited.sourceIds, []) AS sourceId
  WITH DISTINCT sourceId
  MATCH (s:Seeded {id: sourceId})
  WHERE s:Source AND s.knownFrom <= k < s.knownTo
  RETURN collect(s { .id, .version, .title, .publisher, .url, .compiledOn, .verifiedOn, .verifiedAgainst, .verifiedCopy, .verifiedCopyDate, .verifiedUrl,
    .verificationNote_nb, .verificationNote_en, .urlFlag, .confidence, .note_nb, .note_en }) AS citedSources
}
RETURN CASE WHEN $withTotal THEN size(matches) END AS total, entities, citedSources
