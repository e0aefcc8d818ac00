// Writes the read rank of the next $batch people after $after (by id) on their WORKS_ON and AFFILIATED_WITH, where it
// is missing or stale, with the expressions of cypher/import/build-works-on.cypher and build-affiliations.cypher
// (docs/DATA-MODEL.md "Read ranks"). One batch per transaction; server/neo4j/read-ranks.ts pages through every person.
// $after: the last id of the previous batch ('' to start); $batch: Cypher integer, people per batch.
// Returns the batch's last id and size (size < $batch: done).
MATCH (person:Person) WHERE person.id > $after
WITH person ORDER BY person.id LIMIT $batch
CALL (person) {
  WITH person, COUNT { (person)-[:AUTHORED]->(:Paper) } AS worksCount
  MATCH (person)-[r:WORKS_ON]->(topic)
  WITH r, topic, r.works * 1000000 + worksCount AS rank
  WHERE r.rank IS NULL OR r.rank <> rank OR r.toId IS NULL OR r.toId <> topic.id
  SET r.toId = topic.id, r.rank = rank
}
CALL (person) {
  MATCH (person)-[r:AFFILIATED_WITH]->(institution)
  WHERE r.rank IS NULL OR r.rank <> r.works OR r.toId IS NULL OR r.toId <> institution.id
  SET r.toId = institution.id, r.rank = r.works
}
RETURN max(person.id) AS last, count(person) AS size
