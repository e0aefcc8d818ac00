// Rebuilds WORKS_ON edges (person → topic, with the number of works and the last year) for the given people from
// their authorships: edges whose topic is gone are deleted, the others merged, so an edge that did not change is not
// written again (an import into a big graph touches many people whose topics barely change). Each edge carries its
// read rank among the topic's people (toId = topic id, rank = works × 10⁶ + the person's works; docs/DATA-MODEL.md).
// $ids: list of person ids.
UNWIND $ids AS id
MATCH (person:Person {id: id})
CALL (person) {
  OPTIONAL MATCH (person)-[:AUTHORED]->(paper:Paper)-[:HAS_TOPIC]->(topic:Topic)
  WITH topic, count(DISTINCT paper) AS works, max(paper.year) AS lastYear
  RETURN collect(CASE WHEN topic IS NOT NULL THEN {topic: topic, works: works, lastYear: lastYear} END) AS current
}
CALL (person, current) {
  OPTIONAL MATCH (person)-[old:WORKS_ON]->(topic:Topic)
  WHERE NOT topic IN [entry IN current | entry.topic]
  DELETE old
}
CALL (person, current) {
  WITH person, current, COUNT { (person)-[:AUTHORED]->(:Paper) } AS worksCount
  UNWIND current AS entry
  WITH person, entry, entry.topic AS topic, worksCount
  MERGE (person)-[edge:WORKS_ON]->(topic)
  SET edge.works = entry.works, edge.lastYear = entry.lastYear, edge.toId = topic.id,
      edge.rank = entry.works * 1000000 + worksCount
}
