// Full-text index for people search with the `simple` analyzer, which splits at every non-letter: arXiv listing
// names like "S.Shelah" or "J.R.Pelaez" become the terms s, shelah / j, r, pelaez, so `shel` or `pelaez` find them
// (the default analyzer of person_name keeps "s.shelah" as one term). It also lists `orcid` only because IF NOT EXISTS
// treats an index on the same label and properties as existing, whatever its analyzer.
// Applied at boot with the other schema files (server/neo4j/schema.ts). No parameters.
CREATE FULLTEXT INDEX person_search IF NOT EXISTS FOR (n:Person) ON EACH [n.name, n.orcid]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'simple'}};
