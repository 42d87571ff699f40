// Full-text search over names, abbreviations and descriptions in bokmål, nynorsk and English.
// The standard-folding analyzer folds ø→o, å→a, æ→ae, so "startlan" finds "Startlån".
// Parameters: none
// Returns: none
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Actor|Instrument|TargetGroup|Goal|Strategy|LegalBasis|NamePeriod)
ON EACH [n.name_nb, n.name_nn, n.name_en, n.abbreviation, n.description_nb, n.description_nn, n.description_en]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }
