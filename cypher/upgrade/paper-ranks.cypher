// Writes the read rank of the next $batch papers after $after (by id) on their HAS_TOPIC and PUBLISHED_IN, where it is
// missing or stale, with the expression of cypher/import/update-paper-citations.cypher (docs/DATA-MODEL.md "Read
// ranks"). One batch per transaction; server/neo4j/read-ranks.ts pages through every paper.
// $after: the last id of the previous batch ('' to start); $batch: Cypher integer, papers per batch.
// Returns the batch's last id and size (size < $batch: done).
MATCH (paper:Paper) WHERE paper.id > $after
WITH paper ORDER BY paper.id LIMIT $batch
CALL (paper) {
  WITH paper, coalesce(paper.citationCount, 0) * 10000 + coalesce(paper.year, 9999) AS rank
  MATCH (paper)-[r:HAS_TOPIC|PUBLISHED_IN]->(ranked)
  WHERE r.rank IS NULL OR r.rank <> rank OR r.toId IS NULL OR r.toId <> ranked.id
  SET r.toId = ranked.id, r.rank = rank
}
RETURN max(paper.id) AS last, count(paper) AS size
