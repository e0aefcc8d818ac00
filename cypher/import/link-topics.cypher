// Writes one HAS_TOPIC relationship per row (its read rank is written by update-paper-citations.cypher).
// $rows: list of {paper, topic, primary, score}.
UNWIND $rows AS row
MATCH (paper:Paper {id: row.paper})
MATCH (topic:Topic {id: row.topic})
MERGE (paper)-[has:HAS_TOPIC]->(topic)
SET has.primary = row.primary, has.score = row.score
