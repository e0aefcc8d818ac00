// Deletes user $userId and what is theirs: sessions, sign-in tokens, follows and blocks (their relationships), invites
// sent and received, the messages they wrote, their conversation memberships (a conversation that no one else is
// still in — every other member left — goes with its messages). Their claims stay, released (status 'released', no
// link to a user, no longer holding the record: `approvedFor` goes), so the moderators' record of who claimed what
// and when keeps its history. Returns the id, or no row for an unknown user. Params: $userId.
MATCH (user:User {id: $userId})
CALL (user) {
  MATCH (session:Session)-[:SESSION_OF]->(user)
  DETACH DELETE session
}
CALL (user) {
  MATCH (token:LoginToken)
  WHERE token.email = user.email
  DELETE token
}
CALL (user) {
  MATCH (user)-[made:MADE]->(claim:Claim)
  SET claim.status = 'released', claim.releasedAt = datetime(), claim.releasedBecause = 'account deleted'
  REMOVE claim.approvedFor
  DELETE made
}
CALL (user) {
  MATCH (user)-[:SENT]->(invite:Invite)
  DETACH DELETE invite
}
CALL (user) {
  MATCH (invite:Invite)-[:TO]->(user)
  DETACH DELETE invite
}
CALL (user) {
  MATCH (user)-[:WROTE]->(message:Message)
  DETACH DELETE message
}
CALL (user) {
  MATCH (user)-[membership:IN]->(conversation:Conversation)
  DELETE membership
  WITH DISTINCT conversation
  WHERE NOT EXISTS { (:User)-[member:IN]->(conversation) WHERE member.leftAt IS NULL }
  OPTIONAL MATCH (message:Message)-[:IN]->(conversation)
  DETACH DELETE message, conversation
}
WITH user, user.id AS id
DETACH DELETE user
RETURN id
