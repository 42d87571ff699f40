// One ministry at $asOf: the instruments in force it is responsible for, each with why (every
// role of $roles it holds itself, or that an actor holds which answers to it or is part of it, at
// most two steps of $chainTypes in force, with that actor as `via`), the actors holding $roles,
// and the target groups and goals in force the instrument links to itself. Besides: every target
// group in force with its subgroups in force (SUBGROUP_OF, any depth up to five), and the target
// groups prioritised by the strategies in force, for the gaps. No row when no entity has the id.
// Records are those known at revision $revision (decision 0008; CURRENT_REVISION for the graph now).
// Parameters: $id, $asOf, $revision, $roles, $chainTypes
// Returns: ministry, instruments, targetGroups, strategies
WITH date($asOf) AS d, $revision AS k
MATCH (m:Entity {id: $id})
WHERE m.knownFrom <= k < m.knownTo
CALL (m, d, k) {
  MATCH (i:Instrument)-[r]->(x:Actor)
  WHERE type(r) IN $roles AND i.knownFrom <= k < i.knownTo AND r.knownFrom <= k < r.knownTo AND x.knownFrom <= k < x.knownTo
    AND (i.validFrom IS NULL OR i.validFrom <= d) AND (i.validTo IS NULL OR i.validTo >= d)
    AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
  OPTIONAL MATCH path = (x)-[chain*1..2]->(m)
  WHERE all(s IN chain WHERE type(s) IN $chainTypes AND s.knownFrom <= k < s.knownTo
    AND (s.validFrom IS NULL OR s.validFrom <= d) AND (s.validTo IS NULL OR s.validTo >= d))
  WITH i, r, x, path
  WHERE x = m OR path IS NOT NULL
  WITH i, collect(DISTINCT {
    role: type(r),
    via: CASE WHEN x = m THEN null ELSE { labels: labels(x), props: properties(x), names: [(x)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] } END,
    chain: CASE WHEN path IS NULL THEN [] ELSE [s IN relationships(path) | type(s)] END
  }) AS reasons
  RETURN collect({
    node: { labels: labels(i), props: properties(i), names: [(i)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] },
    reasons: reasons,
    actors: [(i)-[a]->(o:Actor) WHERE type(a) IN $roles AND a.knownFrom <= k < a.knownTo AND o.knownFrom <= k < o.knownTo
      AND (a.validFrom IS NULL OR a.validFrom <= d) AND (a.validTo IS NULL OR a.validTo >= d)
      | { role: type(a), node: { labels: labels(o), props: properties(o), names: [(o)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] } }],
    targets: [(i)-[t:TARGETS]->(g:TargetGroup) WHERE t.knownFrom <= k < t.knownTo AND g.knownFrom <= k < g.knownTo
      AND (t.validFrom IS NULL OR t.validFrom <= d) AND (t.validTo IS NULL OR t.validTo >= d)
      AND (g.validFrom IS NULL OR g.validFrom <= d) AND (g.validTo IS NULL OR g.validTo >= d) | g.id],
    goals: [(i)-[s:SERVES_GOAL]->(g:Goal) WHERE s.knownFrom <= k < s.knownTo AND g.knownFrom <= k < g.knownTo
      AND (s.validFrom IS NULL OR s.validFrom <= d) AND (s.validTo IS NULL OR s.validTo >= d)
      AND (g.validFrom IS NULL OR g.validFrom <= d) AND (g.validTo IS NULL OR g.validTo >= d)
      | { labels: labels(g), props: properties(g), names: [(g)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] }]
  }) AS instruments
}
CALL (d, k) {
  MATCH (g:TargetGroup)
  WHERE g.knownFrom <= k < g.knownTo AND (g.validFrom IS NULL OR g.validFrom <= d) AND (g.validTo IS NULL OR g.validTo >= d)
  RETURN collect({
    node: { labels: labels(g), props: properties(g), names: [(g)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] },
    subgroups: [path = (s:TargetGroup)-[:SUBGROUP_OF*1..5]->(g) WHERE s.knownFrom <= k < s.knownTo
      AND (s.validFrom IS NULL OR s.validFrom <= d) AND (s.validTo IS NULL OR s.validTo >= d)
      AND all(e IN relationships(path) WHERE e.knownFrom <= k < e.knownTo AND (e.validFrom IS NULL OR e.validFrom <= d) AND (e.validTo IS NULL OR e.validTo >= d))
      | s.id]
  }) AS targetGroups
}
CALL (d, k) {
  MATCH (s:Strategy)-[p:PRIORITISES]->(g:TargetGroup)
  WHERE s.knownFrom <= k < s.knownTo AND p.knownFrom <= k < p.knownTo AND g.knownFrom <= k < g.knownTo
    AND (s.validFrom IS NULL OR s.validFrom <= d) AND (s.validTo IS NULL OR s.validTo >= d)
    AND (p.validFrom IS NULL OR p.validFrom <= d) AND (p.validTo IS NULL OR p.validTo >= d)
  WITH s, collect(DISTINCT g.id) AS prioritised
  RETURN collect({
    node: { labels: labels(s), props: properties(s), names: [(s)-[h:HAS_NAME]->(q:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(q)] },
    prioritised: prioritised
  }) AS strategies
}
RETURN
  { labels: labels(m), props: properties(m), names: [(m)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] } AS ministry,
  instruments, targetGroups, strategies
