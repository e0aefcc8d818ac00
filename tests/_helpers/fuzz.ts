/**
 * Hostile request generation from the app's own OpenAPI description (/docs/json): a seeded PRNG picks a route and,
 * for each of its parameters, either a plausible value (one the schema and the demo data accept) or a hostile one
 * (non-finite or huge numbers, long strings, bad percent-encoding, unicode, injection strings, wrong types).
 */

export interface FuzzRequest {
  method: "GET" | "POST";
  url: string;
  payload?: string;
}

interface Parameter {
  in: "query" | "path";
  name: string;
  schema?: { type?: string; minimum?: number; maximum?: number; enum?: unknown[] };
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: { properties: Record<string, Parameter["schema"]> } }> };
}
export interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
}

const HOSTILE_NUMBERS = [
  "Infinity",
  "-Infinity",
  "NaN",
  "1E400",
  "-1e309",
  "-0",
  "0x10",
  "",
  " 5",
  "1e1",
  "5.5",
  "-1",
  "99999999999999999999",
  "2147483648",
  "9007199254740993",
  "1_000",
  "+3",
  "٣",
];
const HOSTILE_STRINGS = [
  "x".repeat(5000),
  "é".repeat(2000),
  "') DETACH DELETE n //",
  "' OR 1=1 --",
  "person:x'}) MATCH (n) DETACH DELETE n //",
  "${7*7}{{7*7}}",
  "../../../../etc/passwd",
  "<script>alert(1)</script>",
  "\u0000\u0001\u001f",
  "\u202e\u0645\u0631\u062d\u0628\u0627",
  "e\u0301\u0301\u0301",
  "💥🧪👩‍🔬",
  "\ud800",
  "*",
  "~1",
  "title:(a OR b)^9",
  "person:",
  ":",
  "person:arxiv:S.Shelah,".repeat(100),
];
/** Percent-encodings that are not valid (inserted raw into the URL). */
const RAW_BAD_ENCODINGS = ["%zz", "%", "%E0%A4%A", "%C0%AF", "%FF%FE", "%00"];

const NODE_KEYS = [
  "person:arxiv:S.Shelah",
  "person:arxiv:E.Witten",
  "topic:arxiv:hep-th",
  "paper:arxiv:hep-th/9401002",
  "institution:openalex:I1843",
  "venue:nowhere",
  "person:arxiv:Xia Song",
];
const PLAUSIBLE: Record<string, string[]> = {
  id: ["arxiv:S.Shelah", "arxiv:Xia Song", "arxiv:hep-th/9401002", "arxiv:Nobody"],
  focus: NODE_KEYS,
  node: NODE_KEYS,
  from: [...NODE_KEYS, "1991"],
  to: [...NODE_KEYS, "1995"],
  exclude: NODE_KEYS,
  kinds: ["person", "paper,topic", "person,paper,topic,institution,venue"],
  via: ["coauthor", "cites,authored"],
  q: ["shelah", "string theory", "xia"],
  sort: ["year", "citations"],
  topic: ["topic:arxiv:hep-th", "arxiv:math.LO"],
};

/** Builds one request; `random` decides everything. */
export function fuzzRequest(api: OpenApi, random: () => number): FuzzRequest {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const routes = Object.entries(api.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase() as "GET" | "POST", op })),
  );
  const route = pick(routes);
  const value = (parameter: Parameter): string => {
    const numeric = parameter.schema?.type === "integer" || parameter.schema?.type === "number";
    const roll = random();
    if (roll < 0.45) {
      if (numeric) {
        const { minimum = 0, maximum = 100 } = parameter.schema ?? {};
        return String(Math.floor(minimum + random() * (Math.min(maximum, minimum + 50) - minimum + 1)));
      }
      return pick(PLAUSIBLE[parameter.name] ?? ["x"]);
    }
    if (numeric && roll < 0.8) return pick(HOSTILE_NUMBERS);
    return pick(HOSTILE_STRINGS);
  };
  // A lone surrogate has no UTF-8 form: send the bytes a careless encoder would (invalid UTF-8).
  const percent = (raw: string) => {
    try {
      return encodeURIComponent(raw);
    } catch {
      return "%ED%A0%80";
    }
  };
  const encode = (raw: string) => (random() < 0.1 ? pick(RAW_BAD_ENCODINGS) : "") + percent(raw);

  let path = route.path;
  const query: string[] = [];
  for (const parameter of route.op.parameters ?? []) {
    if (parameter.in === "path") path = path.replace(`{${parameter.name}}`, encode(value(parameter)));
    else if (random() < 0.7) {
      const repeats = random() < 0.1 ? 3 : 1;
      for (let i = 0; i < repeats; i++) query.push(`${parameter.name}=${encode(value(parameter))}`);
    }
  }
  if (random() < 0.05) query.push(`${encode(pick(HOSTILE_STRINGS))}=${encode(pick(HOSTILE_STRINGS))}`);
  const url = query.length > 0 ? `${path}?${query.join("&")}` : path;
  const body = route.op.requestBody?.content["application/json"]?.schema.properties;
  if (route.method !== "POST" || !body) return { method: route.method, url };
  const fields = Object.entries(body)
    .filter(() => random() < 0.8)
    .map(([name, schema]) => {
      const raw = value({ in: "query", name, schema });
      // JSON numbers written as text (1e400 parses to Infinity), wrong types, or plain strings.
      const numberLiteral = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(raw) || raw === "1E400" || raw === "-1e309";
      const json = name === "exclude" ? JSON.stringify([raw]) : numberLiteral ? raw : JSON.stringify(raw);
      return `${JSON.stringify(name)}:${random() < 0.1 ? "[]" : json}`;
    });
  return { method: "POST", url, payload: `{${fields.join(",")}}` };
}
