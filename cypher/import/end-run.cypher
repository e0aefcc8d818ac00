// Removes the mark of a finished import run, and the marks of earlier unfinished runs whose files this run imported
// again (a rerun of the same files converges to the clean graph, so those are repaired now).
// $id: run id; $files: file names of the run.
MATCH (run:ImportRun)
WHERE run.id = $id OR all(file IN run.files WHERE file IN $files)
DELETE run
