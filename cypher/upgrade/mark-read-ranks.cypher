// Marks the store's read ranks complete (server/neo4j/read-ranks.ts): later starts do not page through it again.
// $version: READ_RANKS_VERSION.
MERGE (format:StoreFormat {id: 'read-ranks'})
SET format.version = $version, format.upgradedAt = datetime()
