/**
 * A fingerprint of all user data: every node that is not bibliographic (whatever its label: User, Session, Claim,
 * Invite, Message…) with all its properties, and every relationship touching one (FOLLOWS, MADE, CLAIMS, SENT, …)
 * with its properties and ends. Equal fingerprints mean no user datum was added, changed or removed.
 */
import type { Driver } from "neo4j-driver";

const BIBLIOGRAPHIC = "n:Person OR n:Paper OR n:Topic OR n:Institution OR n:Venue OR n:Dataset OR n:ImportRun";

/** Driver values as stable text: integers and temporal values by their string form, lists element by element. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") return String(value);
  return value;
}

function entry(labels: string[], properties: Record<string, unknown>): string {
  const sorted = Object.keys(properties)
    .sort()
    .map((key) => [key, plain(properties[key])]);
  return `${[...labels].sort().join(":")} ${JSON.stringify(sorted)}`;
}

export interface UserDataFingerprint {
  nodes: string[];
  relationships: string[];
}

export async function userDataFingerprint(driver: Driver, database = "neo4j"): Promise<UserDataFingerprint> {
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE NOT (${BIBLIOGRAPHIC}) RETURN labels(n) AS labels, properties(n) AS properties`,
    {},
    { database },
  );
  const relationships = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE NOT (${BIBLIOGRAPHIC.replaceAll("n:", "a:")}) OR NOT (${BIBLIOGRAPHIC.replaceAll("n:", "b:")})
     RETURN type(r) AS type, properties(r) AS properties,
            coalesce(a.id, a.idHash, a.hash, elementId(a)) AS start, coalesce(b.id, b.idHash, b.hash, elementId(b)) AS end`,
    {},
    { database },
  );
  return {
    nodes: nodes.records
      .map((r) => entry(r.get("labels") as string[], r.get("properties") as Record<string, unknown>))
      .sort(),
    relationships: relationships.records
      .map(
        (r) =>
          `${String(r.get("start"))} -${entry([r.get("type") as string], r.get("properties") as Record<string, unknown>)}-> ${String(r.get("end"))}`,
      )
      .sort(),
  };
}
