// Full-text indexes for search and range indexes for sorting, year filters and DOI lookups (bibliography import). No parameters.
CREATE FULLTEXT INDEX person_name IF NOT EXISTS FOR (n:Person) ON EACH [n.name];
CREATE FULLTEXT INDEX paper_title IF NOT EXISTS FOR (n:Paper) ON EACH [n.title];
CREATE FULLTEXT INDEX topic_name IF NOT EXISTS FOR (n:Topic) ON EACH [n.name, n.code];
CREATE FULLTEXT INDEX institution_name IF NOT EXISTS FOR (n:Institution) ON EACH [n.name];
CREATE FULLTEXT INDEX venue_name IF NOT EXISTS FOR (n:Venue) ON EACH [n.name];
CREATE INDEX paper_year IF NOT EXISTS FOR (n:Paper) ON (n.year);
CREATE INDEX person_works IF NOT EXISTS FOR (n:Person) ON (n.worksCount);
CREATE INDEX paper_doi IF NOT EXISTS FOR (n:Paper) ON (n.doi);
