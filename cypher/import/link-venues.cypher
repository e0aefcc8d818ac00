// Writes one PUBLISHED_IN relationship per row (its read rank is written by update-paper-citations.cypher).
// $rows: list of {paper, venue}.
UNWIND $rows AS row
MATCH (paper:Paper {id: row.paper})
MATCH (venue:Venue {id: row.venue})
MERGE (paper)-[:PUBLISHED_IN]->(venue)
