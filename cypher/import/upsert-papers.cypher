// Creates or updates the Paper node of each work (its own properties only; links are separate flat statements).
// $papers: list of {id, title, year, type, abstract, doi, url, references (null when empty), referencesTotal,
// sourceCitedBy, sourceCitationYears, sourceCitationCounts, source, authorCount}.
// Empty lists are not stored (absent means empty): Neo4j's bulk importer cannot write an empty array, and both import
// paths must end in the same graph.
UNWIND $papers AS row
MERGE (paper:Paper {id: row.id})
SET paper.title = row.title,
    paper.year = row.year,
    paper.type = row.type,
    paper.abstract = row.abstract,
    paper.doi = row.doi,
    paper.url = row.url,
    paper.references = row.references,
    paper.referencesTotal = row.referencesTotal,
    paper.sourceCitedBy = row.sourceCitedBy,
    paper.sourceCitationYears = row.sourceCitationYears,
    paper.sourceCitationCounts = row.sourceCitationCounts,
    paper.source = row.source,
    paper.authorCount = row.authorCount
