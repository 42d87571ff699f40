// The seeded counterpart of constraint-drop-legacy-entity-id.cypher.
// Parameters: none
// Returns: none
DROP CONSTRAINT seeded_id IF EXISTS
