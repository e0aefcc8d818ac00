/**
 * Foci for the scale benchmark, drawn from the whole degree distribution of a store: the 10 largest hubs of each
 * kind and people and papers at evenly spaced positions of the id order (mostly the long tail), so that the numbers
 * show what a hub costs beside an ordinary node.
 */
import type { Driver } from "neo4j-driver";

export interface Foci {
  people: string[];
  papers: string[];
  topics: string[];
  venues: string[];
  institutions: string[];
  /** Hub keys only (the 10 largest of each kind), for the hub rows. */
  hubs: string[];
}

const HUBS: Record<string, string> = {
  person: "MATCH (n:Person) RETURN n.id AS id ORDER BY n.worksCount DESC, n.id LIMIT 10",
  paper: "MATCH (n:Paper) RETURN n.id AS id ORDER BY n.citationCount DESC, n.id LIMIT 10",
  topic: "MATCH (n:Topic) RETURN n.id AS id ORDER BY n.worksCount DESC, n.id LIMIT 10",
  venue: "MATCH (n:Venue) RETURN n.id AS id ORDER BY COUNT { (n)<-[:PUBLISHED_IN]-() } DESC, n.id LIMIT 10",
  institution: "MATCH (n:Institution) RETURN n.id AS id ORDER BY n.peopleCount DESC, n.id LIMIT 10",
};

async function ids(driver: Driver, statement: string, params: Record<string, unknown> = {}): Promise<string[]> {
  const { records } = await driver.executeQuery(statement, params, { database: "neo4j" });
  return records.map((record) => String(record.get("id")));
}

async function spread(driver: Driver, label: "Person" | "Paper", count: number): Promise<string[]> {
  const total = Number(
    (await driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS n`, {}, { database: "neo4j" })).records[0]!.get(
      "n",
    ),
  );
  const picks: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const skip = Math.floor((total * (i + 0.5)) / count);
    picks.push(
      ...(await ids(driver, `MATCH (n:${label}) RETURN n.id AS id ORDER BY n.id SKIP toInteger($skip) LIMIT 1`, {
        skip,
      })),
    );
  }
  return picks;
}

export async function chooseFoci(driver: Driver): Promise<Foci> {
  const hub = async (kind: string) => (await ids(driver, HUBS[kind]!)).map((id) => `${kind}:${id}`);
  const [people, papers, topics, venues, institutions] = await Promise.all(
    ["person", "paper", "topic", "venue", "institution"].map(hub),
  );
  const hubs = [...people!, ...papers!, ...topics!, ...venues!, ...institutions!];
  return {
    people: [...people!, ...(await spread(driver, "Person", 10)).map((id) => `person:${id}`)],
    papers: [...papers!, ...(await spread(driver, "Paper", 10)).map((id) => `paper:${id}`)],
    topics: topics!,
    venues: venues!,
    institutions: institutions!,
    hubs,
  };
}
