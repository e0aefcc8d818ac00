// Removes the COAUTHOR edges of the given people before a full rebuild (build-coauthors.cypher).
// $ids: list of person ids.
UNWIND $ids AS id
MATCH (person:Person {id: id})
OPTIONAL MATCH (person)-[edge:COAUTHOR]-()
DELETE edge
