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
import type { AppConfig } from "../config/index.ts";
import { createClientErrorHandler, createErrorHandler, createFrameworkErrorHandler } from "./error-handler.ts";
import type { Neo4jConnection } from "./neo4j/driver.ts";
import admission from "./plugins/admission.ts";
import mailer from "./plugins/mailer.ts";
import graphSupervision, { type GraphSupervisor } from "./plugins/graph-supervision.ts";
import neo4jPlugin from "./plugins/neo4j.ts";
import rateLimit from "./plugins/rate-limit.ts";
import repositoriesPlugin from "./plugins/repositories.ts";
import session from "./plugins/session.ts";
import securityHeaders, { staticSecurityHeaders } from "./plugins/security-headers.ts";
import embedFraming from "./plugins/embed-framing.ts";
import strictNumbers from "./plugins/strict-numbers.ts";
import { createAvailability } from "./resilience/availability.ts";
import { registerRoutes } from "./routes/index.ts";

export interface AppOptions {
  config: AppConfig;
  connection: Neo4jConnection;
  mode: "embedded" | "external";
  logger?: FastifyServerOptions["logger"];
  /** The embedded Neo4j's supervisor (main.ts); null or absent in external mode. */
  supervisor?: GraphSupervisor | null;
}

/** Builds the app (not listening). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, connection, mode, logger = false } = options;
  const availability = createAvailability();
  const errors = {
    graphRetryAfterSeconds: () => availability.retryAfterSeconds(),
    securityHeaders: staticSecurityHeaders(config.http.trustProxy),
  };
  const { http } = config;
  const app = Fastify({
    logger,
    // Request lines would drown the console of `npm start`; errors are still logged by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
    ajv: { customOptions: { coerceTypes: "array", removeAdditional: false } },
    trustProxy: http.trustProxy,
    bodyLimit: http.bodyLimitBytes,
    // Slow clients: the whole request must arrive in time, idle keep-alive sockets close, idle sockets are dropped.
    requestTimeout: http.requestTimeoutMs,
    keepAliveTimeout: http.keepAliveTimeoutMs,
    connectionTimeout: http.requestTimeoutMs + config.queryTimeoutMs,
    // Node checks those timeouts every `connectionsCheckingInterval` (30 s by default): often enough to matter.
    http: { connectionsCheckingInterval: 1000, headersTimeout: Math.min(http.requestTimeoutMs, 5000) },
    routerOptions: { maxParamLength: 600 },
    frameworkErrors: createFrameworkErrorHandler(errors),
    clientErrorHandler: createClientErrorHandler(errors),
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.server.maxConnections = http.maxConnections;

  // Set before any plugin is registered: encapsulated route plugins copy the error handler when they load.
  app.setErrorHandler(createErrorHandler(errors));

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: "Research Graph Explorer API", version: "0.1.0" },
      tags: [
        { name: "health" },
        { name: "people" },
        { name: "papers" },
        { name: "graph" },
        { name: "search" },
        { name: "team", description: "The team lens: how 2–50 people connect (co-authorships, bridges, topics)" },
        { name: "auth", description: "Sign-in (email link, ORCID), sessions, the signed-in user, account deletion" },
        { name: "follows", description: "Follow researchers; what imports brought since the user last looked" },
        { name: "claims", description: "Claims of author records, verification levels, the moderators' queue" },
        { name: "collaboration", description: "Invites between claimed profiles, the inbox, conversations" },
        { name: "imports", description: "Upload a BibTeX or RIS file (the import page)" },
      ],
    },
  });
  await app.register(securityHeaders, { https: http.trustProxy });
  await app.register(embedFraming);
  await app.register(fastifySwaggerUi, { routePrefix: "/docs" });
  await app.register(rateLimit, { perMinute: http.rateLimitPerMinute });
  await app.register(strictNumbers);
  await app.register(admission, { queryTimeoutMs: config.queryTimeoutMs, ...config.admission });
  await app.register(neo4jPlugin, {
    connection,
    queryTimeoutMs: config.queryTimeoutMs,
    connectionAcquisitionTimeoutMs: config.connectionAcquisitionTimeoutMs,
    availability,
  });
  await app.register(graphSupervision, { supervisor: options.supervisor ?? null });
  await app.register(repositoriesPlugin, {
    closeCollaboratorMinWorks: config.closeCollaboratorMinWorks,
    invitesPerDay: config.invitesPerDay,
  });
  const { accounts } = config;
  await app.register(mailer, { smtpUrl: accounts.smtpUrl, outbox: accounts.mailOutbox, from: accounts.mailFrom });
  await app.register(session, {
    days: accounts.sessionDays,
    moderatorEmails: accounts.moderatorEmails,
    signInPerMinute: accounts.signInPerMinute,
    writesPerMinute: accounts.writesPerMinute,
  });
  await registerRoutes(app, { mode, accounts, invitesPerDay: config.invitesPerDay, uploads: config.uploads });

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
