/**
 * GET /api/papers/:id/graph through the real app: the relevance of each reference and citing work (co-citation +
 * bibliographic coupling) and its rank, against counts made from the raw Paperscape CSV files by the tests' own
 * reader (tests/_helpers/paperscape-oracle.ts), which shares no code with the importer or the Cypher.
 */
import type { FastifyInstance } from "fastify";
import { Value } from "typebox/value";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PaperGraphSchema, type PaperGraph } from "../../contract/schemas/paper-graph.ts";
import { getJson, startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { seededRandom } from "../_helpers/coauthor-bfs.ts";
import { readPaperscape, type PaperscapeOracle } from "../_helpers/paperscape-oracle.ts";

let running: RunningApp;
let app: FastifyInstance;
let oracle: PaperscapeOracle;
/** In-set citations of the raw data: work id → the ids it cites, and → the ids citing it. */
const cites = new Map<string, Set<string>>();
const citedBy = new Map<string, Set<string>>();

beforeAll(async () => {
  running = await startTestApp();
  app = running.app;
  oracle = readPaperscape();
  for (const work of oracle.works.values()) {
    const refs = new Set(work.refs.filter((ref) => ref !== work.id && oracle.works.has(ref)));
    cites.set(work.id, refs);
    for (const ref of refs) {
      if (!citedBy.has(ref)) citedBy.set(ref, new Set());
      citedBy.get(ref)!.add(work.id);
    }
  }
});
afterAll(async () => {
  await running.close();
});

const shared = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined) => {
  if (!a || !b) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n += 1;
  return n;
};

/** What the raw data says about each side of a paper: every work with its co-citation and coupling counts. */
function expectedSides(id: string) {
  const refs = cites.get(id) ?? new Set<string>();
  const citers = [...(citedBy.get(id) ?? [])].filter((x) => !refs.has(x));
  const score = (x: string) => {
    const cocitation = shared(citedBy.get(id), citedBy.get(x));
    const coupling = shared(refs, cites.get(x));
    return { id: x, cocitation, coupling, relevance: cocitation + coupling };
  };
  return { reference: [...refs].map(score), citing: citers.map(score) };
}

const graphOf = (id: string, references = 12, citing = 12) =>
  getJson<PaperGraph>(
    app,
    `/api/papers/${encodeURIComponent(`arxiv:${id}`)}/graph?references=${references}&citing=${citing}`,
  );

/** Papers with both sides in the data: the most cited one with references, and a seeded sample. */
function focusPapers(): string[] {
  const both = [...oracle.works.keys()].filter(
    (id) => (cites.get(id)?.size ?? 0) >= 3 && (citedBy.get(id)?.size ?? 0) >= 3,
  );
  both.sort((a, b) => citedBy.get(b)!.size - citedBy.get(a)!.size || (a < b ? -1 : 1));
  const random = seededRandom(12);
  const sample = Array.from({ length: 3 }, () => both[Math.floor(random() * both.length)]!);
  return [...new Set([both[0]!, ...sample])];
}

describe("GET /api/papers/:id/graph", () => {
  it("scores every reference and citing work as the raw data does, and ranks each side by it", async () => {
    for (const id of focusPapers()) {
      const { status, body } = await graphOf(id, 200, 200);
      expect(status).toBe(200);
      expect(Value.Check(PaperGraphSchema, body)).toBe(true);
      const expected = expectedSides(id);
      for (const side of ["reference", "citing"] as const) {
        const nodes = body.nodes.filter((node) => node.attributes.side === side);
        const want = new Map(expected[side].map((x) => [`paper:arxiv:${x.id}`, x]));
        const total = side === "reference" ? body.attributes.references.total : body.attributes.citing.total;
        expect(total, `${id} ${side} total`).toBe(want.size);
        expect(nodes.length).toBe(Math.min(200, want.size));
        for (const node of nodes) {
          const truth = want.get(node.key);
          expect(truth, `${node.key} is on the ${side} side of ${id}`).toBeDefined();
          expect({ key: node.key, cocitation: node.attributes.cocitation, coupling: node.attributes.coupling }).toEqual(
            {
              key: node.key,
              cocitation: truth!.cocitation,
              coupling: truth!.coupling,
            },
          );
          expect(node.attributes.relevance).toBe(truth!.relevance);
        }
        const ranked = [...nodes].sort((a, b) => a.attributes.rank - b.attributes.rank);
        expect(ranked.map((n) => n.attributes.rank)).toEqual(ranked.map((_n, i) => i + 1));
        const relevances = ranked.map((n) => n.attributes.relevance);
        expect(relevances).toEqual([...relevances].sort((a, b) => b - a));
      }
    }
  });

  it("keeps the most relevant of each side when asked for fewer, and counts the whole side", async () => {
    const [id] = focusPapers();
    const { body } = await graphOf(id!, 3, 2);
    const expected = expectedSides(id!);
    for (const [side, n] of [
      ["reference", 3],
      ["citing", 2],
    ] as const) {
      const shown = body.nodes.filter((node) => node.attributes.side === side).map((node) => node.attributes.relevance);
      const best = expected[side].map((x) => x.relevance).sort((a, b) => b - a);
      expect(shown, `${id} ${side}`).toEqual(best.slice(0, n));
    }
    expect(body.attributes.references).toEqual({ total: expected.reference.length, shown: 3 });
    expect(body.attributes.citing).toEqual({ total: expected.citing.length, shown: 2 });
  });

  it("draws citations in their direction: the paper to its references, citing works to the paper", async () => {
    const [id] = focusPapers();
    const { body } = await graphOf(id!);
    const focus = body.attributes.focus;
    const side = new Map(body.nodes.map((node) => [node.key, node.attributes.side]));
    expect(side.get(focus)).toBe("focus");
    expect(body.edges.length).toBe(body.nodes.length - 1);
    for (const edge of body.edges) {
      expect(edge.attributes.kind).toBe("cites");
      if (edge.source === focus) expect(side.get(edge.target)).toBe("reference");
      else expect([side.get(edge.source), edge.target]).toEqual(["citing", focus]);
    }
    // Authors and topics come with each work, in byline order.
    const reference = body.nodes.find((node) => node.attributes.side === "reference")!;
    const raw = oracle.works.get(reference.key.replace("paper:arxiv:", ""))!;
    expect(reference.attributes.authors).toEqual(raw.authors.slice(0, 20));
    expect(reference.attributes.topicNames.length).toBe(raw.categories.length);
  });

  it("answers 404 for an unknown paper and 400 for a side beyond 200", async () => {
    const missing = await getJson(app, "/api/papers/arxiv%3Anope%2F0000000/graph");
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: "RGE_NOT_FOUND" });
    const tooMany = await getJson(app, "/api/papers/arxiv%3Ahep-th%2F9401002/graph?citing=201");
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ code: "RGE_BAD_PARAM" });
  });
});
