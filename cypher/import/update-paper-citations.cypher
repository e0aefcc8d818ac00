// Stores each given paper's in-graph citation count, and its read rank on the relationships that rank it among a
// topic's and a venue's papers (HAS_TOPIC, PUBLISHED_IN: toId = the topic/venue id, rank = the paper's rank; see
// docs/DATA-MODEL.md "Read ranks"). The rank is rewritten only where it changed. Both import paths and the store
// upgrade compute it with this same expression (cypher/upgrade/paper-ranks.cypher).
// $ids: list of paper ids.
UNWIND $ids AS id
MATCH (paper:Paper {id: id})
SET paper.citationCount = COUNT { (paper)<-[:CITES]-() }
WITH paper, paper.citationCount * 10000 + coalesce(paper.year, 9999) AS rank
CALL (paper, rank) {
  MATCH (paper)-[r:HAS_TOPIC|PUBLISHED_IN]->(ranked)
  WHERE r.rank IS NULL OR r.rank <> rank OR r.toId IS NULL OR r.toId <> ranked.id
  SET r.toId = ranked.id, r.rank = rank
}
