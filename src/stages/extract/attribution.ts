
/**
 * Attribution clauses of one sentence: who the sentence says said what. Recognised forms of English
 * news reporting:
 *   - "X said (that) ...", "X told reporters ...", "X wrote on Telegram ..."   (party before the cue)
 *   - "..., X said." / "...,” X said."                                            (clause before the party)
 *   - "...,” said X." / "..., said X, ..."                                        (inverted cue)
 *   - "according to X, ..." / "..., according to X."  and the headline "Name: ..."  (no verb: attribution-nonverbal.ts)
 * Each gives the party as written, the cue as written, the channel when named ("on Telegram" ->
 * "Telegram", "in a statement" -> "a statement") and the token range of the attributed content.
 */
import {
  AUDIENCE_WORDS, BE_AUX, BELIEF_CUES, CLAIM_CUES, CUE_ADVERBS, GROUP_PRONOUNS, NP_DETERMINERS, PARTICIPLE_CUES,
  MONTHS, PERSON_PRONOUNS, SPEECH_CUES, WEEKDAYS, isLexiconVerb,
} from './lexicon.js';
import { cueEntry, cueKind, isCueParticle, isEvidenceCue, needsParticle, verbEntry, type CueKind } from './stances.js';
import { takesClause } from './speech-complement.js';
import { SUBORDINATORS, clauseSubject, mustBeVerb } from './speech-verbs.js';
import { isQuoteMark, spanText, type Token } from './tokens.js';
import { accordingTo, colonHeadline, inFinding, isTitleCase } from './attribution-nonverbal.js';
import {
  REGEXPS, accessPhraseStart, appositionEnd, backwardNP, bracketAsideStart, countWords, findAsideStart, forwardNP, inVerbGroup, isVerbish, mayBeSpeaker, reducedRelativeHead, trimEnd,
} from './speech-np.js';
import {
  CHANNEL_PREPOSITIONS, OPENING_ADVERBS, clauseEnd, findChannel, isOpeningAdverbial, objectEnd, skipToContent, thatAfterCircumstance,
} from './speech-content.js';

export interface AttributionSpan {
  /** The party as written ("the regional governor", "Mr Doe", "he"). */
  party: string;
  partyStart: number;
  partyEnd: number;
  /**
   * The whole noun phrase that names the party, as attribution corpora mark the source: the party with
   * an apposition set off by commas ("Jane Doe, a former senator,"), as a token range.
   */
  sourceStart: number;
  sourceEnd: number;
  /** What the cue reports: speech ("said"), a belief or evidence ("thinks", "shows") or a stance ("praised", "wants"). */
  kind: CueKind;
  /** The cue as written, lower case ("said", "told reporters", "according to", "called for"). */
  cue: string;
  cueStart: number;
  /** End of the cue: after "told"'s audience, or after the particle of a phrasal cue ("called for"). */
  cueEnd: number;
  channel: string | null;
  /** Token range [start, end) of what the party is said to have said. */
  contentStart: number;
  contentEnd: number;
  /** Where the content's span starts as attribution corpora mark it: at "that" when one opens it, else `contentStart`. */
  contentLead: number;
  /** The party is a pronoun ("he said"): resolve it against earlier sentences. */
  pronoun: boolean;
  /** The content opens with the party speaking of itself ("the group said it killed ..."). */
  selfReport: boolean;
  /** For a relative pronoun party ("X, who said ..."): the token range of the noun phrase it stands for. */
  antecedent?: [number, number];
  /** The rest of the statement after a parenthetical cue ("A, he said, B"): token range of B. */
  contentTail?: [number, number];
}

/** A base or -s form that `stances.ts` lists as a cue only where a verb must stand ("states", "show", "reports"). */
function isNounishForm(lower: string): boolean {
  const form = verbEntry(lower)?.form;
  return cueEntry(lower) === undefined && (form === 'base' || form === 's');
}

/** A finite cue of speech or belief ("acknowledged", "finds"), not a stance ("backed"). */
function isNewSpeech(lower: string): boolean {
  const e = cueEntry(lower);
  return e !== undefined && e.kind !== 'stance' && (e.form === 'ed' || e.form === 's');
}

/** Means of telling after "by" ("said by telephone"): the cue stays a cue. */
const BY_MEANS = new Set(['telephone', 'phone', 'email', 'e-mail', 'text', 'letter', 'video', 'videolink', 'satellite', 'cellphone', 'mail', 'fax']);

/** Cue words that are also plural nouns ("reports", "claims"). */
const NOUN_CUES = new Set(['reports', 'claims', 'states', 'notes', 'estimates', 'posts', 'tweets']);

/** All attribution clauses of the sentence, left to right. */
export function findAttributions(text: string, tokens: Token[]): AttributionSpan[] {
  const out: AttributionSpan[] = [];
  const titleCase = isTitleCase(tokens);
  if (titleCase) {
    const headline = colonHeadline(text, tokens);
    if (headline !== null) out.push(headline);
  }
  const finding = inFinding(text, tokens, (t) => t.kind === 'word' && !t.cap && (SPEECH_CUES.has(t.lower) || BELIEF_CUES.has(t.lower) || isNewSpeech(t.lower)));
  if (finding !== null) out.push(finding);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const found = accordingTo(text, tokens, i);
      if (found !== null) out.push(found);
      continue;
    }
    const known = SPEECH_CUES.has(t.lower) || BELIEF_CUES.has(t.lower) || PARTICIPLE_CUES.has(t.lower);
    // A nounish form ("support", "calls") is a verb after a subject pronoun or an auxiliary ("they support",
    // "will call"), where no noun can stand.
    const entry = known ? undefined : cueEntry(t.lower) ?? (mustBeVerb(tokens, i) ? verbEntry(t.lower) : undefined);
    // Beyond the lists: a verb that takes a "that" clause reports what its subject says or thinks.
    const grammatical = !known && entry === undefined && takesClause(tokens, i);
    if (!known && entry === undefined && !grammatical) continue;
    // "smaller states such as ...", "the TV show": a listed cue that is as often a noun is a verb only
    // where a verb must stand, after a name, or before "that".
    if (known && isNounishForm(t.lower) && !mustBeVerb(tokens, i) && !(tokens[i - 1]?.cap && !REGEXPS.possessive.test(tokens[i - 1].lower))
      && tokens[i + 1]?.lower !== 'that') continue;
    // "the United States": a capitalised cue word is a name, unless the sentence is a headline written in
    // title case ("Mayor Praises New Bridge"), where every word has a capital.
    if (t.cap && i > 0 && !titleCase) continue;
    // "Initial reports indicate", "police reports say": a cue word used as a noun, followed by its verb.
    const after = tokens[i + 1]?.lower ?? '';
    if (NOUN_CUES.has(t.lower) && (isLexiconVerb(after) || after === 'of')) continue;
    // "the facts reported by the government": a participle with its agent, not an attribution.
    // "said by telephone", "told by email": a means of the telling, not an agent.
    if (after === 'by' && !BY_MEANS.has(tokens[i + 2]?.lower ?? '')) continue;
    // "claimed the lives of 14", "claimed 14 lives": the casualty idiom, not a claim.
    if (CLAIM_CUES.has(t.lower) && claimsLives(tokens, i)) continue;
    // "supporters showed up", "show up in person": to turn up, not to show something.
    if (after === 'up' && verbEntry(t.lower)?.base === 'show') continue;
    const prev = tokens[i - 1];
    // "Obama is defending his plan": a progressive form names its party before the auxiliary.
    const progressive = entry !== undefined && entry.form === 'ing' && prev !== undefined && BE_AUX.has(prev.lower) && prev.lower !== 'being';
    if (!progressive && prev !== undefined && (BE_AUX.has(prev.lower) || NP_DETERMINERS.has(prev.lower))) continue; // "were reported killed", "the claims"
    if (prev !== undefined && CUE_ADVERBS.has(prev.lower) && BE_AUX.has(tokens[i - 2]?.lower ?? '')) continue; // "is also said"
    if (entry !== undefined && needsParticle(entry.base) && !isCueParticle(entry.base, after)) continue; // "talked", not "talked about"
    const speech = SPEECH_CUES.has(t.lower) || PARTICIPLE_CUES.has(t.lower);
    // "continued to drag his feet", "promised to act": an infinitive is what the party does or means to
    // do, not words it said.
    const infinitive = after === 'to' && isInfinitiveVerb(tokens[i + 2]);
    const kind: CueKind = speech && !infinitive ? 'speech' : speech ? 'stance' : cueKind(t.lower) ?? 'belief';
    const found = speechCue(text, tokens, i, kind, entry, progressive, out[out.length - 1]);
    if (found !== null) out.push(found);
  }
  return out;
}

/** Prepositions and conjunctions that join a participle cue to the clause before it ("by saying", "while arguing"). */
const PARTICIPLE_LEADS = new Set(['by', 'after', 'before', 'while', 'when', 'without', 'since', 'in', 'despite']);

/** Object pronouns after "to" ("said to him"): an audience, not an infinitive. */
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'it']);

/**
 * The word after "to" is the verb of an infinitive ("to drag", "to act"), not the audience of speech
 * ("to reporters", "to him", "to the press"): a lower-case word that is no determiner, pronoun or plural.
 */
function isInfinitiveVerb(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || t.cap) return false;
  const w = t.lower;
  if (NP_DETERMINERS.has(w) || OBJECT_PRONOUNS.has(w) || AUDIENCE_WORDS.has(w) || REGEXPS.possessive.test(w)) return false;
  return isLexiconVerb(w) || !/s$/.test(w);
}

const LIVES_WINDOW = 6;
function claimsLives(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j <= i + LIVES_WINDOW && j < tokens.length; j++) {
    const w = tokens[j].lower;
    if (w === 'lives' || w === 'life') return true;
    if (tokens[j].kind === 'punct') return false;
  }
  return false;
}

function speechCue(text: string, tokens: Token[], i: number, kind: CueKind, entry: ReturnType<typeof cueEntry>, progressive: boolean, previous?: AttributionSpan): AttributionSpan | null {
  // Party before the cue, skipping adverbs and auxiliaries ("police later said", "he has said"), and the
  // be-auxiliary of a progressive form ("Obama is now defending").
  let p = i;
  if (progressive) {
    while (p > 0 && inVerbGroup(tokens[p - 1]) && !BE_AUX.has(tokens[p - 1].lower)) p -= 1;
    if (p > 0 && BE_AUX.has(tokens[p - 1].lower)) p -= 1;
  }
  // ... and a time between party and cue ("voters Tuesday said", "the ministry on Monday said").
  for (;;) {
    const w = tokens[p - 1]?.lower ?? '';
    if (p > 0 && inVerbGroup(tokens[p - 1])) p -= 1;
    else if (p > 1 && WEEKDAYS.has(w)) p -= tokens[p - 2].lower === 'on' ? 2 : 1;
    // "Rep. Jane Doe last month joked", "the senator earlier this week said", "Doe in March wrote".
    // Not after a participle: "a poll conducted last week found" keeps its time.
    else if (p > 2 && TIME_UNITS.has(w) && TIME_DEICTICS.has(tokens[p - 2].lower) && !REGEXPS.participle.test(tokens[p - 3].lower)) p -= tokens[p - 3].lower === 'earlier' || tokens[p - 3].lower === 'later' ? 3 : 2;
    else if (p > 2 && (MONTHS.has(w) || /^(?:19|20)\d\d$/.test(w)) && tokens[p - 2].lower === 'in' && !REGEXPS.participle.test(tokens[p - 3].lower)) p -= 2;
    else if (p > 1 && (w === 'yesterday' || w === 'today' || w === 'tonight' || w === 'here' || w === 'there')) p -= 1; // "workers here said"
    else break;
  }
  // A participle ("saying") names no party right before it ("a call reporting ..." is no attribution);
  // its party is the subject of the clause it hangs on (below).
  const participle = PARTICIPLE_CUES.has(tokens[i].lower) || (entry !== undefined && entry.form === 'ing' && !progressive);
  // "Ford itself said": a reflexive after the party belongs to it.
  const own = REFLEXIVES.has(tokens[p - 1]?.lower ?? '') ? 1 : 0;
  const start = participle ? null : accessPhraseStart(tokens, p) ?? backwardNP(tokens, p - own);
  let party: [number, number] | null = start !== null ? [start, p] : null;
  let source: [number, number] | null = null;
  if (start !== null) {
    // "A poll conducted last week found", "people briefed on the move said": the noun phrase read back
    // from the cue is the complement of a participle; the party is the phrase the participle describes.
    const head = reducedRelativeHead(tokens, start);
    if (head !== null) party = [head, p];
  }
  if (party === null && !participle) {
    // "Jane Doe (D-Ore.) said", "Jane Doe — a teacher from Springfield — says": an aside in brackets or
    // dashes between the party and its cue; the source as written takes the aside too.
    const open = bracketAsideStart(tokens, p - 1);
    const before = open === null ? null : backwardNP(tokens, open);
    if (open !== null && before !== null) {
      party = [before, open];
      source = [before, p];
    }
  }
  if (party === null && participle) {
    // "with Jane Doe calling the plan a fraud", "– Doe saying he was encouraged": a named or pronoun
    // subject of an absolute participle clause.
    const np = backwardNP(tokens, p);
    const lead = np === null ? undefined : tokens[np - 1];
    if (np !== null && (lead === undefined || ABSOLUTE_LEADS.has(lead.lower)) && tokens.slice(np, p).some((t) => t.cap || PERSON_PRONOUNS.has(t.lower) || GROUP_PRONOUNS.has(t.lower))) {
      party = [np, p];
    } else if (np !== null && lead?.lower === 'with' && mayBeSpeaker(tokens, np, p)) {
      // "with 30 percent of voters saying ...": after "with", any subject that can speak. (A text before
      // the participle, "an email stressing ...", was tried as the party too: source 0.625 -> 0.624, as
      // "X issued a statement saying ..." is X's.)
      party = [np, p];
    }
  }
  let inverted = false;
  if (party === null && !participle && tokens[p - 1]?.text === ',') {
    // "Jane Doe, who leads the agency, said" / "the mayor's spokesman, John Roe, said": the party stands
    // before an aside set off by commas; the source as written takes the aside too.
    const asideStart = findAsideStart(tokens, p - 1);
    if (asideStart !== null) {
      // "Jane Doe, 60, a doctor, said", "Rep. Jane Doe (D-Ore.), a member of ..., said": an age or a
      // bracket between the name and the aside.
      let nameEnd = asideStart;
      if (tokens[nameEnd - 1]?.kind === 'num' && tokens[nameEnd - 2]?.text === ',') nameEnd -= 2;
      else if (tokens[nameEnd - 1]?.text === ')') nameEnd = bracketAsideStart(tokens, nameEnd - 1) ?? nameEnd;
      const before = backwardNP(tokens, nameEnd);
      if (before !== null) {
        party = [before, nameEnd];
        // A description ("Jane Doe, a former senator,") belongs to the source; a circumstance (", wearing
        // a red cap,") does not.
        const circumstance = REGEXPS.participle.test(tokens[asideStart + 1]?.lower ?? '') && !tokens[asideStart + 1].cap;
        source = circumstance ? party : [before, p - 1];
      }
    }
  }
  if (party === null && !participle && tokens[p - 1]?.text === ',') {
    // "Jane Doe, who was to travel to Springfield, Ohio, on Monday, said": an aside with commas of its
    // own; the party is the noun phrase that opens the sentence, followed by the aside's comma or "who".
    const s0 = SENTENCE_CONJUNCTIONS.has(tokens[0]?.lower ?? '') ? 1 : 0;
    const e = forwardNP(tokens, s0);
    const follow = tokens[e];
    if (e > s0 && e < p - 1 && follow !== undefined && (follow.text === ',' || follow.lower === 'who') && !tokens.slice(e, p).some(isQuoteMark)) {
      party = [s0, e];
      // "Jane Doe, meanwhile, said": a sentence adverb set off by commas is no description of her.
      const adverbOnly = tokens.slice(e + 1, p - 1).every((t) => t.kind === 'word' && (OPENING_ADVERBS.has(t.lower) || REGEXPS.adverbLy.test(t.lower)));
      source = adverbOnly ? [s0, e] : [s0, p - 1];
    }
  }
  // A stance is written with its party before it ("the senator praised ..."), never inverted.
  if (party === null && kind !== 'stance') {
    // "..., said Mayor Jane Doe." / "...,” said the ministry."
    const prev = tokens[i - 1];
    if (!participle && (prev === undefined || prev.text === ',' || isQuoteMark(prev))) {
      const end = forwardNP(tokens, i + 1);
      const next = tokens[end];
      // The party ends the clause ("said X." / "said X, who ...") or is followed by its channel.
      const closes = next === undefined || next.kind === 'punct' || next.lower === 'in' || next.lower === 'on' || next.lower === 'at' || next.lower === 'who';
      if (end > i + 1 && closes) {
        party = [i + 1, end];
        inverted = true;
      }
    }
  }
  let relative = false;
  let antecedent: [number, number] | undefined;
  // "Jane Doe, who backed the plan and said ...": a cue coordinated inside a relative clause is the
  // relative pronoun's too.
  const who = tokens[p - 1]?.lower === 'and' ? relativeBefore(tokens, p - 1) : p - 1;
  if (party === null && who !== null && RELATIVE_PRONOUNS.has(tokens[who]?.lower ?? '') && who > 0) {
    // "Jeb Bush, who says ...": the relative pronoun is the party as written; it stands for the name before.
    party = [who, who + 1];
    p = who + 1;
    relative = true;
    // Only a relative clause set off by a comma names its antecedent plainly ("Jane Doe, who said");
    // "someone in the home who said" would give "the home".
    if (tokens[who - 1]?.text === ',') {
      const ante = backwardNP(tokens, who - 1);
      if (ante !== null) antecedent = [ante, who - 1];
    }
  }
  // The participle follows a comma, or the closing mark after one (",” adding").
  const lead = tokens[p - 1] !== undefined && isQuoteMark(tokens[p - 1]) && tokens[p - 2]?.text === ',' ? tokens[p - 2] : tokens[p - 1];
  if (party === null && participle && previous !== undefined && previous.cueStart < p && ABSOLUTE_LEADS.has(lead?.lower ?? '')) {
    // "“...,” he said, citing the polls": the participle goes on with the party of the cue before it.
    party = [previous.partyStart, previous.partyEnd];
    source = [previous.sourceStart, previous.sourceEnd];
  }
  let openingEnd: number | null = null;
  if (party === null && participle) {
    const opening = openingParticipleSubject(tokens, p, i);
    if (opening !== null) {
      party = opening.party;
      openingEnd = opening.comma;
    }
  }
  if (party === null) {
    // "X did Y and says ...", "X did Y, saying ...": the party is the subject of the main clause.
    const prev = tokens[p - 1];
    if (prev !== undefined && (prev.lower === 'and' || prev.lower === 'then' || prev.lower === 'but' || (participle && (prev.text === ',' || PARTICIPLE_LEADS.has(prev.lower))))) {
      // ... and "X did Y by saying ...", "X did Y while arguing ...", "X did Y but did not say ...". Not an
      // infinitive after the main verb ("X took to the radio to say ..."): tried, it raised speakerRight
      // (0.608 -> 0.616) but its unmatched predictions cost source F1 (dev 0.623 -> 0.618).
      party = clauseSubject(tokens, p - 1);
    } else if (prev !== undefined && prev.kind === 'word' && PARTICIPLE_CUES.has(tokens[i].lower) && tokens[i].lower !== 'reporting') {
      // "The senator made a pitch to voters saying ...": a speech participle after the main clause's
      // object still reports its subject (not "a call reporting a fire").
      party = clauseSubject(tokens, p);
    }
  }
  if (party === null) return null;
  // "The deals were signed, pledging ...": a subject that names no person, body or report is no speaker,
  // unless the cue is one a thing may report by ("the findings show"). Train split: source 0.617 -> 0.620,
  // content 0.764 -> 0.765 (dev 0.627 -> 0.631, 0.767 -> 0.768, with the times skipped above).
  if (!mayBeSpeaker(tokens, party[0], party[1]) && !isEvidenceCue(tokens[i].lower)) return null;

  let cueEnd = i + 1;
  let cue = tokens[i].lower;
  let channel: string | null = null;
  // "told reporters", "told the BBC": an audience joins the cue, a named outlet is the channel.
  if (tokens[i].lower === 'told' && !inverted) {
    const objEnd = objectEnd(tokens, i + 1);
    if (objEnd > i + 1) {
      const obj = tokens.slice(i + 1, objEnd);
      if (obj.some((t) => AUDIENCE_WORDS.has(t.lower))) cue = `${cue} ${spanText(text, tokens, i + 1, objEnd)}`;
      else channel = spanText(text, tokens, i + 1, objEnd);
      cueEnd = objEnd;
    }
  } else if (entry !== undefined && isCueParticle(entry.base, tokens[i + 1]?.lower ?? '')) {
    // "called for", "referring to": the particle belongs to the cue.
    cueEnd = i + 2;
    cue = `${cue} ${tokens[i + 1].lower}`;
  }
  const after = inverted ? party[1] : cueEnd;
  const ch = findChannel(text, tokens, after, party[0]);
  if (channel === null) channel = ch.channel;
  let contentAfterStart = skipToContent(tokens, Math.max(after, ch.end));
  // "said in an interview with the paper that ...", "told the Chief, a local weekly, that ...": the
  // content starts after the "that" the circumstance or audience stands before.
  const lateThat = inverted ? null : thatAfterCircumstance(tokens, contentAfterStart, tokens[i].lower === 'told');
  if (lateThat !== null) contentAfterStart = lateThat + 1;

  const pronoun = relative || (party[1] - party[0] === 1 && (PERSON_PRONOUNS.has(tokens[party[0]].lower) || GROUP_PRONOUNS.has(tokens[party[0]].lower)));
  const before = tokens[party[0] - 1];
  const clauseBefore = openingEnd === null && (inverted || (before !== undefined && (before.text === ',' || isQuoteMark(before))));
  const wordsAfter = countWords(tokens, contentAfterStart, tokens.length);
  let contentStart: number;
  let contentEnd: number;
  let contentTail: [number, number] | undefined;
  // "..., police said." and "..., police said, and ...": the clause before the party is the content;
  // "..., police said that ..." / "..., police said: ..." introduce what follows.
  const next = tokens[contentAfterStart - 1];
  const introduces = next !== undefined && contentAfterStart > after && (next.lower === 'that' || next.text === ':');
  // "Still, she added, the plan ..." / "In fact, he said, “...”": an opening adverbial, not a statement,
  // stands before the party; the statement follows the cue's comma.
  const resumeWord = tokens[Math.max(after, ch.end) + 1]?.lower ?? '';
  const adverbialBefore = !inverted && tokens[Math.max(after, ch.end)]?.text === ',' && wordsAfter >= 3 && !PARTICIPLE_CUES.has(resumeWord)
    && cueEntry(resumeWord)?.form !== 'ing' && isOpeningAdverbial(tokens, party[0]);
  if (kind !== 'stance' && clauseBefore && !introduces && !adverbialBefore && (wordsAfter < 3 || tokens[Math.max(after, ch.end)]?.text === ',')) {
    const boundary = inverted ? i : party[0];
    contentStart = 0;
    contentEnd = trimEnd(tokens, 0, boundary);
    // "This campaign, he says, is different": a parenthetical cue; the statement goes on after it.
    const comma = Math.max(after, ch.end);
    const resume = tokens[comma + 1];
    if (!inverted && tokens[comma]?.text === ',' && resume !== undefined && resume.kind !== 'punct' && !TAIL_STOPS.has(resume.lower)
      && !PARTICIPLE_CUES.has(resume.lower) && !SPEECH_CUES.has(resume.lower) && countWords(tokens, comma + 1, tokens.length) >= 2) {
      contentTail = [comma + 1, trimEnd(tokens, comma + 1, tokens.length)];
    }
  } else {
    contentStart = contentAfterStart;
    contentEnd = clauseEnd(tokens, contentStart, tokens.length, kind);
    // "While Doe said the plan works, critics ...": an attribution inside a subordinate clause reports
    // that clause only; the main clause after its comma is the writer's (150 of 174 such gold contents
    // of sentence-opening clauses in PolNeAR's train split end there; any subordinate clause: content
    // 0.760 -> 0.761, dev 0.760 -> 0.763).
    if (SUBORDINATORS.has(tokens[party[0] - 1]?.lower ?? '')) contentEnd = firstCommaOutsideQuotes(tokens, contentStart, contentEnd);
    if (openingEnd !== null) contentEnd = Math.min(contentEnd, openingEnd);
    // A relative clause's content ends with the clause ("who says X, ...").
    if (relative) for (let k = contentStart; k < contentEnd; k++) if (tokens[k].text === ',' || tokens[k].text === ';') { contentEnd = k; break; }
  }
  // "said that ...": attribution corpora start the content at "that".
  const contentLead = contentStart > 0 && contentStart > cueEnd && tokens[contentStart - 1].lower === 'that' ? contentStart - 1 : contentStart;
  if (source === null) source = [party[0], inverted ? invertedSourceEnd(tokens, party[1]) : party[1]];
  const first = tokens[contentStart];
  const selfReport = contentStart < contentEnd && !pronoun && first !== undefined && (first.lower === 'it' || first.lower === 'they' || first.lower === 'we');
  return {
    party: spanText(text, tokens, party[0], party[1]),
    partyStart: party[0],
    partyEnd: party[1],
    sourceStart: source[0],
    sourceEnd: source[1],
    kind,
    cue,
    cueStart: i,
    cueEnd,
    channel,
    contentStart,
    contentEnd,
    contentLead,
    pronoun,
    selfReport,
    ...(antecedent ? { antecedent } : {}),
    ...(contentTail ? { contentTail } : {}),
  };
}

const RELATIVE_PRONOUNS = new Set(['who', 'which']);
/** How far back from "and" the relative pronoun of its clause may stand, in tokens. */
const RELATIVE_WINDOW = 15;

/** The index of "who" opening the relative clause that "and" at `and` coordinates in (", who backed X and"), else null. */
function relativeBefore(tokens: Token[], and: number): number | null {
  for (let k = and - 1; k > 0 && and - k <= RELATIVE_WINDOW; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' || isQuoteMark(t)) return null;
    if (RELATIVE_PRONOUNS.has(t.lower)) return tokens[k - 1].text === ',' ? k : null;
  }
  return null;
}
/** Words that may open a sentence before a participle ("Instead of calling ...", "In addition to stating ..."). */
const OPENING_PARTICIPLE_LEADS = new Set([...PARTICIPLE_LEADS, 'of', 'to', 'until', 'upon', 'on', 'instead', 'addition', 'but', 'and', 'also', 'even', 'not']);
/** Participles that open a sentence as prepositions or as a circumstance, reporting nothing ("Regarding X, ..."). */
const NOT_OPENING_CUES = new Set(['regarding', 'concerning', 'including', 'considering', 'judging', 'following', 'addressing', 'reading', 'speaking', 'responding']);
/** Most words before a sentence-opening participle ("One month after announcing"). */
const MAX_OPENING_LEAD = 4;

/**
 * "While celebrating ..., Trump mocked ...", "Expecting thousands, Mr. Burke said ...": a participle in
 * a phrase that opens the sentence reports the subject of the main clause after the phrase's comma.
 * Returns that subject and the comma (where the participle's content ends), or null.
 */
function openingParticipleSubject(tokens: Token[], p: number, i: number): { party: [number, number]; comma: number } | null {
  if (p > MAX_OPENING_LEAD || (p > 0 && !OPENING_PARTICIPLE_LEADS.has(tokens[p - 1].lower)) || NOT_OPENING_CUES.has(tokens[i].lower)) return null;
  if (tokens.slice(0, i).some((t) => t.kind === 'punct')) return null;
  let quoted = false;
  let comma = -1;
  for (let k = i + 1; k < tokens.length; k++) {
    if (isQuoteMark(tokens[k])) quoted = !quoted;
    else if (!quoted && tokens[k].text === ',') { comma = k; break; }
    else if (!quoted && tokens[k].kind === 'punct' && tokens[k].text !== '-' && tokens[k].text !== "'" && tokens[k].text !== '’') return null;
  }
  if (comma < 0) return null;
  let s = comma + 1;
  while (s < tokens.length && OPENING_ADVERBS.has(tokens[s].lower)) s += 1;
  let end = forwardNP(tokens, s);
  // "Trump described families ...": the subject ends at its verb, which the lexicon may not know as one.
  for (let k = s + 1; k < end; k++) if (!tokens[k].cap && /ed$/.test(tokens[k].lower) && isVerbish(tokens[k].lower)) { end = k; break; }
  const next = tokens[end];
  if (end <= s || next === undefined || next.kind !== 'word' || next.cap || !mayBeSpeaker(tokens, s, end)) return null;
  return { party: [s, end], comma };
}
const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves', 'themself', 'myself', 'ourselves', 'yourself']);
/** A time between a party and its cue: "last month", "this week", "earlier this year". */
const TIME_UNITS = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'spring', 'summer', 'fall', 'autumn', 'winter', 'season']);
const TIME_DEICTICS = new Set(['last', 'this', 'next', 'that', 'the', 'each', 'every', 'past']);

/** The first comma in [from, to) outside quotation marks, else `to`. */
function firstCommaOutsideQuotes(tokens: Token[], from: number, to: number): number {
  let quoted = false;
  for (let k = from; k < to; k++) {
    if (isQuoteMark(tokens[k])) quoted = !quoted;
    else if (!quoted && tokens[k].text === ',' && k > from) return k;
  }
  return to;
}

/** Words before the subject of an absolute participle clause ("with Doe saying", ", Doe saying"). */
const ABSOLUTE_LEADS = new Set(['with', ',', '—', '–', '-', 'and', ':', ';']);
/** Conjunctions that may open a sentence before its subject ("But Jane Doe, ..., said"). */
const SENTENCE_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'still']);
/** Longest description after an inverted party ("said Jane Roe, a pollster working for ..., who ..."), in tokens. */
const MAX_INVERTED_SOURCE_TOKENS = 40;

/**
 * End of the source after an inverted cue ("..., said Jane Roe, a pollster working for a group, who
 * managed the campaign."): the description runs to the end of the sentence or the next quotation mark,
 * as attribution corpora mark it; else the apposition alone; else the party.
 */
function invertedSourceEnd(tokens: Token[], end: number): number {
  if (tokens[end]?.text !== ',') return end;
  for (let k = end + 1; k < tokens.length && k - end <= MAX_INVERTED_SOURCE_TOKENS; k++) {
    const t = tokens[k];
    if (isQuoteMark(t) || PARTICIPLE_CUES.has(t.lower) || t.lower === 'according') return trimEnd(tokens, end, k);
    // The description ends before a circumstance of the telling (", citing ...", ", via email", ", in an
    // interview") and before a sentence adverb (", though").
    const prev = tokens[k - 1];
    if (t.kind === 'word' && !t.cap && (t.lower === 'via' || (prev?.text === ',' && (REGEXPS.gerund.test(t.lower) || CHANNEL_PREPOSITIONS.has(t.lower) || OPENING_ADVERBS.has(t.lower))))) {
      return trimEnd(tokens, end, k);
    }
    if (t.text === '.' || t.text === ';' || t.text === '?' || t.text === '!') return trimEnd(tokens, end, k);
  }
  if (end + MAX_INVERTED_SOURCE_TOKENS >= tokens.length) return trimEnd(tokens, end, tokens.length);
  return appositionEnd(tokens, end) ?? end;
}

/** Words that open a new clause after ", X said," rather than continue the statement. */
const TAIL_STOPS = new Set(['and', 'but', 'while', 'as', 'although', 'though', 'because', 'after', 'before', 'when', 'who', 'which', 'where', 'according', 'in', 'on', 'at']);
