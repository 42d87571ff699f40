// Readiness: the cheapest read that still goes through a transaction on the database, so a Neo4j
// that accepts connections but cannot run queries is reported as not ready.
// Parameters: none
// Returns: ok
RETURN 1 AS ok
