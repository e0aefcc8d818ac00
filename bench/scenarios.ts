/**
 * What `npm run bench` measures: the API's reads on the demo data, biggest hubs included (S.Shelah 135 works, the
 * arxiv venue 33k papers, hep-th 10k papers). Each scenario cycles through its URLs.
 */

export interface Scenario {
  name: string;
  urls: string[];
}

const enc = encodeURIComponent;
const person = (name: string) => `arxiv:${name}`;
const slice = (focus: string, depth: number, extra = "") =>
  `/api/graph/slice?focus=${enc(focus)}&depth=${depth}${extra}`;

/** Foci of the slice scenarios, also computed by the naive Cypher for comparison. */
export const SLICE_FOCI = [
  { key: "person:arxiv:Xia Song", id: "arxiv:Xia Song" },
  { key: "person:arxiv:S.Shelah", id: "arxiv:S.Shelah" },
  { key: "person:arxiv:E.Elizalde", id: "arxiv:E.Elizalde" },
  { key: "paper:arxiv:hep-th/9407087", id: "arxiv:hep-th/9407087" },
  { key: "topic:arxiv:hep-th", id: "arxiv:hep-th" },
  { key: "venue:arxiv", id: "arxiv" },
];

export const SCENARIOS: Scenario[] = [
  {
    name: "profile",
    urls: ["Xia Song", "S.Shelah", "E.Elizalde", "S.D.Odintsov", "A.Milsztajn"].map(
      (name) => `/api/people/${enc(person(name))}`,
    ),
  },
  {
    name: "works (page of 20)",
    urls: ["Xia Song", "S.Shelah", "E.Elizalde"].map((name) => `/api/people/${enc(person(name))}/works?limit=20`),
  },
  { name: "slice depth 1", urls: SLICE_FOCI.map((focus) => slice(focus.key, 1)) },
  { name: "slice depth 2", urls: SLICE_FOCI.map((focus) => slice(focus.key, 2)) },
  {
    name: "slice depth 2, hubs only",
    urls: ["person:arxiv:S.Shelah", "topic:arxiv:hep-th", "venue:arxiv"].map((key) => slice(key, 2)),
  },
  {
    name: "expand",
    urls: [
      `/api/graph/expand?node=${enc("person:arxiv:S.Shelah")}&limit=25`,
      `/api/graph/expand?node=${enc("venue:arxiv")}&limit=25&offset=100`,
      `/api/graph/expand?node=${enc("topic:arxiv:hep-th")}&limit=25&exclude=${enc("paper:arxiv:hep-th/9407087")}`,
    ],
  },
  {
    name: "search",
    urls: ["shel", "S.D.Odin", "xia so", "hep-th", "monopole conden", "helmholtz", "witt"].map(
      (q) => `/api/search?q=${enc(q)}&limit=10`,
    ),
  },
  {
    name: "suggestions",
    urls: ["Xia Song", "S.Shelah", "E.Witten", "E.Elizalde"].map(
      (name) => `/api/people/${enc(person(name))}/collaborators/suggested?limit=10`,
    ),
  },
  {
    name: "path",
    urls: [
      ["S.Shelah", "E.Witten", "coauthor"],
      ["E.Elizalde", "S.D.Odintsov", "coauthor"],
      ["Xia Song", "S.Shelah", "coauthor,authored,cites,published_in"],
      ["S.Shelah", "E.Witten", "authored,cites"],
    ].map(
      ([a, b, via]) =>
        `/api/graph/path?from=${enc(`person:${person(a!)}`)}&to=${enc(`person:${person(b!)}`)}&via=${via}&k=3`,
    ),
  },
];
