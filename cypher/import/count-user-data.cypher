// User data in the store (accounts, sessions, follows, claims, invites, messages…): every node that is neither
// bibliographic nor an import marker, whatever its label. The bulk path (which overwrites the store) refuses a store
// holding any. No parameters.
MATCH (n)
WHERE NOT (n:Person OR n:Paper OR n:Topic OR n:Institution OR n:Venue OR n:Dataset OR n:ImportRun)
RETURN count(n) AS n
