// Links each citing work to a work it cites, one row per reference; references to works not in the graph stay
// unlinked (dangling), a work citing itself is not linked.
// $rows: list of {from, to} paper ids.
// Returns linked: references that found their target.
UNWIND $rows AS row
MATCH (citing:Paper {id: row.from})
MATCH (cited:Paper {id: row.to})
WHERE cited <> citing
MERGE (citing)-[:CITES]->(cited)
RETURN count(*) AS linked
