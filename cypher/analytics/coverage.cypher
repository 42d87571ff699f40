// Gaps and counts at $asOf: target groups and goals that no instrument in force reaches (goals
// split into those the graph maps to instruments at some date, a real gap, and those it maps to
// none, not yet mapped), instruments without a goal, and instruments in force per actor, goal and
// target group.
// Records are those known at revision $revision (decision 0008; CURRENT_REVISION for the graph now).
// Parameters: $asOf, $revision
// Returns: uncoveredTargetGroups, uncoveredGoals, unmappedGoals, instrumentsWithoutGoal, perActor, perGoal, perTargetGroup
WITH date($asOf) AS d, $revision AS k
CALL (d, k) {
  MATCH (i:Instrument)
  WHERE i.knownFrom <= k < i.knownTo AND (i.validFrom IS NULL OR i.validFrom <= d) AND (i.validTo IS NULL OR i.validTo >= d)
  RETURN collect(i) AS instruments
}
CALL (d, k, instruments) {
  MATCH (n:Entity)
  WHERE (n:TargetGroup OR n:Goal OR n:Actor) AND n.knownFrom <= k < n.knownTo
    AND (n.validFrom IS NULL OR n.validFrom <= d) AND (n.validTo IS NULL OR n.validTo >= d)
  WITH n, size(COLLECT {
    MATCH (i:Instrument)-[r:TARGETS|SERVES_GOAL|FUNDED_BY|ADMINISTERED_BY|DECIDED_BY|DELIVERED_BY]->(n)
    WHERE i IN instruments AND r.knownFrom <= k < r.knownTo AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
    RETURN DISTINCT i.id }) AS count
  WITH n, count, n:Goal AND NOT EXISTS { MATCH (:Instrument)-[s:SERVES_GOAL]->(n) WHERE s.knownFrom <= k < s.knownTo } AS unmapped
  RETURN collect({ node: { labels: labels(n), props: properties(n), names: [(n)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] }, count: count, unmapped: unmapped }) AS counted
}
WITH d, k, instruments, counted
RETURN
  [c IN counted WHERE 'TargetGroup' IN c.node.labels AND c.count = 0 | c.node] AS uncoveredTargetGroups,
  [c IN counted WHERE 'Goal' IN c.node.labels AND c.count = 0 AND NOT c.unmapped | c.node] AS uncoveredGoals,
  [c IN counted WHERE c.unmapped | c.node] AS unmappedGoals,
  [i IN instruments WHERE NOT EXISTS {
      MATCH (i)-[r:SERVES_GOAL]->(g:Goal)
      WHERE r.knownFrom <= k < r.knownTo AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d) }
    | { labels: labels(i), props: properties(i), names: [] }] AS instrumentsWithoutGoal,
  [c IN counted WHERE 'Actor' IN c.node.labels AND c.count > 0] AS perActor,
  [c IN counted WHERE 'Goal' IN c.node.labels] AS perGoal,
  [c IN counted WHERE 'TargetGroup' IN c.node.labels] AS perTargetGroup
