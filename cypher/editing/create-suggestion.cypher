// Files a reader's report (Meld feil). Holds the page, the entity and the text only.
// Parameters: $id, $page, $entityId, $text
// Returns: id, createdAt
CREATE (s:Suggestion {id: $id, page: $page, entityId: $entityId, text: $text, status: 'OPEN', createdAt: datetime.realtime()})
RETURN s.id AS id, toString(s.createdAt) AS createdAt
