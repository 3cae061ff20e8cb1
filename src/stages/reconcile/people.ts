/**
 * Entities across articles: spelling variants of one person, place or organisation merged (transliteration,
 * diacritics, titles, a surname alone after a full mention), each variant keeping its citations.
 */
import type { Citation, Entity, EntityMention, EntityType, Quote, QuoteMention } from '../../model/schemas.js';
import { nameKey, samePerson } from '../../text/names.js';
import type { SpeakerNamer } from './speakers.js';

/**
 * Written forms of one place or body that share no spelling: a general resource of common abbreviations
 * (not names from any corpus). Each group's forms get the first form's key.
 */
const SAME_NAME = [
  ['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'United States of America'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['European Union', 'EU', 'E.U.'],
  ['United Nations', 'UN', 'U.N.'],
  ['United Arab Emirates', 'UAE', 'U.A.E.'],
];
const ALIAS_KEYS = new Map(SAME_NAME.flatMap((forms) => forms.map((f) => [nameKey(f), nameKey(forms[0])] as const)));

/**
 * Joining words a body's name is written with or without ("Bureau of Investigation" / "Bureau Investigation",
 * a dropped word that is a typo, not another body) and that its initials leave out ("FBI").
 */
const JOINING_WORDS = new Set(['of', 'the', 'and', 'for', '&']);
/** An acronym as written: two to six capitals, with or without full stops ("NYPD", "F.B.I."). */
const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,6})$/;

/** The name's words, a leading "the" and joining words aside. */
function contentWords(name: string): string[] {
  return name.split(/\s+/).filter((w) => w !== '' && !JOINING_WORDS.has(w.toLowerCase()));
}

/** The merge key of a place or organisation: its spelling key without joining words, or its abbreviation group's. */
export function placeKey(name: string): string {
  const key = nameKey(name);
  return ALIAS_KEYS.get(key) ?? (nameKey(contentWords(name).join(' ')) || key);
}

/** "Springfield Bureau of Investigation" → "SBI": the initials of its capitalised words (null for one word). */
function initials(name: string): string | null {
  const words = contentWords(name).flatMap((w) => w.split(/-/));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return words.map((w) => w[0]).join('');
}

interface Group { type: EntityType; names: Map<string, number>; citations: Citation[]; full: boolean }

export function mergeEntities(mentions: EntityMention[]): Entity[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  // Full names first, so that a surname alone can then join the one person it names.
  const ordered = settleTypes(mentions).sort((a, b) => tokens(b.name) - tokens(a.name));
  for (const m of ordered) {
    let g: Group | undefined;
    if (m.type === 'person') {
      // The same words spaced or hyphenated differently ("Herald-Ledger" / "Herald Ledger") are one name too.
      const key = nameKey(m.name);
      const matches = groups.filter((x) => x.type === 'person' && [...x.names.keys()].some((n) => samePerson(n, m.name) || nameKey(n) === key));
      g = matches.length === 1 || (matches.length > 1 && tokens(m.name) > 1) ? matches[0] : undefined;
    } else {
      g = byKey.get(`${m.type}|${placeKey(m.name)}`);
    }
    if (!g) {
      g = { type: m.type, names: new Map(), citations: [], full: tokens(m.name) > 1 };
      groups.push(g);
      if (m.type !== 'person') byKey.set(`${m.type}|${placeKey(m.name)}`, g);
    }
    g.names.set(m.name, (g.names.get(m.name) ?? 0) + 1);
    if (!g.citations.some((c) => c.sentenceId === m.citation.sentenceId)) g.citations.push(m.citation);
  }
  const entities = foldAcronyms(groups).map((g) => {
    const variants = [...g.names.keys()].sort();
    const name = [...g.names.entries()].sort((a, b) => tokens(b[0]) - tokens(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    return { name, type: g.type, variants, citations: g.citations };
  });
  entities.sort((a, b) => b.citations.length - a.citations.length || (a.name < b.name ? -1 : 1));
  return entities.map((e, i) => ({ id: `n${i + 1}`, ...e }));
}

/**
 * An organisation written as its acronym ("the SBI said") joins the one organisation of the story whose
 * initials it is ("Springfield Bureau of Investigation"), as a variant with its own citations. An acronym
 * that fits none, or several, stays on its own: no outside knowledge says what it stands for.
 */
function foldAcronyms(groups: Group[]): Group[] {
  const folded = new Set<Group>();
  for (const g of groups) {
    if (g.type !== 'organization' || ![...g.names.keys()].every((n) => ACRONYM.test(n))) continue;
    const letters = [...g.names.keys()][0].replace(/\./g, '');
    const targets = groups.filter((x) => x !== g && x.type === 'organization' && !folded.has(x)
      && [...x.names.keys()].some((n) => initials(n) === letters));
    if (targets.length !== 1) continue;
    const into = targets[0];
    for (const [n, k] of g.names) into.names.set(n, (into.names.get(n) ?? 0) + k);
    for (const c of g.citations) if (!into.citations.some((x) => x.sentenceId === c.sentenceId)) into.citations.push(c);
    folded.add(g);
  }
  return groups.filter((g) => !folded.has(g));
}

/**
 * One name, one type: the tagger may call a city a person in one sentence ("X, the hometown of…") and a
 * place in three others; every mention of that name takes the type most of its mentions have. A tie
 * leaves each mention as tagged.
 */
function settleTypes(mentions: EntityMention[]): EntityMention[] {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    const key = nameKey(m.name);
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
    votes.set(key, v);
  }
  return mentions.map((m) => {
    const ranked = [...votes.get(nameKey(m.name))!.entries()].sort((a, b) => b[1] - a[1]);
    const winner = ranked.length > 1 && ranked[0][1] > ranked[1][1] ? ranked[0][0] : m.type;
    return winner === m.type ? m : { ...m, type: winner };
  });
}

/** Quotes across articles: the same words reported by several outlets become one quote with every citation. */
/**
 * Reported speech says something: fewer words than this (of two letters or more) is a phrase the speech
 * reader cut badly ("at the time", "around 11:30 p. m", "the officers said"), not what a party said. A
 * direct quote is the party's own words, however short ("Please hurry").
 */
const MIN_REPORTED_WORDS = 4;
const REPORTED_WORD = /\p{L}[\p{L}'’-]+/gu;
/**
 * A pronoun left as the speaker is one extraction could not resolve ("I", "she"): listing it as a party
 * would name nobody, so the quote is shown unattributed instead.
 */
const PRONOUN_SPEAKER = /^(?:i|we|you|he|she|it|they|me|us|him|her|them)$/i;

export function mergeQuotes(mentions: QuoteMention[], nameSpeaker: SpeakerNamer): Quote[] {
  const byText = new Map<string, Quote>();
  for (const q of mentions) {
    if (!q.direct && (q.text.match(REPORTED_WORD)?.length ?? 0) < MIN_REPORTED_WORDS) continue;
    const key = q.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().slice(0, 80);
    if (!key) continue;
    const speaker = q.speaker && !PRONOUN_SPEAKER.test(q.speaker.trim()) ? nameSpeaker(q.speaker) : null;
    const cur = byText.get(key);
    if (cur) {
      for (const c of q.citations) if (!cur.citations.some((x) => x.sentenceId === c.sentenceId)) cur.citations.push(c);
      cur.speaker = cur.speaker ?? speaker;
      cur.channel = cur.channel ?? q.channel;
    } else {
      byText.set(key, { speaker, cue: q.cue, channel: q.channel, text: q.text, direct: q.direct, citations: [...q.citations] });
    }
  }
  return [...byText.values()];
}

function tokens(name: string): number {
  return name.trim().split(/\s+/).length;
}
