// Number of seeded nodes, to decide whether an empty graph needs the seeds.
// Parameters: none
// Returns: count
MATCH (n:Seeded)
RETURN count(n) AS count
