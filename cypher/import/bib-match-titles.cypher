// Candidate works of bibliography entries by title: the full-text index's best hits for each entry's title words,
// with year and first author, for the importer to compare exactly (normalised title, year, first author).
// $entries: list of {index, query} (a Lucene query of the title's words).
UNWIND $entries AS entry
CALL db.index.fulltext.queryNodes('paper_title', entry.query, {limit: 20}) YIELD node
OPTIONAL MATCH (first:Person)-[a:AUTHORED]->(node)
WHERE a.position = 1
RETURN entry.index AS index, node.id AS id, node.title AS title, node.year AS year, first.name AS firstAuthor
