// Co-author distance (hops over COAUTHOR, at most 4) from a person to each candidate; null when farther or unconnected.
// $id: person id. $ids: candidate person ids.
MATCH (p:Person {id: $id})
UNWIND $ids AS candidateId
MATCH (q:Person {id: candidateId})
OPTIONAL MATCH path = shortestPath((p)-[:COAUTHOR*..4]-(q))
RETURN candidateId AS id, length(path) AS distance
