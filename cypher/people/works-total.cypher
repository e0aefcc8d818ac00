// Whether a person exists, and how many works they have. $id: person id.
MATCH (p:Person {id: $id})
RETURN COUNT { (p)-[:AUTHORED]->(:Paper) } AS total
