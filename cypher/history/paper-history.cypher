// A paper's citations per year, as [year, count] pairs: from works in the graph (CITES, by the citing work's year)
// and from the source (OpenAlex counts_by_year, stored as parallel lists at import). $id: paper id. No row: no such
// paper.
MATCH (w:Paper {id: $id})
CALL (w) {
  MATCH (w)<-[:CITES]-(citing:Paper)
  WHERE citing.year IS NOT NULL
  WITH toInteger(citing.year) AS year, count(*) AS n
  RETURN collect([year, n]) AS citationsInGraph
}
RETURN citationsInGraph,
       CASE WHEN w.sourceCitationYears IS NULL THEN []
            ELSE [i IN range(0, size(w.sourceCitationYears) - 1) |
                  [toInteger(w.sourceCitationYears[i]), toInteger(w.sourceCitationCounts[i])]] END AS citationsFromSource,
       CASE WHEN w.sourceCitationYears IS NULL THEN 0 ELSE 1 END AS sourceWorks
