// One node id per kind (null where a kind has none), for warming query plans before the app listens: Neo4j caches a
// plan per statement and parameter types, whatever the result, so any node of each kind will do. No parameters.
CALL () { OPTIONAL MATCH (n:Person) RETURN n.id AS person LIMIT 1 }
CALL () { OPTIONAL MATCH (n:Paper) RETURN n.id AS paper LIMIT 1 }
CALL () { OPTIONAL MATCH (n:Topic) RETURN n.id AS topic LIMIT 1 }
CALL () { OPTIONAL MATCH (n:Institution) RETURN n.id AS institution LIMIT 1 }
CALL () { OPTIONAL MATCH (n:Venue) RETURN n.id AS venue LIMIT 1 }
RETURN person, paper, topic, institution, venue
