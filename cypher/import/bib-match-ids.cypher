// Works of a bibliography import found by DOI or by arXiv id (its paper id `arxiv:<id>`).
// $dois: lower-case bare DOIs. $ids: paper ids (`arxiv:<id>`).
// Returns one row per work found, with the DOI or id it was found by.
UNWIND $dois AS doi
MATCH (p:Paper {doi: doi})
RETURN doi AS by, 'doi' AS kind, p.id AS id
UNION ALL
UNWIND $ids AS paperId
MATCH (p:Paper {id: paperId})
RETURN paperId AS by, 'id' AS kind, p.id AS id
