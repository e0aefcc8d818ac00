// Writes one AUTHORED relationship per row. A new authorship is stamped `addedAt` (what an import brought: the
// Following page's new works and co-authors); a re-imported one keeps its stamp, so importing the same file again
// adds nothing new.
// $rows: list of {paper, person, position, institutionIds (null when none)}.
UNWIND $rows AS row
MATCH (paper:Paper {id: row.paper})
MATCH (person:Person {id: row.person})
MERGE (person)-[authored:AUTHORED]->(paper)
ON CREATE SET authored.addedAt = datetime()
SET authored.position = row.position, authored.institutionIds = row.institutionIds
