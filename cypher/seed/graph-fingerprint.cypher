// Every current seeded record and relationship with its properties: what a seed import diffs the
// seed files against, and (without the revision bookkeeping) what the checksum of the graph's
// content is computed over. Sorted and hashed by the caller.
// Parameters: $open
// Returns: nodes, relationships
CALL () {
  MATCH (n:Seeded)
  WHERE n.currentId IS NOT NULL
  RETURN collect({ id: n.id, labels: labels(n), props: properties(n) }) AS nodes
}
CALL () {
  MATCH (a:Seeded)-[r]->(b:Seeded)
  WHERE r.knownTo = $open
  RETURN collect({ from: a.id, type: type(r), to: b.id, props: properties(r) }) AS relationships
}
RETURN nodes, relationships
