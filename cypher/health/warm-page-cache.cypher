// Reads into the page cache what most requests start from (boot-time warm-up, server/warm-up.ts): the id indexes of
// people and papers (every route seeks a node by id), their records with the properties lists show, then the
// authorships and co-author edges (profiles, works pages, papers, suggestions walk them). Neo4j Community has no
// page-cache warmer of its own. Bounded by the caller's time budget: what it reaches before then stays cached.
// No parameters.
CALL () { MATCH (n:Person) WHERE n.id IS NOT NULL RETURN count(*) AS personIds }
CALL () { MATCH (n:Paper) WHERE n.id IS NOT NULL RETURN count(*) AS paperIds }
CALL () { MATCH (n:Person) RETURN count(n.name) AS people }
CALL () { MATCH (n:Paper) RETURN count(n.citationCount) AS papers }
CALL () { MATCH ()-[r:AUTHORED]->() RETURN count(r.position) AS authorships }
CALL () { MATCH ()-[r:COAUTHOR]->() RETURN count(r.works) AS coauthors }
RETURN personIds + paperIds + people + papers + authorships + coauthors AS touched
