/**
 * Who a quote or claim is credited to, across the story. Within one article extraction resolves "he" and
 * "the governor" to the person named before; across articles one outlet writes "the country's president"
 * where another names him. A role descriptor is linked to the one person the story itself gives that role
 * ("Foreign Minister Ana Ruiz", "Ana Ruiz, the foreign minister, …", "the foreign minister, Ana Ruiz, …"),
 * never by outside knowledge. Descriptors no sentence ties to exactly one person stay as written, grouped
 * with their other spellings: case, a leading "the", a possessive and British or American spelling aside
 * ("Local officials" and "local officials", "the Ostrian defence ministry" and "Ostria's Defense Ministry").
 */
import type { Entity } from '../../model/schemas.js';
import type { ArticleBundle } from '../../storage/store.js';
import { samePerson } from '../../text/names.js';
import { placeKey } from './people.js';

/** Words that carry no role: articles, possessive pronouns, joining words. */
const NOT_ROLE_WORDS = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'by', 'with',
  'from', 'as', 'who', 'which', 'that', 'mr', 'mrs', 'ms', 'dr', 'said', 'says', 'told', 'also', 'then', 'now',
]);
/** An indefinite descriptor ("a senior official") names someone the reporter chose not to name: never linked. */
const INDEFINITE = /^(?:a|an|one|some|another)\s/i;
/**
 * A descriptor's modifiers are compared by their first six letters, so "Spain's" meets "Spanish" and
 * "regional" meets "region"; its role noun must match whole ("minister" is not "ministry").
 */
const STEM_LENGTH = 6;
/** Longest role phrase read beside a name, in words: a title or an apposition, not a clause. */
const MAX_ROLE_WORDS = 8;

/** Characters before a name searched for its role phrase: MAX_ROLE_WORDS long words and their punctuation. */
const ROLE_WINDOW = 300;

/** Letters of each modifier a party's spelling key keeps: "defence"/"defense" and "Ostria's"/"Ostrian" meet at five. */
const SPELLING_STEM = 5;

/** "the ministry", "the agency": a party named by its common noun alone, standing for a fuller name used before. */
const BARE_DEFINITE = /^[Tt]he\s+\p{Ll}+$/u;

/**
 * Nouns for what a party issues, not for a party: "the statement said", "the NYPD's statement". The
 * speaker is whoever issued it: the possessor when one is written, else the one party the story says
 * issued such a thing ("… said in a statement").
 */
const DOCUMENT_NOUNS = new Set([
  'statement', 'release', 'announcement', 'bulletin', 'communique', 'communiqué', 'post', 'tweet', 'letter',
  'memo', 'email', 'filing', 'complaint', 'affidavit', 'indictment', 'lawsuit', 'notice',
]);
/** "the NYPD's statement", "Acme Corp.'s news release": the possessor (with its article) and the document's head noun. */
const POSSESSED_DOCUMENT = /^(.+?)['’]s?\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)$/u;
/** "the statement", "the news release", "a statement": a document with no issuer written. */
const BARE_DOCUMENT = /^(?:the|a|an|this|that)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)$/iu;

/** The document noun a channel or a speaker ends with ("a statement" → statement), or null. */
function documentNoun(phrase: string): string | null {
  const last = phrase.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  return DOCUMENT_NOUNS.has(last) ? last : null;
}

export type SpeakerNamer = (speaker: string) => string;

/**
 * One key for the spellings of one party: lower case, no leading "the", no possessive, its modifiers cut to
 * five letters and its head noun whole ("ministry" is not "ministers").
 */
export function partySpellingKey(party: string): string {
  const words = party.trim().replace(/^the\s+/i, '').split(/\s+/)
    .map((w) => w.toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}\p{N}]/gu, '')).filter((w) => w !== '');
  return words.map((w, i) => (i === words.length - 1 ? w : w.slice(0, SPELLING_STEM))).join(' ');
}

const stem = (word: string): string => word.slice(0, STEM_LENGTH);

/** A phrase's role words, lower case, without possessives and punctuation. */
function roleWords(phrase: string): string[] {
  return phrase.split(/\s+/).map((w) => w.toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}]/gu, ''))
    .filter((w) => w.length > 1 && !NOT_ROLE_WORDS.has(w));
}

const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;

/**
 * Where a written name occurs as whole words, by plain search: a pattern per name would be compiled for
 * every person of every story, and compiling the letter class cost more than all the searching.
 */
function nameOccurrences(text: string, name: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const end = i + name.length;
    if (LETTER_BEFORE.test(text.slice(Math.max(0, i - 2), i)) || LETTER_AFTER.test(text.slice(end, end + 2))) continue;
    out.push(i);
    i = end - 1;
  }
  return out;
}

const ROLE_BREAK = /[,;.()“”"]/gu;
/** Where a role phrase may open: "the" or a possessive, after the phrase's start, a colon or a space. */
const ROLE_OPENING = /(?:^|:\s*|\s)(?:the|\p{L}+['’]s)\s+/u;

/**
 * "… the foreign minister, " straight before a name: the phrase from the first "the" or possessive after the
 * last break (comma, semicolon, full stop, bracket, quotation mark) up to the comma that ends `before`. Read
 * by searching, not by one backtracking pattern, whose cost grew with the square of the text's length.
 */
function precedingRole(before: string): string | null {
  const end = /,\s*$/u.exec(before);
  if (!end) return null;
  const body = before.slice(0, end.index);
  let cut = -1;
  let breakChar = '';
  for (const m of body.matchAll(ROLE_BREAK)) {
    cut = m.index;
    breakChar = m[0];
  }
  // After a full stop, a bracket or a quotation mark a phrase opens only after a space, as after any word.
  const startAllowed = cut < 0 || ',;('.includes(breakChar);
  const segment = body.slice(cut + 1);
  const opening = new RegExp(ROLE_OPENING.source, 'gu');
  for (let m = opening.exec(segment); m !== null; m = opening.exec(segment)) {
    if (m.index === 0 && /^\p{L}/u.test(m[0]) && !startAllowed) {
      // Search on from the next character: the space this opening took may open the next one.
      opening.lastIndex = 1;
      continue;
    }
    const phrase = segment.slice(m.index + m[0].length);
    return phrase === '' ? null : phrase;
  }
  return null;
}

/** The role words a sentence gives a written name: a title before it, or an apposition either side. */
function rolesAround(text: string, name: string): string[] {
  const out: string[] = [];
  for (const index of nameOccurrences(text, name)) {
    // A role phrase is a few words (MAX_ROLE_WORDS): reading only the text just before the name keeps a long
    // sentence from costing its length squared. The cut falls after a space, where a phrase may begin anyway.
    const start = index > ROLE_WINDOW ? text.indexOf(' ', index - ROLE_WINDOW) + 1 : 0;
    const before = text.slice(start, index);
    const after = text.slice(index + name.length);
    // "… Foreign Minister Ana Ruiz": the words straight before the name, back to punctuation or a function word.
    const title: string[] = [];
    for (const w of before.trimEnd().split(/\s+/).reverse()) {
      if (w === '' || /[,;:.!?"“”()]$/.test(w) || NOT_ROLE_WORDS.has(w.toLowerCase()) || title.length >= MAX_ROLE_WORDS) break;
      title.unshift(w);
    }
    out.push(...roleWords(title.join(' ')));
    // "Ana Ruiz, the foreign minister, …" / "the foreign minister, Ana Ruiz, …"
    const following = /^\s*,\s*(?:the|a|an|[\p{L}]+['’]s)\s+([^,;.()“”"]+?)\s*(?:[,;.()]|$)/u.exec(after);
    if (following && following[1].split(/\s+/).length <= MAX_ROLE_WORDS) out.push(...roleWords(following[1]));
    const preceding = precedingRole(before);
    if (preceding && preceding.split(/\s+/).length <= MAX_ROLE_WORDS) out.push(...roleWords(preceding));
  }
  return out;
}

/** Each full-named person's role words, as the story's own sentences give them. */
function personRoles(articles: ArticleBundle[], entities: Entity[]): Map<string, Set<string>> {
  const roles = new Map<string, Set<string>>();
  const textOf = new Map<string, string>();
  for (const a of articles) for (const s of a.sentences) textOf.set(s.id, s.text);
  for (const person of entities) {
    if (person.type !== 'person') continue;
    const forms = person.variants.filter((v) => v.trim().split(/\s+/).length >= 2);
    if (forms.length === 0) continue;
    const words = new Set<string>();
    for (const sentenceId of new Set(person.citations.map((c) => c.sentenceId))) {
      const text = textOf.get(sentenceId);
      if (text === undefined) continue;
      for (const form of forms) for (const w of rolesAround(text, form)) words.add(w);
    }
    if (words.size) roles.set(person.name, words);
  }
  return roles;
}

/**
 * The person a descriptor names: its last word is the role ("the country's president" → president), and
 * the one person whose role words hold it and every other word of the descriptor; null when none or several.
 */
export function personForDescriptor(descriptor: string, roles: Map<string, Set<string>>): string | null {
  const written = descriptor.trim();
  // A role is a common noun: "Ruiz" or "Portugal" as a party is a name, not a descriptor.
  if (INDEFINITE.test(written) || !/(?:^|\s)\p{Ll}[\p{L}'’]*$/u.test(written)) return null;
  const words = roleWords(written);
  if (words.length === 0) return null;
  const head = words[words.length - 1];
  const modifiers = words.slice(0, -1).map(stem);
  const hits = [...roles.entries()].filter(([, have]) => {
    if (!have.has(head)) return false;
    const stems = new Set([...have].map(stem));
    return modifiers.every((m) => stems.has(m));
  });
  return hits.length === 1 ? hits[0][0] : null;
}

/**
 * A function naming a quote's or claim's party as the story knows it: a written name becomes its merged
 * entity's name ("Mr Ruiz" → "Ana Ruiz"), a descriptor the person the story gives that role, a bare
 * "the ministry" the one fuller party it ends, and anything else its most common spelling in the story.
 */
export function speakerNamer(articles: ArticleBundle[], entities: Entity[]): SpeakerNamer {
  const roles = personRoles(articles, entities);
  const people = entities.filter((e) => e.type === 'person');
  // Each spelling of an organisation, its acronym included, leads to the organisation's merged name.
  const bodies = new Map<string, string>();
  for (const e of entities) if (e.type === 'organization') for (const v of e.variants) bodies.set(placeKey(v), e.name);
  // placeKey leaves out "the" and the other joining words, so "the SBI" meets "SBI".
  const bodyOf = (speaker: string): string | undefined => bodies.get(placeKey(speaker));
  const spellings = new Map<string, Map<string, number>>();
  const parties = articles.flatMap((a) => [
    ...a.extraction.quotes.map((q) => q.speaker), ...a.extraction.counts.map((c) => c.attribution?.party ?? null),
  ]);
  for (const p of parties) {
    if (!p) continue;
    const key = partySpellingKey(p);
    const forms = spellings.get(key) ?? new Map<string, number>();
    forms.set(p, (forms.get(p) ?? 0) + 1);
    spellings.set(key, forms);
  }
  /** The party's most common spelling in the story; a bare "the ministry" takes the one fuller party it ends. */
  const commonSpelling = (speaker: string): string => {
    let key = partySpellingKey(speaker);
    if (BARE_DEFINITE.test(speaker.trim())) {
      const fuller = [...spellings.keys()].filter((k) => k.endsWith(` ${key}`));
      if (fuller.length === 1) key = fuller[0];
    }
    const forms = [...(spellings.get(key) ?? new Map([[speaker, 1]])).entries()];
    return forms.sort((a, b) => b[1] - a[1])[0][0];
  };
  // Who issued each kind of document, from quotes that name both ("X said in a statement").
  const issuers = new Map<string, Set<string>>();
  for (const a of articles) {
    for (const q of a.extraction.quotes) {
      const noun = q.channel ? documentNoun(q.channel) : null;
      if (!noun || !q.speaker || documentNoun(q.speaker)) continue;
      issuers.set(noun, (issuers.get(noun) ?? new Set()).add(q.speaker));
    }
  }
  const memo = new Map<string, string>();
  const name = (speaker: string): string => {
    const known = memo.get(speaker);
    if (known !== undefined) return known;
    let named: string;
    const issuer = issuerOf(speaker, issuers);
    if (issuer !== null && !documentNoun(issuer)) named = name(issuer);
    else {
      named = people.find((e) => e.variants.some((v) => samePerson(v, speaker)))?.name ?? bodyOf(speaker)
        ?? personForDescriptor(speaker, roles) ?? commonSpelling(speaker);
    }
    memo.set(speaker, named);
    return named;
  };
  return name;
}

/**
 * The party behind a document speaker: "the NYPD's statement" → "NYPD"; "the statement" → the one party
 * the story has issuing a statement (several, or none: the document stays as written). Null when the
 * speaker is no document.
 */
function issuerOf(speaker: string, issuers: Map<string, Set<string>>): string | null {
  const written = speaker.trim();
  const noun = documentNoun(written);
  if (!noun) return null;
  const bare = BARE_DOCUMENT.exec(written);
  if (bare) {
    const known = [...(issuers.get(noun) ?? [])];
    return known.length === 1 ? known[0] : null;
  }
  const owned = POSSESSED_DOCUMENT.exec(written);
  return owned && /['’]/.test(written) ? owned[1].trim() : null;
}
