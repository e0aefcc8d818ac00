// Which of the given works are already in the graph, with their stored author count: only those can have links a
// re-import must replace (replace-work-links.cypher); a paper new in this batch has none.
// $ids: list of paper ids.
UNWIND $ids AS id
MATCH (paper:Paper {id: id})
RETURN paper.id AS id, paper.authorCount AS authorCount
