// Ends one session (sign-out, or the session a new sign-in replaces). Params: $idHash.
MATCH (session:Session {idHash: $idHash})
DETACH DELETE session
