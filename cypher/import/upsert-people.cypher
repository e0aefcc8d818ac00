// Sets the profile facts that only some sources hold (verification, claimed, followers, headline).
// $people: list of PersonRecord maps (seed/work-record.ts).
UNWIND $people AS record
MERGE (person:Person {id: record.id})
SET person.name = record.name,
    person.verification = coalesce(record.verification, person.verification),
    person.claimed = coalesce(record.claimed, person.claimed),
    person.followers = coalesce(record.followers, person.followers),
    person.headline = coalesce(record.headline, person.headline)
