/**
 * The topic hierarchy, shaped like OpenAlex's: domain → field → subfield → topic. Topics are numbered so that a
 * topic's neighbours (same subfield) are cheap to find: topic t belongs to field t mod F and to the subfield block
 * of SUBFIELD_SIZE topics that holds it within that field.
 */
import { hash32, type Random } from "./prng.ts";
import { phrase } from "./names.ts";

/** OpenAlex's 26 fields with their domains. */
export const FIELDS: readonly (readonly [field: string, domain: string])[] = [
  ["Agricultural and Biological Sciences", "Life Sciences"],
  ["Arts and Humanities", "Social Sciences"],
  ["Biochemistry, Genetics and Molecular Biology", "Life Sciences"],
  ["Business, Management and Accounting", "Social Sciences"],
  ["Chemical Engineering", "Physical Sciences"],
  ["Chemistry", "Physical Sciences"],
  ["Computer Science", "Physical Sciences"],
  ["Decision Sciences", "Social Sciences"],
  ["Dentistry", "Health Sciences"],
  ["Earth and Planetary Sciences", "Physical Sciences"],
  ["Economics, Econometrics and Finance", "Social Sciences"],
  ["Energy", "Physical Sciences"],
  ["Engineering", "Physical Sciences"],
  ["Environmental Science", "Physical Sciences"],
  ["Health Professions", "Health Sciences"],
  ["Immunology and Microbiology", "Life Sciences"],
  ["Materials Science", "Physical Sciences"],
  ["Mathematics", "Physical Sciences"],
  ["Medicine", "Health Sciences"],
  ["Neuroscience", "Life Sciences"],
  ["Nursing", "Health Sciences"],
  ["Pharmacology, Toxicology and Pharmaceutics", "Life Sciences"],
  ["Physics and Astronomy", "Physical Sciences"],
  ["Psychology", "Social Sciences"],
  ["Social Sciences", "Social Sciences"],
  ["Veterinary", "Health Sciences"],
];
const DOMAIN_IDS: Record<string, number> = {
  "Life Sciences": 1,
  "Social Sciences": 2,
  "Physical Sciences": 3,
  "Health Sciences": 4,
};
const SUBFIELD_SIZE = 12;

export interface Topic {
  index: number;
  openAlexId: string;
  name: string;
  subfield: { id: string; name: string };
  field: { id: string; name: string };
  domain: { id: string; name: string };
}

export interface TopicTree {
  topics: Topic[];
  /** Another topic of the same subfield (or the topic itself when it is alone). */
  neighbour(topic: number, random: Random): number;
}

/** Builds `count` topics over the named fields (all 26 when `fieldNames` is empty). */
export function buildTopicTree(count: number, fieldNames: readonly string[]): TopicTree {
  const fields = fieldNames.length === 0 ? FIELDS : FIELDS.filter(([name]) => fieldNames.includes(name));
  const fieldCount = fields.length;
  const topics: Topic[] = [];
  for (let index = 0; index < count; index += 1) {
    const fieldIndex = index % fieldCount;
    const [fieldName, domainName] = fields[fieldIndex]!;
    const fieldNumber = FIELDS.findIndex(([name]) => name === fieldName) + 11;
    const block = Math.floor(Math.floor(index / fieldCount) / SUBFIELD_SIZE);
    const subfieldNumber = fieldNumber * 100 + block + 1;
    topics.push({
      index,
      openAlexId: `T${10000 + index}`,
      name: `${phrase(index, 61, 2 + (hash32(index, 62) % 2))} ${fieldName.split(/[ ,]/)[0]}`,
      subfield: { id: `subfields/${subfieldNumber}`, name: `${phrase(subfieldNumber, 63, 1)} ${fieldName}` },
      field: { id: `fields/${fieldNumber}`, name: fieldName },
      domain: { id: `domains/${DOMAIN_IDS[domainName]}`, name: domainName },
    });
  }
  return {
    topics,
    neighbour(topic, random) {
      const fieldIndex = topic % fieldCount;
      const blockStart = Math.floor(Math.floor(topic / fieldCount) / SUBFIELD_SIZE) * SUBFIELD_SIZE;
      const candidate = fieldIndex + fieldCount * (blockStart + Math.floor(random() * SUBFIELD_SIZE));
      return candidate < count ? candidate : topic;
    },
  };
}
