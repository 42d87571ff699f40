// One current record per seeded id (the seed slug), across every label: publications find the
// record they change by `currentId`.
// Parameters: none
// Returns: none
CREATE CONSTRAINT seeded_current_id IF NOT EXISTS FOR (n:Seeded) REQUIRE n.currentId IS UNIQUE
