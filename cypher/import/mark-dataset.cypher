// Records that a named dataset finished loading (npm start loads the demo data only when this is absent).
// $id: dataset id; $files: list of file names; $summary: map of counts.
MERGE (dataset:Dataset {id: $id})
SET dataset.loadedAt = datetime(), dataset.files = $files, dataset.works = $summary.works
