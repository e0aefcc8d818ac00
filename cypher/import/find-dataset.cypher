// Whether a dataset finished loading. $id: dataset id.
MATCH (dataset:Dataset {id: $id})
RETURN dataset.id AS id, toString(dataset.loadedAt) AS loadedAt
