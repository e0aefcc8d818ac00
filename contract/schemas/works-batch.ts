/** POST /api/works/batch: the works of a list of paper keys (a view's papers, for its bibliography). */
import { Type, type Static } from "typebox";
import { WorkSchema } from "./works.ts";

/** Most papers one request may ask for: a big explorer view holds a few hundred. */
export const WORKS_BATCH_MAX = 2000;

export const WorksBatchSchema = Type.Object({ items: Type.Array(WorkSchema) });
export type WorksBatch = Static<typeof WorksBatchSchema>;
