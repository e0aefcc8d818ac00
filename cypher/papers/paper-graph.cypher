// The works a paper cites and the works citing it, each side ranked by relevance to the paper: co-citation (works
// citing both) plus bibliographic coupling (references both list), then in-graph citations, year, id. A work on both
// sides (mutual citation, e.g. two versions of one preprint) is listed among the references only.
// Relevance is counted in one pass over each side's two-step neighbourhood, joined to the side by hash (USING JOIN),
// not per work: counted per work from the paper, a hub's 13.5k citers each walked all 13.5k (10–23 s at 1M works).
// $id: paper id. $references, $citing: Cypher integers, how many of each side to return (totals are counted).
MATCH (w:Paper {id: $id})
// Counts first, in one subquery whose branches see only w: a hash join under rows that carry lists is charged for
// them (the transaction memory pool's 1 GiB ran out on a hub paper). side: r reference, c citing; n: co-citing works
// (what = 'cocited') or shared references (what = 'coupled').
CALL (w) {
  CALL (w) {
    MATCH (w)<-[:CITES]-(:Paper)-[:CITES]->(x:Paper), (w)-[:CITES]->(x)
    USING JOIN ON x
    RETURN 'reference' AS side, 'cocited' AS what, x, count(*) AS n
    UNION ALL
    MATCH (w)-[:CITES]->(:Paper)<-[:CITES]-(x:Paper), (w)-[:CITES]->(x)
    USING JOIN ON x
    RETURN 'reference' AS side, 'coupled' AS what, x, count(*) AS n
    UNION ALL
    MATCH (w)<-[:CITES]-(:Paper)-[:CITES]->(x:Paper), (x)-[:CITES]->(w)
    USING JOIN ON x
    RETURN 'citing' AS side, 'cocited' AS what, x, count(*) AS n
    UNION ALL
    MATCH (w)-[:CITES]->(:Paper)<-[:CITES]-(x:Paper), (x)-[:CITES]->(w)
    USING JOIN ON x
    RETURN 'citing' AS side, 'coupled' AS what, x, count(*) AS n
  }
  RETURN collect({side: side, x: x, m: 0, c: CASE what WHEN 'cocited' THEN n ELSE 0 END,
                  k: CASE what WHEN 'coupled' THEN n ELSE 0 END}) AS scored
}
CALL (w) {
  OPTIONAL MATCH (w)-[:CITES]->(r:Paper)
  RETURN collect(DISTINCT r) AS refs
}
CALL (w, refs) {
  OPTIONAL MATCH (c:Paper)-[:CITES]->(w)
  WHERE NOT c IN refs
  RETURN collect(DISTINCT c) AS citers
}
// One row per side work (m = 1), plus one per (work, co-citing work) and per (work, shared reference), summed below.
UNWIND [
  {side: 'reference', total: size(refs), limit: $references,
   rows: [x IN refs | {x: x, m: 1, c: 0, k: 0}] + [s IN scored WHERE s.side = 'reference']},
  {side: 'citing', total: size(citers), limit: $citing,
   rows: [x IN citers | {x: x, m: 1, c: 0, k: 0}] + [s IN scored WHERE s.side = 'citing']}
] AS part
CALL (part) {
  UNWIND part.rows AS row
  WITH row.x AS x, sum(row.m) AS onSide, sum(row.c) AS cocitation, sum(row.k) AS coupling
  WHERE onSide > 0
  ORDER BY cocitation + coupling DESC, coalesce(x.citationCount, 0) DESC, x.year DESC, x.id
  WITH collect({x: x, cocitation: cocitation, coupling: coupling}) AS ranked
  UNWIND ranked[..part.limit] AS item
  WITH item, item.x AS x
  RETURN collect(x {.id, .title, .year, .citationCount, cocitation: item.cocitation, coupling: item.coupling,
    authors: COLLECT {
      MATCH (a:Person)-[au:AUTHORED]->(x)
      WITH a, au ORDER BY coalesce(au.position, 1000000), a.id
      RETURN a.name
    },
    topics: COLLECT {
      MATCH (x)-[h:HAS_TOPIC]->(t:Topic)
      WITH t, h ORDER BY coalesce(h.primary, false) DESC, coalesce(h.score, 0) DESC, t.id
      RETURN coalesce(t.name, t.code, t.id)
    }}) AS items
}
RETURN w {.id, .title, .year, .citationCount} AS focus,
       collect({side: part.side, total: part.total, items: items}) AS sides
