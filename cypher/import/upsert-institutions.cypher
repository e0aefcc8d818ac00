// Creates or updates the institutions a batch's authorships name, each once (the last record listed wins).
// $institutions: list of InstitutionRecord maps (seed/work-record.ts).
UNWIND $institutions AS row
MERGE (institution:Institution {id: row.id})
SET institution.name = row.name, institution.ror = row.ror, institution.country = row.country,
    institution.type = row.type
