// Readers' reports with a status, newest first.
// Parameters: $status, $limit
// Returns: suggestion
MATCH (s:Suggestion {status: $status})
WITH s ORDER BY s.createdAt DESC LIMIT $limit
RETURN s { .id, .page, .entityId, .text, .status, .closingNote, createdAt: toString(s.createdAt) } AS suggestion
