// Takes the next revision number under the publication lock: the first statement of every
// publication. Writing the counter locks it until the transaction ends, so publications run one at
// a time and every read that follows in the transaction sees the ones before it committed.
// Parameters: none
// Returns: revision
MERGE (counter:PublicationCounter {id: 'publications'})
ON CREATE SET counter.revision = 0
SET counter.revision = counter.revision + 1
RETURN counter.revision AS revision
