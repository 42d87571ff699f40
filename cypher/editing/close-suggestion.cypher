// Closes an open report with the editor's note; no row when there is no open report with the id.
// Parameters: $id, $note, $closedBy
// Returns: suggestion
MATCH (s:Suggestion {id: $id, status: 'OPEN'})
SET s.status = 'CLOSED', s.closingNote = $note, s.closedBy = $closedBy, s.closedAt = datetime.realtime()
RETURN s { .id, .page, .entityId, .text, .status, .closingNote, createdAt: toString(s.createdAt) } AS suggestion
