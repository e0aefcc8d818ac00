/**
 * The application as a Fastify plugin: external plugins → app plugins → routes, then the error and 404 handlers.
 * The process concerns (logger, listen, signals, starting Neo4j) live in main.ts, so tests build this with inject().
 */
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from "fastify";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { AppConfig } from "./config.ts";
import { RETRY_AFTER_SECONDS, toApiError } from "./errors.ts";
import type { Neo4jConnection } from "./neo4j/driver.ts";
import neo4jPlugin from "./plugins/neo4j.ts";
import repositoriesPlugin from "./plugins/repositories.ts";
import securityHeaders from "./plugins/security-headers.ts";
import { registerRoutes } from "./routes/index.ts";

export interface AppOptions {
  config: AppConfig;
  connection: Neo4jConnection;
  mode: "embedded" | "external";
  logger?: FastifyServerOptions["logger"];
}

/** Builds the app (not listening). */
export async function buildApp({ config, connection, mode, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    // Request lines would drown the console of `npm start`; errors are still logged by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
    ajv: { customOptions: { coerceTypes: "array", removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Set before any plugin is registered: encapsulated route plugins copy the error handler when they load.
  app.setErrorHandler((error, request, reply) => {
    const apiError = toApiError(error);
    if (apiError.statusCode >= 500) request.log.error({ err: error, url: request.url }, "request failed");
    else request.log.info({ code: apiError.code, url: request.url }, apiError.message);
    if (apiError.statusCode === 503) reply.header("retry-after", String(RETRY_AFTER_SECONDS));
    return reply.code(apiError.statusCode).send({ code: apiError.code, message: apiError.message });
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: "Research Graph Explorer API", version: "0.1.0" },
      tags: [{ name: "health" }, { name: "people" }, { name: "papers" }, { name: "graph" }, { name: "search" }],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/docs" });
  await app.register(securityHeaders);
  await app.register(neo4jPlugin, { connection, queryTimeoutMs: config.queryTimeoutMs });
  await app.register(repositoriesPlugin, { closeCollaboratorMinWorks: config.closeCollaboratorMinWorks });
  await registerRoutes(app, { mode });

  const clientDir = resolve(config.clientDir);
  const hasClient = existsSync(resolve(clientDir, "index.html"));
  if (hasClient) await app.register(fastifyStatic, { root: clientDir, wildcard: false, index: ["index.html"] });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (path.startsWith("/api/") || !hasClient || (request.method !== "GET" && request.method !== "HEAD")) {
      return reply.code(404).send({ code: "RGE_NOT_FOUND", message: `No route ${request.method} ${path}` });
    }
    // Client-side routes (/people/…, /papers/…, /explore): the single page decides, including its own not-found page.
    return reply.type("text/html").sendFile("index.html");
  });

  return app;
}
