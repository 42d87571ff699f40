// Version and currency of the data: the checksum written by the last seed import, counts, the
// newest compile and verification dates, and facts counted as server/src/seed/provenance.ts counts
// them: a node other than a source, or a relationship whose type is not in $structuralTypes, that
// carries sourceIds; verified when one of those sources has a verification and the fact is not
// marked unverified (an inference stays unverified however well its sources were checked).
// Counts are of the current graph (current records and relationships); `revision` is the newest publication.
// Parameters: $structuralTypes, $open
// Returns: checksum, revision, nodeCount, relationshipCount, sourceCount, verifiedSourceCount, lastCompiled, lastVerified, factCount, verifiedFactCount, unverifiedCount
OPTIONAL MATCH (version:DataVersion {id: 'seed'})
CALL () {
  MATCH (s:Source)
  WHERE s.currentId IS NOT NULL
  RETURN count(s) AS sourceCount, max(s.compiledOn) AS lastCompiled, max(s.verifiedOn) AS lastVerified,
    collect(CASE WHEN s.verifiedOn IS NOT NULL THEN s.id END) AS verifiedIds
}
CALL (verifiedIds) {
  MATCH (n:Seeded)
  WHERE n.currentId IS NOT NULL
  WITH n, NOT n:Source AND n.sourceIds IS NOT NULL AS isFact
  RETURN count(n) AS nodeCount,
    count(CASE WHEN isFact THEN 1 END) AS nodeFacts,
    count(CASE WHEN isFact AND n.confidence <> 'unverified' AND any(id IN n.sourceIds WHERE id IN verifiedIds) THEN 1 END) AS verifiedNodeFacts,
    count(CASE WHEN isFact AND n.confidence = 'unverified' THEN 1 END) AS unverifiedNodes
}
CALL (verifiedIds) {
  MATCH (:Seeded)-[r]->(:Seeded)
  WHERE r.knownTo = $open
  WITH r, NOT type(r) IN $structuralTypes AND r.sourceIds IS NOT NULL AS isFact
  RETURN count(r) AS relationshipCount,
    count(CASE WHEN isFact THEN 1 END) AS relationshipFacts,
    count(CASE WHEN isFact AND r.confidence <> 'unverified' AND any(id IN r.sourceIds WHERE id IN verifiedIds) THEN 1 END) AS verifiedRelationshipFacts,
    count(CASE WHEN isFact AND r.confidence = 'unverified' THEN 1 END) AS unverifiedRelationships
}
RETURN coalesce(version.checksum, 'unseeded') AS checksum, coalesce(version.revision, 0) AS revision, nodeCount, relationshipCount, sourceCount,
  size(verifiedIds) AS verifiedSourceCount, lastCompiled, lastVerified,
  nodeFacts + relationshipFacts AS factCount,
  verifiedNodeFacts + verifiedRelationshipFacts AS verifiedFactCount,
  unverifiedNodes + unverifiedRelationships AS unverifiedCount
