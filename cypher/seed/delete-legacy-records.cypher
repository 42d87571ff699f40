// Removes a graph written before revisions existed (see count-legacy-records.cypher) with its data
// version, so the seeds can be imported as revision 1.
// Parameters: none
// Returns: deleted
CALL () {
  OPTIONAL MATCH (v:DataVersion)
  DETACH DELETE v
}
MATCH (n:Seeded)
WHERE n.knownFrom IS NULL
DETACH DELETE n
RETURN count(*) AS deleted
