// The works a paper cites and the works citing it, each side ranked by relevance to the paper: co-citation (works
// citing both) plus bibliographic coupling (references both list), then in-graph citations, year, id. A work on both
// sides (mutual citation, e.g. two versions of one preprint) is listed among the references only.
// $id: paper id. $references, $citing: Cypher integers, how many of each side to return (totals are counted).
MATCH (w:Paper {id: $id})
CALL (w) {
  OPTIONAL MATCH (w)-[:CITES]->(r:Paper)
  RETURN collect(DISTINCT r) AS refs
}
CALL (w, refs) {
  OPTIONAL MATCH (c:Paper)-[:CITES]->(w)
  WHERE NOT c IN refs
  RETURN collect(DISTINCT c) AS citers
}
UNWIND [{side: 'reference', papers: refs, limit: $references}, {side: 'citing', papers: citers, limit: $citing}] AS part
CALL (w, part) {
  UNWIND part.papers AS x
  WITH x,
       COUNT { (w)<-[:CITES]-(:Paper)-[:CITES]->(x) } AS cocitation,
       COUNT { (w)-[:CITES]->(:Paper)<-[:CITES]-(x) } AS coupling
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
       collect({side: part.side, total: size(part.papers), items: items}) AS sides
