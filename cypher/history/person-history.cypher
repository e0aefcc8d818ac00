// A researcher's activity per year, as [year, count] pairs: works, new co-authors (a co-author is new in the year of
// their first shared work), citations from works in the graph (CITES, by the citing work's year, one per citing
// work and cited work) and the source's citations per year (OpenAlex counts_by_year, summed over the works by
// server/graph/history.ts).
// Works without a year are left out of every count. $id: person id. No row: no such person.
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[:AUTHORED]->(w:Paper)
  WHERE w.year IS NOT NULL
  WITH toInteger(w.year) AS year, count(*) AS n
  RETURN collect([year, n]) AS works
}
CALL (p) {
  MATCH (p)-[:AUTHORED]->(w:Paper)<-[:AUTHORED]-(c:Person)
  WHERE c <> p AND w.year IS NOT NULL
  WITH c, min(toInteger(w.year)) AS year
  WITH year, count(*) AS n
  RETURN collect([year, n]) AS newCoauthors
}
CALL (p) {
  MATCH (p)-[:AUTHORED]->(:Paper)<-[:CITES]-(citing:Paper)
  WHERE citing.year IS NOT NULL
  WITH toInteger(citing.year) AS year, count(*) AS n
  RETURN collect([year, n]) AS citationsInGraph
}
CALL (p) {
  MATCH (p)-[:AUTHORED]->(w:Paper)
  WHERE w.sourceCitationYears IS NOT NULL
  WITH w, [i IN range(0, size(w.sourceCitationYears) - 1) |
           [toInteger(w.sourceCitationYears[i]), toInteger(w.sourceCitationCounts[i])]] AS pairs
  // Pairs of every work, one list: the same year appears once per work and is summed by the presenter.
  RETURN count(w) AS sourceWorks, reduce(all = [], listed IN collect(pairs) | all + listed) AS citationsFromSource
}
RETURN works, newCoauthors, citationsInGraph, citationsFromSource, sourceWorks,
       COUNT { (p)-[:AUTHORED]->(:Paper) } AS totalWorks
