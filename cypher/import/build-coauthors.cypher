// Rebuilds COAUTHOR edges of the given people from AUTHORED: shared works, first/last shared year, top shared topics.
// Edges point from the smaller to the larger person id so each pair has exactly one edge.
// No shared topic leaves `topics` absent (empty lists are not stored, as in the bulk import).
// Hyper-authored works (more than $maxAuthors authors) add no pairwise co-authorship (docs/DATA-MODEL.md).
// $ids: list of person ids; $maxAuthors: integer.
UNWIND $ids AS id
MATCH (person:Person {id: id})-[:AUTHORED]->(paper:Paper)<-[:AUTHORED]-(other:Person)
WHERE coalesce(paper.authorCount, 0) <= $maxAuthors
WITH person, other, collect(DISTINCT paper) AS shared
WITH CASE WHEN person.id < other.id THEN person ELSE other END AS a,
     CASE WHEN person.id < other.id THEN other ELSE person END AS b,
     shared
CALL (shared) {
  UNWIND shared AS paper
  RETURN min(paper.year) AS firstYear, max(paper.year) AS lastYear
}
CALL (shared) {
  UNWIND shared AS paper
  MATCH (paper)-[:HAS_TOPIC]->(topic:Topic)
  WITH topic, count(*) AS n
  ORDER BY n DESC, topic.id
  LIMIT 3
  RETURN CASE WHEN count(topic) = 0 THEN null ELSE collect(topic.id) END AS topics
}
MERGE (a)-[edge:COAUTHOR]->(b)
SET edge.works = size(shared), edge.firstYear = firstYear, edge.lastYear = lastYear, edge.topics = topics
