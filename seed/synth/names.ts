/**
 * Names and text for synthetic entities, derived from an index by hashing: no per-entity state is stored, and the
 * same index always gets the same name.
 */
import { hash32 } from "./prng.ts";

const FIRST = (
  "Maria Jun Ahmed Laura Wei Olga Pedro Anna Kenji Fatima Lars Priya Tomasz Chloe Ivan Mei Samuel Aisha Diego Elena " +
  "Hiroshi Ingrid Kwame Sofia Ravi Marta Yusuf Lena Carlos Nadia Pierre Yuki Omar Greta Luis Amara Felix Irina Arjun " +
  "Clara Mateo Zainab Henrik Rosa Tariq Leila Jonas Ana Minh Astrid Rahul Beatriz Emre Julia Kofi Sara Andrei Noor"
).split(" ");
const LAST = (
  "Garcia Chen Okafor Müller Rossi Tanaka Kowalski Silva Novak Johansson Patel Dubois Kim Nguyen Ivanova Schmidt " +
  "Haddad Lindqvist Moreau Sato Costa Jensen Fischer Ahmed Popescu Yilmaz Mensah Ortiz Virtanen Kaur Bianchi Wang " +
  "Petrov Fernandes Nakamura Larsen Hoffmann Romero Zhang Kovacs Andersen Mahmoud Horvat Ferreira Li Bakker Singh " +
  "Costa Eriksson Sousa Weber Park Alvarez Lopez Hansen Ito Kumar Meyer Nilsson Oliveira Quinn Reyes Suzuki Young"
).split(" ");
const WORDS = (
  "quantum spin lattice neural graph protein climate dynamics network model inference sparse adaptive stochastic " +
  "transport coherent topological catalytic genomic cellular urban economic causal robust scalable optical thermal " +
  "magnetic molecular statistical ecological clinical cognitive semantic distributed entropy symmetry field gauge " +
  "boundary flow signal imaging learning control estimation kernel manifold spectral equilibrium phase disorder"
).split(" ");
const NOUNS = (
  "analysis approach study framework evidence theory method observations measurements limits effects structure " +
  "models systems mechanisms regimes transitions algorithms bounds properties applications constraints design"
).split(" ");
const LETTERS = [..."ABCDEFGHJKLMNPRSTVW"];

const pick = <T>(items: readonly T[], hash: number): T => items[hash % items.length]!;
const capital = (word: string): string => word[0]!.toUpperCase() + word.slice(1);

/** "Maria K. Lindqvist" for a person index. */
export function personName(index: number): string {
  const h = hash32(index, 11);
  return `${pick(FIRST, h)} ${pick(LETTERS, hash32(index, 12))}. ${pick(LAST, hash32(index, 13))}`;
}

/** A 16-digit ORCID iD with a valid ISO 7064 check character. */
export function orcidFor(index: number): string {
  const digits = `0000000${String(hash32(index, 21) % 1_000_000_000).padStart(9, "0")}`.slice(0, 15);
  let total = 0;
  for (const digit of digits) total = (total + Number(digit)) * 2;
  const check = (12 - (total % 11)) % 11;
  const all = digits + (check === 10 ? "X" : String(check));
  return `${all.slice(0, 4)}-${all.slice(4, 8)}-${all.slice(8, 12)}-${all.slice(12)}`;
}

/** A ROR id (9 characters, leading 0) for an institution index. */
export function rorFor(index: number): string {
  return `0${(hash32(index, 31) >>> 0).toString(36).padStart(6, "0").slice(0, 6)}${(index % 100).toString().padStart(2, "0")}`;
}

/** A title of 5–9 words for a work index, seeded by its topic name so communities share vocabulary. */
export function workTitle(index: number, topicName: string): string {
  const h = hash32(index, 41);
  const words = [capital(pick(WORDS, h)), pick(WORDS, hash32(index, 42)), pick(NOUNS, hash32(index, 43))];
  if (h % 3 === 0) words.push("of", pick(WORDS, hash32(index, 44)), pick(NOUNS, hash32(index, 45)));
  return `${words.join(" ")} in ${topicName.toLowerCase()}`;
}

/** A short abstract (14–22 words) for a work index. */
export function workAbstract(index: number): string {
  const length = 14 + (hash32(index, 51) % 9);
  const words: string[] = [];
  for (let i = 0; i < length; i += 1) words.push(pick(i % 4 === 3 ? NOUNS : WORDS, hash32(index * 31 + i, 52)));
  return `${capital(words.join(" "))}.`;
}

/** "Adaptive Quantum Transport" style names for topics, subfields and venues. */
export function phrase(index: number, salt: number, words = 2): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i += 1) parts.push(capital(pick(WORDS, hash32(index * 7 + i, salt))));
  return parts.join(" ");
}
