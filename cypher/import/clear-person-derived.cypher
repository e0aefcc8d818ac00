// Removes the derived edges (COAUTHOR, WORKS_ON, AFFILIATED_WITH) of the given people before they are rebuilt.
// $ids: list of person ids.
UNWIND $ids AS id
MATCH (person:Person {id: id})
OPTIONAL MATCH (person)-[derived:COAUTHOR|WORKS_ON|AFFILIATED_WITH]-()
DELETE derived
