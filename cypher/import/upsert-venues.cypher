// Creates or updates the venues a batch of works is published in, each once (the last record listed wins).
// $venues: list of {id, name, type}.
UNWIND $venues AS row
MERGE (venue:Venue {id: row.id})
SET venue.name = row.name, venue.type = row.type
