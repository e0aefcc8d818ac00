// Full-text indexes for search and range indexes for sorting, year filters and DOI lookups (bibliography import). No parameters.
CREATE FULLTEXT INDEX person_name IF NOT EXISTS FOR (n:Person) ON EACH [n.name];
CREATE FULLTEXT INDEX paper_title IF NOT EXISTS FOR (n:Paper) ON EACH [n.title];
CREATE FULLTEXT INDEX topic_name IF NOT EXISTS FOR (n:Topic) ON EACH [n.name, n.code];
CREATE FULLTEXT INDEX institution_name IF NOT EXISTS FOR (n:Institution) ON EACH [n.name];
CREATE FULLTEXT INDEX venue_name IF NOT EXISTS FOR (n:Venue) ON EACH [n.name];
CREATE INDEX paper_year IF NOT EXISTS FOR (n:Paper) ON (n.year);
CREATE INDEX person_works IF NOT EXISTS FOR (n:Person) ON (n.worksCount);
CREATE INDEX paper_doi IF NOT EXISTS FOR (n:Paper) ON (n.doi);
// Read ranks (docs/DATA-MODEL.md): the neighbour's rank stored on the relationship with the id of the node it points to,
// so the best neighbours of a hub (a topic's papers and people, a venue's papers, an institution's people) are read in
// index order, LIMIT rows, instead of sorting every neighbour.
CREATE INDEX has_topic_rank IF NOT EXISTS FOR ()-[r:HAS_TOPIC]-() ON (r.toId, r.rank);
CREATE INDEX published_in_rank IF NOT EXISTS FOR ()-[r:PUBLISHED_IN]-() ON (r.toId, r.rank);
CREATE INDEX works_on_rank IF NOT EXISTS FOR ()-[r:WORKS_ON]-() ON (r.toId, r.rank);
CREATE INDEX affiliated_with_rank IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.toId, r.rank);
