// Whether the store's read ranks are complete (server/neo4j/read-ranks.ts paged through every paper and person). No parameters.
MATCH (format:StoreFormat {id: 'read-ranks'})
RETURN format.version AS version
