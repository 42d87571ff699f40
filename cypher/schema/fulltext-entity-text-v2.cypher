// Full-text search over names, abbreviations, search terms (everyday words, lists of strings) and
// descriptions in bokmål, nynorsk and English. The standard-folding analyzer folds ø→o, å→a,
// æ→ae, so "startlan" finds "Startlån". A new definition needs a new name (see
// fulltext-drop-entity-text.cypher); await-indexes.cypher waits until it is online.
// Parameters: none
// Returns: none
CREATE FULLTEXT INDEX entity_text_v2 IF NOT EXISTS
FOR (n:Actor|Instrument|TargetGroup|Goal|Strategy|LegalBasis|NamePeriod)
ON EACH [n.name_nb, n.name_nn, n.name_en, n.abbreviation, n.searchTerms_nb, n.searchTerms_nn, n.searchTerms_en, n.description_nb, n.description_nn, n.description_en]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }
