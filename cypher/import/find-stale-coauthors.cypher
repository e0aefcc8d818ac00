// People labelled StaleCoauthors by upsert-works.cypher (in this run or a killed earlier one): their co-author pairs
// are rebuilt in full. No parameters.
MATCH (person:StaleCoauthors)
RETURN person.id AS id
