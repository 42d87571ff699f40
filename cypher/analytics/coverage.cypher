// Gaps and counts at $asOf: target groups and goals that no instrument in force reaches,
// instruments without a goal, and instruments in force per actor, goal and target group.
// Parameters: $asOf
// Returns: uncoveredTargetGroups, uncoveredGoals, instrumentsWithoutGoal, perActor, perGoal, perTargetGroup
WITH date($asOf) AS d
CALL (d) {
  MATCH (i:Instrument)
  WHERE (i.validFrom IS NULL OR i.validFrom <= d) AND (i.validTo IS NULL OR i.validTo >= d)
  RETURN collect(i) AS instruments
}
CALL (d, instruments) {
  MATCH (n:Entity)
  WHERE (n:TargetGroup OR n:Goal OR n:Actor)
    AND (n.validFrom IS NULL OR n.validFrom <= d) AND (n.validTo IS NULL OR n.validTo >= d)
  WITH n, size(COLLECT {
    MATCH (i:Instrument)-[r:TARGETS|SERVES_GOAL|FUNDED_BY|ADMINISTERED_BY|DECIDED_BY|DELIVERED_BY]->(n)
    WHERE i IN instruments AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
    RETURN DISTINCT i.id }) AS count
  RETURN collect({ node: { labels: labels(n), props: properties(n), names: [(n)-[:HAS_NAME]->(p:NamePeriod) | properties(p)] }, count: count }) AS counted
}
WITH d, instruments, counted
RETURN
  [c IN counted WHERE 'TargetGroup' IN c.node.labels AND c.count = 0 | c.node] AS uncoveredTargetGroups,
  [c IN counted WHERE 'Goal' IN c.node.labels AND c.count = 0 | c.node] AS uncoveredGoals,
  [i IN instruments WHERE NOT EXISTS {
      MATCH (i)-[r:SERVES_GOAL]->(g:Goal)
      WHERE (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d) }
    | { labels: labels(i), props: properties(i), names: [] }] AS instrumentsWithoutGoal,
  [c IN counted WHERE 'Actor' IN c.node.labels AND c.count > 0] AS perActor,
  [c IN counted WHERE 'Goal' IN c.node.labels] AS perGoal,
  [c IN counted WHERE 'TargetGroup' IN c.node.labels] AS perTargetGroup
