/**
 * Speakers of an article's attributions: each attribution's party with pronouns and descriptions resolved
 * to the person or group they stand for, in article order (`resolveParties`, run by the extract stage
 * after attributions are found and before quotes are assembled).
 */
import type { AttributionSpan } from './attribution.js';
import type { EntitySpan } from './entities.js';
import type { SentenceWork } from './index.js';
import { PERSON_PRONOUNS, ROLE_NOUNS, ROUTINE_SOURCE_WORDS } from './lexicon.js';
import { spanText, type Token } from './tokens.js';

/**
 * Resolves each attribution's party, in article order, into `parties` (the party as counts report it) and
 * `speakers` (the entity quotes report):
 *   - "he"/"she" stand for the most recent person named as a speaker (or, failing that, the first person
 *     named in a sentence); "they"/"it"/"we" for the most recent party that is not a person;
 *   - "who"/"which" ("X, who said ...") for the noun phrase before it;
 *   - a party that holds a person's name ("Florida Sen. Jane Doe") is that person;
 *   - a definite description ("the senator", "the former governor") is the person last introduced with
 *     that role word ("Sen. Jane Doe", "Jane Doe, a senator"), when the article has one.
 * A pronoun with nothing to stand for resolves to null.
 */
export function resolveParties(work: SentenceWork[]): void {
  let lastPerson: string | null = null;
  let lastGroup: string | null = null;
  const byRole = new Map<string, string>();
  for (const w of work) {
    let speakerPerson: string | null = null;
    let group: string | null = null;
    const personIn = (from: number, to: number) => w.entities.find((e) => e.type === 'person' && e.start >= from && e.end <= to);
    w.speakers = [];
    w.parties = w.attributions.map((a) => {
      if (a.antecedent !== undefined) {
        const person = personIn(a.antecedent[0], a.antecedent[1]);
        const name = person?.name ?? spanText(w.text, w.tokens, a.antecedent[0], a.antecedent[1]);
        if (person !== undefined) speakerPerson = person.name;
        w.speakers.push(name);
        return name;
      }
      if (a.pronoun) {
        const resolved = PERSON_PRONOUNS.has(w.tokens[a.partyStart].lower) ? speakerPerson ?? lastPerson : group ?? lastGroup;
        if (resolved !== null && PERSON_PRONOUNS.has(w.tokens[a.partyStart].lower)) speakerPerson = resolved;
        w.speakers.push(resolved);
        return resolved;
      }
      const person = personIn(a.partyStart, a.partyEnd);
      if (person !== undefined && !governedByThing(w.tokens, a.partyStart, person.start)) {
        speakerPerson = person.name;
        w.speakers.push(person.name);
        return a.party;
      }
      const described = describedPerson(w, a, byRole);
      if (described !== null) {
        speakerPerson = described;
        w.speakers.push(described);
        return a.party;
      }
      // "the country's president said ... “...,” he added": an unnamed person is still the one "he" stands
      // for (not a place the sentence names after it).
      if (ROLE_NOUNS.has(w.tokens[a.partyEnd - 1].lower)) speakerPerson = a.party;
      else group = a.party;
      w.speakers.push(a.party);
      return a.party;
    });
    for (const e of w.entities) if (e.type === 'person') for (const role of rolesOf(w, e)) byRole.set(role, e.name);
    const firstPerson = w.entities.find((e) => e.type === 'person');
    lastPerson = speakerPerson ?? firstPerson?.name ?? lastPerson;
    if (group !== null) lastGroup = group;
  }
}

/**
 * The name at `nameStart` is the complement of a thing noun inside the party ("the attack on Jane Doe's
 * town showed"), not the party: a lower-case noun that names no role stands before a preposition.
 */
function governedByThing(tokens: Token[], partyStart: number, nameStart: number): boolean {
  for (let k = partyStart + 1; k < nameStart; k++) {
    const noun = tokens[k - 1];
    if (THING_PREPOSITIONS.has(tokens[k].lower) && noun.kind === 'word' && !noun.cap && !ROLE_NOUNS.has(noun.lower) && !ROUTINE_SOURCE_WORDS.has(noun.lower)) return true;
  }
  return false;
}
const THING_PREPOSITIONS = new Set(['of', 'on', 'in', 'at', 'against', 'by', 'from', 'for']);

/** How far before a name its title may start ("former Florida Sen. Jane Doe"), and how long an apposition may run, in tokens. */
const TITLE_WINDOW = 4;
const APPOSITION_WINDOW = 8;

/** Role words a person is introduced with: the title before the name and an apposition after it (", a senator from ..."). */
function rolesOf(w: SentenceWork, e: EntitySpan): string[] {
  const out: string[] = [];
  for (let k = Math.max(0, e.start - TITLE_WINDOW); k < e.start; k++) {
    const r = roleWord(w.tokens[k].lower);
    if (r !== null) out.push(r);
  }
  if (w.tokens[e.end]?.text === ',') {
    for (let k = e.end + 1; k < Math.min(w.tokens.length, e.end + 1 + APPOSITION_WINDOW); k++) {
      const t = w.tokens[k];
      if (t.kind === 'punct') break;
      const r = roleWord(t.lower);
      if (r !== null) out.push(r);
    }
  }
  return out;
}

/** A role noun in its full form ("sen." -> "senator"), or null. */
function roleWord(lower: string): string | null {
  const w = ROLE_ABBREVIATIONS[lower] ?? lower;
  return ROLE_NOUNS.has(w) || DESCRIPTOR_NOUNS.has(w) ? w : null;
}
const ROLE_ABBREVIATIONS: Record<string, string> = {
  'sen.': 'senator', sen: 'senator', 'gov.': 'governor', gov: 'governor', 'rep.': 'representative', 'pres.': 'president',
  'gen.': 'general', 'sgt.': 'sergeant', 'lt.': 'lieutenant', 'capt.': 'captain', 'det.': 'detective', 'atty.': 'attorney',
};
/** Nouns that describe a person in news copy beyond titles ("the billionaire", "the candidate"). */
const DESCRIPTOR_NOUNS = new Set([
  'representative', 'congressman', 'congresswoman', 'businessman', 'businesswoman', 'billionaire', 'nominee',
  'frontrunner', 'front-runner', 'republican', 'democrat', 'chancellor', 'premier', 'mogul', 'incumbent', 'challenger',
]);

/** "the senator", "the former governor": the person last introduced with the party's head noun, or null. */
function describedPerson(w: SentenceWork, a: AttributionSpan, byRole: Map<string, string>): string | null {
  const first = w.tokens[a.partyStart].lower;
  if (first !== 'the' && first !== 'this') return null;
  // People introduced earlier in this sentence count too ("Sen. Jane Doe spoke; the senator said ...").
  for (const e of w.entities) if (e.type === 'person' && e.end <= a.partyStart) for (const role of rolesOf(w, e)) byRole.set(role, e.name);
  const head = roleWord(w.tokens[a.partyEnd - 1].lower);
  return head === null ? null : byRole.get(head) ?? null;
}
