// The display names of the given topics (co-author edges store their top shared topics as ids only).
// $ids: list of topic ids; unknown ids are left out.
UNWIND $ids AS id
MATCH (t:Topic {id: id})
RETURN t.id AS id, coalesce(t.name, t.code, t.id) AS name
