// An entity's history: the changes naming it.
// Parameters: none
// Returns: none
CREATE INDEX change_entity_id IF NOT EXISTS FOR (c:Change) ON (c.entityId)
