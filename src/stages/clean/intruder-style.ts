/**
 * How a paragraph is written, for the intruder signals (`intruder-signals.ts`): what a reader notices in a
 * sentence pasted in from another report even when it talks of the same kind of event.
 * - Bare names: a lone capitalised word inside a sentence ("striking Norwell", "said Quayle") refers to
 *   someone the reader already knows; reports introduce a person by full name first. A bare name that the
 *   rest of the article (or story) never writes points back to a text that is not there.
 * - Definite heads: "the toddler", "this plant" presuppose that the thing was mentioned; a head word the
 *   rest of the story never writes has no antecedent.
 * - Typography: an outlet writes its apostrophes and quotation marks one way (’ “ ” or ' "); a paragraph
 *   written the other way in an article that never mixes them was written elsewhere.
 * - Capitals: the share of capital letters (names, acronyms, a shouted line of a transcript).
 * Language-blind except for the few English determiners and honorifics below.
 */

export interface ParagraphStyle {
  /** Bare names, lower-cased, possessive dropped (with repeats). */
  bareNames: string[];
  /** Lower-case words right after "the", "this" or "that" (with repeats). */
  definiteHeads: string[];
  /** It writes a curly apostrophe or quotation mark (’ “ ”). */
  curly: boolean;
  /** It writes a straight one (' "). */
  straight: boolean;
  /** Capital letters over letters (0 when it has none). */
  capitalShare: number;
  /** Its words, lower-cased, possessive dropped: what a bare name or definite head of another paragraph is looked up in. */
  words: Set<string>;
}

const STYLE_RE = {
  capitalised: /\p{Lu}[\p{L}'’-]*\p{L}/gu,
  possessive: /['’]s$/,
  /** Only an opening quote or bracket between a sentence's end and the word: the word opens a sentence. */
  afterSentence: /[.!?:]["”’']?\s+["“‘'(]?$/u,
  opensText: /^\s*["“‘'(]?\s*$/u,
  capitalStart: /^["“‘(]?\p{Lu}/u,
  /** A word ending in a stop keeps a capitalised word after it apart (an initial or a clause's end). */
  stopEnd: /[.,;:]$/,
  honorific: /^(?:Mr|Mrs|Ms|Dr)\.?$/,
  word: /[\p{L}'’-]+/gu,
  /** The head is only looked ahead at, so that "that the toddler" also reads "the toddler". */
  definite: /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?=(\p{Ll}[\p{L}-]+))/gu,
  curly: /[’“”]/,
  straight: /['"]/,
  letter: /^\p{L}$/u,
  capital: /^\p{Lu}$/u,
  lastWord: /(\S+)\s*$/,
  firstWord: /^\s*(\S+)/,
};

/**
 * Capitalised words that are not a reference to someone: function words a sentence can open a clause with
 * after a colon or quote, pronouns, the generic agencies reports name without introduction. Also the
 * words that follow "the" without naming a thing of the story.
 */
const NOT_A_REFERENT = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'in', 'on', 'at', 'of', 'to', 'for', 'with', 'by', 'from', 'as', 'he', 'she', 'they', 'it',
  'we', 'i', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'there', 'here', 'when', 'where', 'while', 'after', 'before',
  'police', 'officials', 'authorities', 'mr', 'mrs', 'ms', 'dr',
]);
/** Characters read either side of a capitalised word for its neighbours (a word is rarely longer). */
const LOOK = 40;
/** Definite heads shorter than this are mostly function words or abbreviations. */
const MIN_HEAD_LENGTH = 4;

export function styleOf(text: string): ParagraphStyle {
  const bareNames: string[] = [];
  for (const m of text.matchAll(STYLE_RE.capitalised)) {
    const i = m.index ?? 0;
    const before = text.slice(Math.max(0, i - LOOK), i);
    if (STYLE_RE.afterSentence.test(before) || (i <= LOOK && STYLE_RE.opensText.test(before))) continue;
    const prev = STYLE_RE.lastWord.exec(before)?.[1] ?? '';
    const next = STYLE_RE.firstWord.exec(text.slice(i + m[0].length, i + m[0].length + LOOK))?.[1] ?? '';
    // Part of a run of capitalised words (a full name, "Main Street"): an introduction, not a reference back.
    if (STYLE_RE.capitalStart.test(prev) && !STYLE_RE.stopEnd.test(prev)) continue;
    if (STYLE_RE.capitalStart.test(next)) continue;
    if (STYLE_RE.honorific.test(prev)) continue;
    const w = m[0].replace(STYLE_RE.possessive, '').toLowerCase();
    // An acronym (FBI, KSN) is an organisation a reader knows, not a person met before.
    if (w.length < 3 || NOT_A_REFERENT.has(w) || m[0] === m[0].toUpperCase()) continue;
    bareNames.push(w);
  }
  const definiteHeads: string[] = [];
  for (const m of text.matchAll(STYLE_RE.definite)) {
    if (m[1].length >= MIN_HEAD_LENGTH && !NOT_A_REFERENT.has(m[1])) definiteHeads.push(m[1]);
  }
  const words = new Set<string>();
  for (const m of text.matchAll(STYLE_RE.word)) words.add(m[0].replace(STYLE_RE.possessive, '').toLowerCase());
  return {
    bareNames, definiteHeads, curly: STYLE_RE.curly.test(text), straight: STYLE_RE.straight.test(text),
    capitalShare: capitalShare(text), words,
  };
}

/** Capital letters over letters, 0 without letters (a loop: matching every letter built arrays as long as the text). */
function capitalShare(text: string): number {
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) { letters++; capitals++; }
    else if (c >= 97 && c <= 122) letters++;
    else if (c > 127) {
      const ch = text[i];
      if (STYLE_RE.capital.test(ch)) { letters++; capitals++; }
      else if (STYLE_RE.letter.test(ch)) letters++;
    }
  }
  return letters ? capitals / letters : 0;
}

/**
 * 1 when the paragraph writes only one kind of apostrophe and quotation mark (curly or straight) and the
 * other paragraphs of its article write only the other kind; 0 otherwise (no marks, or a mixing article).
 * `curlyOthers` and `straightOthers` count the article's other paragraphs writing each kind.
 */
export function typographyConflict(style: ParagraphStyle, curlyOthers: number, straightOthers: number): number {
  if (style.curly && !style.straight) return straightOthers > 0 && curlyOthers === 0 ? 1 : 0;
  if (style.straight && !style.curly) return curlyOthers > 0 && straightOthers === 0 ? 1 : 0;
  return 0;
}
