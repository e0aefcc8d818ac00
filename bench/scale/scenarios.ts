/** The API reads `npm run bench:scale` times, built from a store's foci (bench/scale/foci.ts). */
import type { Scenario } from "../scenarios.ts";
import type { Foci } from "./foci.ts";

const enc = encodeURIComponent;
const idOf = (key: string): string => key.slice(key.indexOf(":") + 1);
const SEARCH_TERMS = ["quantum", "garcia", "maria lind", "spin lattice", "neural", "shel", "hep-th", "climate model"];

export function scaleScenarios(foci: Foci): Scenario[] {
  const all = [...foci.people, ...foci.papers, ...foci.topics, ...foci.venues, ...foci.institutions];
  const slice = (key: string, depth: number) => `/api/graph/slice?focus=${enc(key)}&depth=${depth}`;
  const tail = foci.people.slice(10);
  return [
    { name: "profile", urls: foci.people.map((key) => `/api/people/${enc(idOf(key))}`) },
    { name: "works (page of 20)", urls: foci.people.map((key) => `/api/people/${enc(idOf(key))}/works?limit=20`) },
    { name: "paper", urls: foci.papers.map((key) => `/api/papers/${enc(idOf(key))}`) },
    { name: "slice depth 1", urls: all.map((key) => slice(key, 1)) },
    { name: "slice depth 2", urls: all.map((key) => slice(key, 2)) },
    { name: "slice depth 2, hubs", urls: foci.hubs.map((key) => slice(key, 2)) },
    { name: "expand", urls: foci.hubs.map((key) => `/api/graph/expand?node=${enc(key)}&limit=25`) },
    { name: "search", urls: SEARCH_TERMS.map((q) => `/api/search?q=${enc(q)}&limit=10`) },
    {
      name: "suggestions",
      urls: foci.people.map((key) => `/api/people/${enc(idOf(key))}/collaborators/suggested?limit=10`),
    },
    {
      name: "path",
      urls: tail.map(
        (key, i) => `/api/graph/path?from=${enc(key)}&to=${enc(foci.people[i]!)}&via=coauthor,authored,cites&k=3`,
      ),
    },
  ];
}
