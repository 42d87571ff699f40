// One publication counter: two first publications racing to MERGE it must not make two.
// Parameters: none
// Returns: none
CREATE CONSTRAINT publication_counter_id IF NOT EXISTS FOR (c:PublicationCounter) REQUIRE c.id IS UNIQUE
