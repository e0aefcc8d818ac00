// Creates or updates the topics a batch of works lists, each once (the last record listed wins).
// $topics: list of {id, name, code, field, domain}.
UNWIND $topics AS row
MERGE (topic:Topic {id: row.id})
SET topic.name = row.name, topic.code = row.code, topic.field = row.field, topic.domain = row.domain
