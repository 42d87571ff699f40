// Every seeded node and relationship with its properties, for a checksum of the whole seeded graph
// (two imports of the same files must give the same checksum). Sorted and hashed by the caller.
// Parameters: none
// Returns: nodes, relationships
CALL () {
  MATCH (n:Seeded)
  RETURN collect({ id: n.id, labels: labels(n), props: properties(n) }) AS nodes
}
CALL () {
  MATCH (a:Seeded)-[r]->(b:Seeded)
  RETURN collect({ from: a.id, type: type(r), to: b.id, props: properties(r) }) AS relationships
}
RETURN nodes, relationships
