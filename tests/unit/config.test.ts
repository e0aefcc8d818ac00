import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../server/config.ts";

describe("loadConfig", () => {
  it("defaults to the embedded Neo4j on port 3000", () => {
    const config = loadConfig({});
    expect(config.neo4jUri).toBeNull();
    expect(config.port).toBe(3000);
    expect(config.embedded.dataDir).toBe(".data/neo4j");
    expect(config.closeCollaboratorMinWorks).toBe(3);
  });

  it.each([
    [{ PORT: "http" }, "Config: invalid `PORT`: expected an integer from 0 to 65535, got 'http'"],
    [
      { NEO4J_URI: "http://x" },
      "Config: invalid `NEO4J_URI`: expected bolt://, neo4j:// or neo4j+s:// …, got 'http://x'",
    ],
    [{ NEO4J_URI: "neo4j+s://x.databases.neo4j.io" }, "Config: `NEO4J_PASSWORD` is required when `NEO4J_URI` is set"],
    [{ RGE_LOAD_DEMO: "maybe" }, "Config: invalid `RGE_LOAD_DEMO`: expected true or false, got 'maybe'"],
    [{ NEO4J_DATABASE: "x; DROP" }, "Config: invalid `NEO4J_DATABASE` 'x; DROP'"],
  ])("rejects %j", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("accepts an external cluster", () => {
    const config = loadConfig({
      NEO4J_URI: "neo4j+s://abc.databases.neo4j.io",
      NEO4J_PASSWORD: "pw",
      NEO4J_DATABASE: "graph",
    });
    expect(config).toMatchObject({ neo4jUri: "neo4j+s://abc.databases.neo4j.io", neo4jDatabase: "graph" });
  });
});
