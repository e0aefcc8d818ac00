// Removes the StaleCoauthors label once the given people's co-author pairs have been rebuilt in full.
// $ids: list of person ids.
UNWIND $ids AS id
MATCH (person:StaleCoauthors {id: id})
REMOVE person:StaleCoauthors
