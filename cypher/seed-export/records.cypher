// One seed collection's records as published at $revision, in id order, each with what
// build-graph made of its seed entry: name periods, outgoing links of $linkTypes, criteria,
// details, municipality groups and the sources it cites. A relationship known at a revision joins
// two records known then (decision 0008), so the parts need no revision test of their own.
// Sorted by id over node references only; each record's parts are read as it is streamed.
// Parameters: $label, $linkTypes, $revision
// Returns: props, names, links, criteria, details, groups, supportedBy
MATCH (n:Seeded)
WHERE $label IN labels(n) AND n.knownFrom <= $revision < n.knownTo
WITH n
ORDER BY n.id
RETURN properties(n) AS props,
  COLLECT { MATCH (n)-[r:HAS_NAME]->(p) WHERE r.knownFrom <= $revision < r.knownTo RETURN properties(p) } AS names,
  COLLECT { MATCH (n)-[r]->(m:Seeded) WHERE type(r) IN $linkTypes AND r.knownFrom <= $revision < r.knownTo RETURN { type: type(r), to: m.id, props: properties(r) } } AS links,
  COLLECT { MATCH (n)-[r:REQUIRES]->(c) WHERE r.knownFrom <= $revision < r.knownTo RETURN properties(c) } AS criteria,
  COLLECT { MATCH (n)-[r:HAS_DETAIL]->(d) WHERE r.knownFrom <= $revision < r.knownTo RETURN properties(d) } AS details,
  COLLECT { MATCH (g)-[r:GROUP_OF]->(n) WHERE r.knownFrom <= $revision < r.knownTo RETURN properties(g) } AS groups,
  COLLECT { MATCH (n)-[r:SUPPORTED_BY]->(s) WHERE r.knownFrom <= $revision < r.knownTo RETURN s.id } AS supportedBy
