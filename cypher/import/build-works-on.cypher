// Rebuilds WORKS_ON edges (person → topic, with the number of works and the last year) for the given people.
// $ids: list of person ids.
UNWIND $ids AS id
MATCH (person:Person {id: id})-[:AUTHORED]->(paper:Paper)-[:HAS_TOPIC]->(topic:Topic)
WITH person, topic, count(DISTINCT paper) AS works, max(paper.year) AS lastYear
MERGE (person)-[edge:WORKS_ON]->(topic)
SET edge.works = works, edge.lastYear = lastYear
