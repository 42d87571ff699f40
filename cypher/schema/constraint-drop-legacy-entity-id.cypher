// Before revisions (decision 0008) `id` itself was unique; a graph from then would refuse the
// second record of an edited entity. Dropped first, so its index name and schema are free.
// Parameters: none
// Returns: none
DROP CONSTRAINT entity_id IF EXISTS
