// Creates or updates the people a batch of works names as authors, each once (the last name listed wins; an ORCID
// is kept when no record of the batch has one).
// $people: list of {id, name, orcid (or null)}.
UNWIND $people AS row
MERGE (person:Person {id: row.id})
SET person.name = row.name, person.orcid = coalesce(row.orcid, person.orcid)
