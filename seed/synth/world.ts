/**
 * The generator's state and its one step, `nextWork()`: who writes the next work (new people, recurring partners,
 * preferential attachment by past authorships, large collaborations), on which topics (the first author's community),
 * where, and what it cites (preferential attachment by past citations, the same topic, recent works). Works come out
 * in publication order, so every in-set reference points to an earlier work. Memory is a few typed-array slots per
 * authorship and per citation; the works themselves are not kept.
 */
import { GrowableUint32 } from "./growable.ts";
import { createRandom, intBetween, logNormal, powerLaw, type Random } from "./prng.ts";
import type { SynthProfile } from "./profiles.ts";
import { buildTopicTree, type TopicTree } from "./topics.ts";

export interface SynthAuthorship {
  person: number;
  institutions: number[];
}

export interface SynthWork {
  index: number;
  year: number;
  authors: SynthAuthorship[];
  /** Topic indices, primary first. */
  topics: number[];
  venue: number | null;
  /** Indices of earlier works cited. */
  references: number[];
  /** Numbers of works outside the set that are cited (dangling references). */
  dangling: number[];
}

const NONE = 0xffffffff;
const RING = 64;

export class SynthWorld {
  readonly random: Random;
  readonly tree: TopicTree;
  readonly institutionCount: number;
  readonly venueCount: number;
  private index = 0;
  /** Per person: home topic, home institution (NONE when unaffiliated), last partner (NONE when none). */
  readonly homeTopic = new GrowableUint32();
  private readonly homeInstitution = new GrowableUint32();
  private readonly lastPartner = new GrowableUint32();
  /** One slot per authorship (the person) and one per citation plus one per work (the cited work). */
  private readonly authorshipSlots = new GrowableUint32();
  private readonly citationSlots = new GrowableUint32();
  private readonly topicRecent: Uint32Array;
  private readonly topicSeen: Uint32Array;
  private readonly collaborationMembers: (number[] | null)[];
  private readonly collaborationTopic: number[];

  constructor(
    readonly profile: SynthProfile,
    readonly works: number,
    seed: number,
  ) {
    this.random = createRandom(seed);
    const topicCount = Math.max(6, Math.min(profile.maxTopics, Math.round(works / profile.worksPerTopic)));
    this.tree = buildTopicTree(topicCount, profile.fields);
    this.institutionCount = Math.max(10, Math.round(works / profile.worksPerInstitution));
    this.venueCount = Math.max(1, Math.round(works / profile.worksPerVenue));
    this.topicRecent = new Uint32Array(topicCount * RING);
    this.topicSeen = new Uint32Array(topicCount);
    this.collaborationMembers = Array.from({ length: profile.collaborations }, () => null);
    this.collaborationTopic = this.collaborationMembers.map(() => this.popularTopic());
  }

  get personCount(): number {
    return this.homeTopic.length;
  }

  get done(): boolean {
    return this.index >= this.works;
  }

  private yearOf(index: number): number {
    const { firstYear, lastYear, growth } = this.profile;
    const span = lastYear - firstYear + 1;
    const fraction = (index + 0.5) / this.works;
    const offset = Math.log(1 + fraction * (Math.exp(growth * span) - 1)) / growth;
    return Math.min(lastYear, firstYear + Math.floor(offset));
  }

  /** Topics, institutions and venues are drawn by rank from a power law: a few hubs, a long tail. */
  private popularTopic(): number {
    return powerLaw(this.random, 1, this.tree.topics.length, 1.3) - 1;
  }

  private newPerson(topic: number, institution: number): number {
    const person = this.homeTopic.length;
    this.homeTopic.push(topic);
    this.homeInstitution.push(institution);
    this.lastPartner.push(NONE);
    return person;
  }

  private institutionFor(colleagueInstitution: number): number {
    if (this.random() >= this.profile.affiliatedShare) return NONE;
    if (colleagueInstitution !== NONE && this.random() < 0.5) return colleagueInstitution;
    return powerLaw(this.random, 1, this.institutionCount, 1.25) - 1;
  }

  private authorsCount(): number {
    const { authorsMedian, authorsSigma, authorsMax } = this.profile;
    return Math.max(1, Math.min(authorsMax, Math.round(logNormal(this.random, authorsMedian, authorsSigma))));
  }

  private collaboration(): number[] | null {
    const { collaborationShare, collaborations, collaborationMaxSize } = this.profile;
    if (collaborations === 0 || this.random() >= collaborationShare) return null;
    const which = powerLaw(this.random, 1, collaborations, 1.5) - 1;
    let members = this.collaborationMembers[which];
    if (!members) {
      const largest = Math.max(20, Math.min(collaborationMaxSize, Math.round(this.works / 100)));
      const size = Math.round(largest / (which + 1) ** 0.7);
      const topic = this.collaborationTopic[which]!;
      const institution = this.institutionFor(NONE);
      members = Array.from({ length: size }, () => this.newPerson(topic, this.institutionFor(institution)));
      this.collaborationMembers[which] = members;
    }
    return members.filter(() => this.random() < 0.92);
  }

  /** An existing person: by past authorships (preferential) or among the recently active (uniform). */
  private existingPerson(): number {
    const people = this.homeTopic.length;
    if (this.random() < this.profile.preferentialAuthorShare)
      return this.authorshipSlots.get(Math.floor(this.random() * this.authorshipSlots.length));
    const window = Math.max(200, Math.floor(people * 0.3));
    return people - 1 - Math.floor(this.random() * Math.min(people, window));
  }

  private pickAuthors(primaryTopic: number): number[] {
    const count = this.authorsCount();
    const chosen: number[] = [];
    for (let slot = 0; slot < count; slot += 1) {
      let person = NONE;
      if (slot > 0 && this.random() < this.profile.teamShare) {
        const partner = this.lastPartner.get(chosen[Math.floor(this.random() * chosen.length)]!);
        if (partner !== NONE && !chosen.includes(partner)) person = partner;
      }
      if (person === NONE && this.authorshipSlots.length > 0 && this.random() >= this.profile.newAuthorShare) {
        for (let attempt = 0; attempt < 3 && person === NONE; attempt += 1) {
          const candidate = this.existingPerson();
          if (!chosen.includes(candidate)) person = candidate;
        }
      }
      if (person === NONE) {
        const colleague = chosen.length > 0 ? this.homeInstitution.get(chosen[0]!) : NONE;
        person = this.newPerson(primaryTopic, this.institutionFor(colleague));
      }
      chosen.push(person);
    }
    return chosen;
  }

  private pickTopics(firstAuthorTopic: number): number[] {
    const primary = this.random() < 0.8 ? firstAuthorTopic : this.tree.neighbour(firstAuthorTopic, this.random);
    const [one, two] = this.profile.topicsPerWork;
    const r = this.random();
    const count = r < one ? 1 : r < one + two ? 2 : 3;
    const topics = [primary];
    for (let attempt = 0; topics.length < count && attempt < 6; attempt += 1) {
      const other = this.random() < 0.7 ? this.tree.neighbour(primary, this.random) : this.popularTopic();
      if (!topics.includes(other)) topics.push(other);
    }
    return topics;
  }

  private pickReferences(index: number, topic: number): { references: number[]; dangling: number[] } {
    const p = this.profile;
    const references = new Set<number>();
    const dangling: number[] = [];
    if (this.random() < p.referencesZeroShare) return { references: [], dangling };
    const wanted = Math.min(p.referencesMax, Math.round(logNormal(this.random, p.referencesMedian, p.referencesSigma)));
    for (let slot = 0; slot < wanted; slot += 1) {
      if (this.random() < p.danglingShare) {
        dangling.push(intBetween(this.random, 1, 999_999_999));
        continue;
      }
      if (index === 0) continue;
      const r = this.random();
      let cited: number;
      if (r < p.preferentialShare)
        cited = this.citationSlots.get(Math.floor(this.random() * this.citationSlots.length));
      else if (r < p.preferentialShare + p.sameTopicShare && this.topicSeen[topic]! > 0) {
        const seen = Math.min(RING, this.topicSeen[topic]!);
        cited = this.topicRecent[topic * RING + Math.floor(this.random() * seen)]!;
      } else cited = index - 1 - Math.floor(this.random() * Math.min(index, Math.max(1000, index / 20)));
      references.add(cited);
    }
    return { references: [...references], dangling };
  }

  /** Generates the next work in publication order. */
  nextWork(): SynthWork {
    const index = this.index++;
    const team = this.collaboration();
    const firstTopic = team
      ? this.homeTopic.get(team[0] ?? 0)
      : this.authorshipSlots.length > 0 && this.random() > this.profile.newAuthorShare
        ? this.homeTopic.get(this.existingPerson())
        : this.popularTopic();
    const people = team && team.length > 0 ? team : this.pickAuthors(firstTopic);
    const topics = this.pickTopics(this.homeTopic.get(people[0]!));
    const { references, dangling } = this.pickReferences(index, topics[0]!);

    const authors: SynthAuthorship[] = people.map((person) => {
      const home = this.homeInstitution.get(person);
      const institutions = home === NONE ? [] : [home];
      if (home !== NONE && this.random() < 0.08) {
        const second = powerLaw(this.random, 1, this.institutionCount, 1.25) - 1;
        if (second !== home) institutions.push(second);
      }
      return { person, institutions };
    });
    for (let i = 0; i < people.length; i += 1) {
      this.authorshipSlots.push(people[i]!);
      if (people.length > 1 && !team) this.lastPartner.set(people[i]!, people[(i + 1) % people.length]!);
    }
    for (const cited of references) this.citationSlots.push(cited);
    this.citationSlots.push(index);
    const topic = topics[0]!;
    this.topicRecent[topic * RING + (this.topicSeen[topic]! % RING)] = index;
    this.topicSeen[topic] = this.topicSeen[topic]! + 1;

    const venue = this.random() < this.profile.noVenueShare ? null : powerLaw(this.random, 1, this.venueCount, 1.4) - 1;
    return { index, year: this.yearOf(index), authors, topics, venue, references, dangling };
  }
}
