// Recomputes the COAUTHOR edge of each given pair from the works they share now, and deletes it when they share none:
// the incremental path touches only the pairs its works changed, not every pair of every person it touched.
// Hyper-authored works (more than $maxAuthors authors) add no pairwise co-authorship (docs/DATA-MODEL.md).
// $pairs: list of {a, b} person ids with a < b (an edge points from the smaller to the larger id); $maxAuthors: integer.
UNWIND $pairs AS pair
MATCH (a:Person {id: pair.a}), (b:Person {id: pair.b})
CALL (a, b) {
  OPTIONAL MATCH (a)-[:AUTHORED]->(paper:Paper)<-[:AUTHORED]-(b)
  WHERE coalesce(paper.authorCount, 0) <= $maxAuthors
  RETURN collect(DISTINCT paper) AS shared
}
CALL (a, b, shared) {
  WITH a, b, shared
  WHERE size(shared) = 0
  OPTIONAL MATCH (a)-[edge:COAUTHOR]->(b)
  DELETE edge
}
CALL (a, b, shared) {
  WITH a, b, shared
  WHERE size(shared) > 0
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
}
