// Version and currency of the data: the checksum written by the last seed import, counts, the most
// recent source check and the number of facts marked unverified.
// Parameters: none
// Returns: checksum, nodeCount, relationshipCount, sourceCount, lastChecked, unverifiedCount
OPTIONAL MATCH (version:DataVersion {id: 'seed'})
CALL () {
  MATCH (n:Seeded)
  RETURN count(n) AS nodeCount, count(CASE WHEN n:Source THEN 1 END) AS sourceCount, max(n.checkedOn) AS lastChecked,
    count(CASE WHEN NOT n:Source AND n.confidence = 'unverified' THEN 1 END) AS unverifiedNodes
}
CALL () {
  MATCH (:Seeded)-[r]->(:Seeded)
  RETURN count(r) AS relationshipCount, count(CASE WHEN r.confidence = 'unverified' THEN 1 END) AS unverifiedRelationships
}
RETURN coalesce(version.checksum, 'unseeded') AS checksum, nodeCount, relationshipCount, sourceCount, lastChecked,
  unverifiedNodes + unverifiedRelationships AS unverifiedCount
