// What GET /api/me adds to the user: their claimed profile (an approved claim first, then a pending or disputed one,
// newest first), the count of pending invites to them (not those suppressed because the user blocks their sender)
// and of unread messages in the conversations they are in (docs/COLLABORATION.md). Works before any claim or invite
// exists (OPTIONAL MATCH on the model of docs/DATA-MODEL.md, "User data"). Params: $userId.
MATCH (user:User {id: $userId})
OPTIONAL MATCH (user)-[:MADE]->(claim:Claim)-[:CLAIMS]->(person:Person)
  WHERE claim.status IN ['claimed', 'pending', 'disputed']
WITH user, claim, person
ORDER BY CASE claim.status WHEN 'claimed' THEN 0 WHEN 'pending' THEN 1 ELSE 2 END, claim.createdAt DESC
WITH user, collect(CASE WHEN claim IS NOT NULL THEN {
  personId: person.id, name: person.name, level: claim.level, status: claim.status
} END)[0] AS best
CALL (user) {
  OPTIONAL MATCH (invite:Invite {status: 'pending'})-[:TO]->(user)
  WHERE NOT coalesce(invite.suppressed, false)
  RETURN count(invite) AS unreadInvites
}
CALL (user) {
  OPTIONAL MATCH (user)-[me:IN]->(c:Conversation)
  WHERE me.leftAt IS NULL
  RETURN sum(COUNT { (m:Message)-[:IN]->(c) WHERE m.seq > me.readSeq AND NOT EXISTS { (user)-[:WROTE]->(m) } })
         AS unreadMessages
}
RETURN best AS claimedProfile, unreadInvites, unreadMessages
