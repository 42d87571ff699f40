// Number of seeded nodes per label (the Seeded and Entity marker labels left out).
// Parameters: none
// Returns: label, count
MATCH (n:Seeded)
UNWIND [l IN labels(n) WHERE NOT l IN ['Seeded', 'Entity']] AS label
RETURN label, count(*) AS count
ORDER BY label
