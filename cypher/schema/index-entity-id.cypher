// Lookups by id at any revision: every version of an entity keeps its id.
// Parameters: none
// Returns: none
CREATE INDEX entity_id_any_revision IF NOT EXISTS FOR (n:Entity) ON (n.id)
