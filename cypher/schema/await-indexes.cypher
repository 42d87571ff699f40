// Waits until every index is online, so the first search after start-up finds everything.
// Parameters: none
// Returns: none
CALL db.awaitIndexes(300)
