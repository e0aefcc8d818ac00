// Stores each institution's number of affiliated people.
// $ids: list of institution ids.
UNWIND $ids AS id
MATCH (institution:Institution {id: id})
SET institution.peopleCount = COUNT { (institution)<-[:AFFILIATED_WITH]-() }
