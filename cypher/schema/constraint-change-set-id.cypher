// Change sets are found by id (the review queue, the audit trail).
// Parameters: none
// Returns: none
CREATE CONSTRAINT change_set_id IF NOT EXISTS FOR (c:ChangeSet) REQUIRE c.id IS UNIQUE
