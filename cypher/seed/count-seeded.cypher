// Number of current seeded records, to decide whether an empty graph needs the seeds.
// Parameters: none
// Returns: count
MATCH (n:Seeded)
WHERE n.currentId IS NOT NULL
RETURN count(n) AS count
