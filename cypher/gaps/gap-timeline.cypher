// Everything the gaps over time are cut from, at every date at once, as known at revision
// $revision: each target group and goal ($subjectLabels) with its validity, a goal flagged
// unmapped when no SERVES_GOAL links it to an instrument at any date (as analytics/coverage flags
// it); each instrument; each link of the types $coverageTypes from an instrument to a target group
// or goal, with its validity; each instrument's SERVES_GOAL links to any goal (the goal's own
// validity does not count, as in analytics/coverage); and each strategy with the goals it sets
// and the groups it prioritises. No date filter: gap-timeline.ts cuts the intervals, with
// validFrom and validTo both inclusive as every statement that reads at one date compares them.
// Records are those known at revision $revision (decision 0008; CURRENT_REVISION for the graph now).
// Parameters: $revision, $subjectLabels, $coverageTypes
// Returns: subjects, instruments, links, goalLinks, strategies
WITH $revision AS k
CALL (k) {
  MATCH (n:Entity)
  WHERE any(label IN labels(n) WHERE label IN $subjectLabels) AND n.knownFrom <= k < n.knownTo
  RETURN collect({
    node: { labels: labels(n), props: properties(n), names: [(n)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] },
    unmapped: n:Goal AND NOT EXISTS { MATCH (:Instrument)-[s:SERVES_GOAL]->(n) WHERE s.knownFrom <= k < s.knownTo }
  }) AS subjects
}
CALL (k) {
  MATCH (i:Instrument)
  WHERE i.knownFrom <= k < i.knownTo
  RETURN collect({ labels: labels(i), props: properties(i), names: [(i)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] }) AS instruments
}
CALL (k) {
  MATCH (i:Instrument)-[r]->(n:Entity)
  WHERE type(r) IN $coverageTypes AND any(label IN labels(n) WHERE label IN $subjectLabels)
    AND r.knownFrom <= k < r.knownTo AND i.knownFrom <= k < i.knownTo
  RETURN collect({ instrument: i.id, subject: n.id, validFrom: r.validFrom, validTo: r.validTo }) AS links
}
CALL (k) {
  MATCH (i:Instrument)-[r:SERVES_GOAL]->(:Goal)
  WHERE r.knownFrom <= k < r.knownTo AND i.knownFrom <= k < i.knownTo
  RETURN collect({ instrument: i.id, validFrom: r.validFrom, validTo: r.validTo }) AS goalLinks
}
CALL (k) {
  MATCH (s:Strategy)
  WHERE s.knownFrom <= k < s.knownTo
  RETURN collect({
    node: { labels: labels(s), props: properties(s), names: [(s)-[h:HAS_NAME]->(p:NamePeriod) WHERE h.knownFrom <= k < h.knownTo | properties(p)] },
    goals: [(s)-[g:HAS_GOAL]->(goal:Goal) WHERE g.knownFrom <= k < g.knownTo | goal.id],
    prioritises: [(s)-[p:PRIORITISES]->(group:TargetGroup) WHERE p.knownFrom <= k < p.knownTo | group.id]
  }) AS strategies
}
RETURN subjects, instruments, links, goalLinks, strategies
