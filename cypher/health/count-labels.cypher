// Node counts per label of the graph model, for /api/health. No parameters.
CALL () { MATCH (n:Person) RETURN count(n) AS people }
CALL () { MATCH (n:Paper) RETURN count(n) AS papers }
CALL () { MATCH (n:Topic) RETURN count(n) AS topics }
CALL () { MATCH (n:Institution) RETURN count(n) AS institutions }
CALL () { MATCH (n:Venue) RETURN count(n) AS venues }
RETURN people, papers, topics, institutions, venues
