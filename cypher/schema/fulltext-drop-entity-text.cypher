// The first full-text index, `entity_text`, had no search terms. `CREATE … IF NOT EXISTS` never
// changes an index that exists, so its successor has a new name (entity_text_v2) and this one is
// dropped, in a graph made before the change as in a new one.
// Parameters: none
// Returns: none
DROP INDEX entity_text IF EXISTS
