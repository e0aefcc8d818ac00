/**
 * Decorates `fastify.repositories`: one object per resource, all reading through `fastify.neo4j`. Routes destructure
 * the repository they need; nothing else knows how a repository reaches the database.
 */
import fp from "fastify-plugin";
import { createAccountsRepository, type AccountsRepository } from "../repositories/accounts.ts";
import { createClaimsRepository, type ClaimsRepository } from "../repositories/claims.ts";
import { createFollowsRepository, type FollowsRepository } from "../repositories/follows.ts";
import { createConversationsRepository, type ConversationsRepository } from "../repositories/conversations.ts";
import { createGraphRepository } from "../repositories/graph.ts";
import { createHealthRepository, type HealthRepository } from "../repositories/health.ts";
import { createHistoryRepository, type HistoryRepository } from "../repositories/history.ts";
import { createImportsRepository, type ImportsRepository } from "../repositories/imports.ts";
import { createInvitesRepository, type InvitesRepository } from "../repositories/invites.ts";
import { createNeighbourhoodRepository, type NeighbourhoodRepository } from "../repositories/neighbourhood.ts";
import { createPapersRepository, type PapersRepository } from "../repositories/papers.ts";
import { createPathsRepository, type PathsRepository } from "../repositories/paths.ts";
import { createPeopleRepository, type PeopleRepository } from "../repositories/people.ts";
import { createSearchRepository, type SearchRepository } from "../repositories/search.ts";
import { createSuggestionsRepository, type SuggestionsRepository } from "../repositories/suggestions.ts";
import { createTeamRepository, type TeamRepository } from "../repositories/team.ts";
import { createTopicNamesRepository, type TopicNamesRepository } from "../repositories/topic-names.ts";
import { createWorksRepository, type WorksRepository } from "../repositories/works.ts";

export interface Repositories {
  accounts: AccountsRepository;
  people: PeopleRepository;
  papers: PapersRepository;
  neighbourhood: NeighbourhoodRepository;
  search: SearchRepository;
  suggestions: SuggestionsRepository;
  team: TeamRepository;
  paths: PathsRepository;
  health: HealthRepository;
  history: HistoryRepository;
  works: WorksRepository;
  follows: FollowsRepository;
  claims: ClaimsRepository;
  invites: InvitesRepository;
  imports: ImportsRepository;
  conversations: ConversationsRepository;
  topicNames: TopicNamesRepository;
}

declare module "fastify" {
  interface FastifyInstance {
    repositories: Repositories;
  }
}

export interface RepositoriesPluginOptions {
  closeCollaboratorMinWorks: number;
  invitesPerDay: number;
}

export default fp<RepositoriesPluginOptions>(
  async (fastify, { closeCollaboratorMinWorks, invitesPerDay }) => {
    const reader = fastify.neo4j;
    const graph = createGraphRepository(reader);
    fastify.decorate("repositories", {
      accounts: createAccountsRepository(reader),
      people: createPeopleRepository(reader, { closeCollaboratorMinWorks }),
      papers: createPapersRepository(reader),
      neighbourhood: createNeighbourhoodRepository(graph),
      search: createSearchRepository(reader),
      suggestions: createSuggestionsRepository(reader),
      team: createTeamRepository(reader),
      paths: createPathsRepository(reader, graph),
      health: createHealthRepository(reader),
      history: createHistoryRepository(reader),
      works: createWorksRepository(reader),
      follows: createFollowsRepository(reader),
      claims: createClaimsRepository(reader),
      invites: createInvitesRepository(reader, { perDay: invitesPerDay }),
      conversations: createConversationsRepository(reader),
      imports: createImportsRepository(reader),
      topicNames: createTopicNamesRepository(reader),
    });
  },
  { name: "repositories", dependencies: ["neo4j"] },
);
