import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../config/index.ts";

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
    [{ RGE_DB_MAX_CONCURRENT: "0" }, "Config: invalid `RGE_DB_MAX_CONCURRENT`: expected an integer from 1 to 1000"],
    [{ RGE_DB_MAX_QUEUE: "-1" }, "Config: invalid `RGE_DB_MAX_QUEUE`: expected an integer from 0 to 100000"],
    [{ RGE_RATE_LIMIT_PER_MINUTE: "Infinity" }, "Config: invalid `RGE_RATE_LIMIT_PER_MINUTE`"],
    [{ RGE_BODY_LIMIT_BYTES: "1e3" }, "Config: invalid `RGE_BODY_LIMIT_BYTES`"],
    [{ RGE_REQUEST_TIMEOUT_MS: "10" }, "Config: invalid `RGE_REQUEST_TIMEOUT_MS`"],
    [{ RGE_KEEP_ALIVE_TIMEOUT_MS: "x" }, "Config: invalid `RGE_KEEP_ALIVE_TIMEOUT_MS`"],
    [{ RGE_MAX_CONNECTIONS: "0" }, "Config: invalid `RGE_MAX_CONNECTIONS`"],
    [{ RGE_TRUST_PROXY: "sometimes" }, "Config: invalid `RGE_TRUST_PROXY`: expected true or false"],
    [
      { RGE_QUERY_TIMEOUT_MS: "2000", RGE_CONNECTION_ACQUISITION_TIMEOUT_MS: "2000" },
      "Config: invalid `RGE_CONNECTION_ACQUISITION_TIMEOUT_MS`: must be shorter than `RGE_QUERY_TIMEOUT_MS` (2000)",
    ],
    [{ RGE_MODERATOR_EMAILS: "a@example.org, nobody" }, "Config: invalid `RGE_MODERATOR_EMAILS`: 'nobody'"],
    [{ RGE_ORCID_CLIENT_ID: "APP-1" }, "`RGE_ORCID_CLIENT_ID` and `RGE_ORCID_CLIENT_SECRET` are set together"],
    [{ RGE_PUBLIC_URL: "ftp://x.example" }, "Config: invalid `RGE_PUBLIC_URL`: unsupported scheme"],
    [{ RGE_SMTP_URL: "not a url" }, "Config: invalid `RGE_SMTP_URL`: expected a URL"],
    [{ RGE_SESSION_DAYS: "0" }, "Config: invalid `RGE_SESSION_DAYS`"],
  ])("rejects %j", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("hardening defaults: a budget, a shorter acquisition timeout, admission, a generous rate limit", () => {
    const config = loadConfig({});
    expect(config.queryTimeoutMs).toBe(5000);
    expect(config.connectionAcquisitionTimeoutMs).toBeLessThan(config.queryTimeoutMs);
    expect(config.admission).toEqual({ maxConcurrent: 8, maxQueue: 16, maxQueueWaitMs: 250 });
    expect(config.http).toMatchObject({ trustProxy: false, rateLimitPerMinute: 1200, maxConnections: 1024 });
    expect(loadConfig({ RGE_QUERY_TIMEOUT_MS: "100" }).connectionAcquisitionTimeoutMs).toBe(250);
    expect(loadConfig({ RGE_TRUST_PROXY: "yes", RGE_DB_MAX_QUEUE: "0" })).toMatchObject({
      http: { trustProxy: true },
      admission: { maxQueue: 0 },
    });
  });

  it("accounts: outbox mail, no ORCID, no moderators by default; lists and ORCID when set", () => {
    expect(loadConfig({}).accounts).toMatchObject({
      publicUrl: null,
      smtpUrl: null,
      mailOutbox: ".data/outbox",
      moderatorEmails: [],
      orcid: null,
      sessionDays: 30,
      signInPerMinute: 10,
      writesPerMinute: 60,
    });
    const config = loadConfig({
      RGE_MODERATOR_EMAILS: " Mod@Example.org ,, second@example.org",
      RGE_ORCID_CLIENT_ID: "APP-1",
      RGE_ORCID_CLIENT_SECRET: "secret",
      RGE_PUBLIC_URL: "https://graph.example.org/",
    }).accounts;
    expect(config.moderatorEmails).toEqual(["mod@example.org", "second@example.org"]);
    expect(config.orcid).toEqual({ issuer: "https://orcid.org", clientId: "APP-1", clientSecret: "secret" });
    expect(config.publicUrl).toBe("https://graph.example.org");
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
