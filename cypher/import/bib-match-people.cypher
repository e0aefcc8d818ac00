// Candidate people for the authors of added bibliography entries: the full-text index's hits for each name's words,
// for the importer to compare exactly (normalised name).
// $names: list of {index, query} (a Lucene query of the name's words, all required).
UNWIND $names AS name
CALL db.index.fulltext.queryNodes('person_search', name.query, {limit: 50}) YIELD node
RETURN name.index AS index, node.id AS id, node.name AS name, coalesce(node.worksCount, 0) AS works
