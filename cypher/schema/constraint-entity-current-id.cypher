// One current record per entity id (decision 0008): `currentId` is set on the current record only,
// so earlier versions of an entity, which keep its `id`, do not collide.
// Parameters: none
// Returns: none
CREATE CONSTRAINT entity_current_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.currentId IS UNIQUE
