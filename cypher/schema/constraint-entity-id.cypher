// Entities (everything a user can look up with node(id:)) are unique by id as well, so lookups by
// :Entity use an index.
// Parameters: none
// Returns: none
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
