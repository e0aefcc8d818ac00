// Stores each given paper's in-graph citation count.
// $ids: list of paper ids.
UNWIND $ids AS id
MATCH (paper:Paper {id: id})
SET paper.citationCount = COUNT { (paper)<-[:CITES]-() }
