// One publication per revision number.
// Parameters: none
// Returns: none
CREATE CONSTRAINT publication_revision IF NOT EXISTS FOR (p:Publication) REQUIRE p.revision IS UNIQUE
