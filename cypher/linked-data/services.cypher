// Instruments in force on $asOf as published at $revision, in id order, one row each with what its
// CPSV-AP-NO description needs (server/src/linked-data/map-service.ts): its properties and names,
// the actors in each role of $roleTypes, and the legal bases, target groups, goals, criteria,
// caseworker details and related instruments in force then. A range seek on the order-id index in
// index order ($labelLow/$labelHigh bound the label, or one id for /id/), and every piece is read
// for one instrument at a time, so a row leaves as soon as it is made and memory holds one
// instrument however large the graph. A relationship known at $revision joins two records known
// then, so the node at its far end is tested for validity only.
// Parameters: $labelLow, $labelHigh, $asOf, $revision, $roleTypes
// Returns: props, names, roles, legalBases, targetGroups, goals, criteria, details, related, requires
WITH date($asOf) AS d, $revision AS k
MATCH (i:Entity)
WHERE $labelLow < i.orderId < $labelHigh AND i.knownFrom <= k < i.knownTo
  AND (i.validFrom IS NULL OR i.validFrom <= d) AND (i.validTo IS NULL OR i.validTo >= d)
WITH i, d, k
ORDER BY i.orderId
RETURN properties(i) AS props,
  [(i)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] AS names,
  [(i)-[r]->(a:Actor) WHERE type(r) IN $roleTypes AND r.knownFrom <= k < r.knownTo
      AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
      AND (a.validFrom IS NULL OR a.validFrom <= d) AND (a.validTo IS NULL OR a.validTo >= d)
    | {type: type(r), props: properties(a), names: [(a)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)]}] AS roles,
  [(i)-[r:BASED_ON]->(b:LegalBasis) WHERE r.knownFrom <= k < r.knownTo
      AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
      AND (b.validFrom IS NULL OR b.validFrom <= d) AND (b.validTo IS NULL OR b.validTo >= d)
    | properties(b)] AS legalBases,
  [(i)-[r:TARGETS]->(t:TargetGroup) WHERE r.knownFrom <= k < r.knownTo
      AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
      AND (t.validFrom IS NULL OR t.validFrom <= d) AND (t.validTo IS NULL OR t.validTo >= d)
    | properties(t)] AS targetGroups,
  [(i)-[r:SERVES_GOAL]->(g:Goal) WHERE r.knownFrom <= k < r.knownTo
      AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
      AND (g.validFrom IS NULL OR g.validFrom <= d) AND (g.validTo IS NULL OR g.validTo >= d)
    | properties(g)] AS goals,
  [(i)-[r:REQUIRES]->(c:Criterion) WHERE r.knownFrom <= k < r.knownTo
      AND (c.validFrom IS NULL OR c.validFrom <= d) AND (c.validTo IS NULL OR c.validTo >= d)
    | properties(c)] AS criteria,
  [(i)-[r:HAS_DETAIL]->(x:InstrumentDetail) WHERE r.knownFrom <= k < r.knownTo
      AND (x.validFrom IS NULL OR x.validFrom <= d) AND (x.validTo IS NULL OR x.validTo >= d)
    | properties(x)] AS details,
  // Used together: either end names the other.
  [(i)-[r:COMBINES_WITH]-(o:Instrument) WHERE r.knownFrom <= k < r.knownTo
      AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
      AND (o.validFrom IS NULL OR o.validFrom <= d) AND (o.validTo IS NULL OR o.validTo >= d)
    | {id: o.id, props: properties(o)}] AS related,
  // The instruments that must be tried before this one.
  [(i)<-[r:PRECONDITION_FOR]-(o:Instrument) WHERE r.knownFrom <= k < r.knownTo
      AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
      AND (o.validFrom IS NULL OR o.validFrom <= d) AND (o.validTo IS NULL OR o.validTo >= d)
    | {id: o.id, props: properties(o)}] AS requires
