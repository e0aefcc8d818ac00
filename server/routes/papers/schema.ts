/** Request schema of /api/papers/:id; the response schema is the contract's (contract/schemas/papers.ts). */
import { Type } from "@fastify/type-provider-typebox";

export const PaperParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 500 }) });
