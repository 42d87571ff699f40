// Every node the seed pipeline writes has a stable, unique id (the seed slug).
// Parameters: none
// Returns: none
CREATE CONSTRAINT seeded_id IF NOT EXISTS FOR (n:Seeded) REQUIRE n.id IS UNIQUE
