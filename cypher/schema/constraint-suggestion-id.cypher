// Readers' reports are found by id when an editor closes one.
// Parameters: none
// Returns: none
CREATE CONSTRAINT suggestion_id IF NOT EXISTS FOR (s:Suggestion) REQUIRE s.id IS UNIQUE
