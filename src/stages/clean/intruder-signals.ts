/**
 * What a story says about each of its paragraphs: the signals the intruder score (`story.ts`) weighs. Each
 * is a share or a count computed from the story alone — which of the paragraph's words, names and
 * specifics other paragraphs of the story use too. Paragraphs can be left out of the counts (`exclude`):
 * pasted-in paragraphs from one donor support each other, so a second pass recounts without the suspects.
 */
import { isStopWord } from '../../text/terms.js';
import { bestMatch, postingsOf, termsAndPairs } from './intruder-overlap.js';
import { specificsOf, type Specifics } from './specifics.js';
import { styleOf, typographyConflict, type ParagraphStyle } from './intruder-style.js';

export interface StoryArticleParagraphs { articleId: string; paragraphs: string[] }

/** What the story says about one paragraph; each signal is a share or a count, computed from the story alone. */
export interface ParagraphSignals {
  articleId: string;
  paragraph: number;
  /** Distinct content terms of the paragraph. */
  terms: number;
  /** Weighted share of its terms that other paragraphs of the story use (saturating at `saturation` users). */
  storyShare: number;
  /** Share of its terms that other paragraphs of its own article use. */
  articleShare: number;
  /** Names (capitalised words inside a sentence) it mentions. */
  names: number;
  /** Share of its names that another paragraph of the story mentions (1 when it names nobody). */
  nameShare: number;
  /** Its position in the article, 0 (lead) to 1 (last paragraph). */
  position: number;
  /** Articles in the story. */
  articles: number;
  /** Share of its terms that another article of the story uses. */
  otherArticleShare: number;
  /** Share of its names that another article of the story mentions (1 when it names nobody). */
  nameArticleShare: number;
  /** Its names that no other paragraph of the story mentions. */
  foreignNames: number;
  /** 1 when it mentions a name that at least half of the story's other articles mention. */
  coreName: number;
  /** Share of its numbers that another paragraph of the story states (1 when it states none). */
  numberShare: number;
  /** 1 when it gives ages, weekdays, months or times of day and the rest of the story gives others, none of its own. */
  ageConflict: number;
  weekdayConflict: number;
  monthConflict: number;
  timeConflict: number;
  /** 1 when it quotes without a speech word or attribution. */
  unattributedQuote: number;
  /** Share of its terms that the paragraph before or after it uses. */
  neighbourShare: number;
  /** Mean over its terms of the share of the story's other articles that use the term (1: every article does). */
  spread: number;
  /** Share of its terms that the lead of some article of the story uses (leads state what the story is). */
  leadShare: number;
  /** `storyShare` and `otherArticleShare` with each term weighed by its background idf (rare words count most). */
  rareShare: number;
  rareOtherArticleShare: number;
  /** Share of its pairs of adjacent content terms that another paragraph of the story uses (1 when it has none). */
  pairShare: number;
  /** The most of its idf mass that one paragraph of another article covers. */
  bestMatch: number;
  /** ln(1 + the idf mass of its terms no other paragraph of the story uses). */
  novelty: number;
  /** 1 when it names a place of a kind (county, street, hospital) that the story names others of, none of its own. */
  placeConflict: number;
  /** Lone capitalised words inside a sentence (`intruder-style.ts`): references to someone already met. */
  bareNames: number;
  /** Its bare names that no other paragraph of its article writes, and that no other paragraph of the story does. */
  bareUnknownInArticle: number;
  bareUnknownInStory: number;
  /** 1 when it writes apostrophes and quotation marks the other way from the rest of its article. */
  typographyConflict: number;
  /** Capital letters over letters. */
  capitalShare: number;
  /** Share of its definite heads ("the toddler") that no other paragraph of the story writes (0 when it has none). */
  definiteUnknownShare: number;
}

/** Counting options `paragraphSignals` needs. */
export interface SignalOptions {
  /** Other paragraphs in the story that must use a term for it to count fully as shared. */
  saturation: number;
}

/** A term counts fully as shared once two other paragraphs use it (as `defaultStoryCohesionOptions`). */
export const DEFAULT_SIGNAL_OPTIONS: SignalOptions = Object.freeze({ saturation: 2 });

/** Which paragraphs the counts leave out, by article index and paragraph index. */
export type Exclusion = (article: number, paragraph: number) => boolean;

/** Every paragraph's signals except the leads' (the lead defines the story) and those without content terms. */
export function paragraphSignals(story: StoryArticleParagraphs[], options: SignalOptions = DEFAULT_SIGNAL_OPTIONS, exclude: Exclusion = () => false): ParagraphSignals[] {
  return countSignals(readStory(story), options, exclude);
}

/** What each paragraph holds — its terms, names and specifics — read once for any number of counts. */
export interface StoryReading {
  story: StoryArticleParagraphs[];
  termSets: Set<string>[][];
  /** Each paragraph's terms' background idf, in its term set's order. */
  termWeights: Float64Array[][];
  pairSets: Set<number>[][];
  nameSets: Set<string>[][];
  specifics: Specifics[][];
  styles: ParagraphStyle[][];
}

export function readStory(story: StoryArticleParagraphs[]): StoryReading {
  const lowercase = lowercaseWords(story);
  const ids = new Map<string, number>();
  const read = story.map((a) => a.paragraphs.map((p) => termsAndPairs(p, ids)));
  return {
    story,
    termSets: read.map((a) => a.map((r) => r.terms)),
    termWeights: read.map((a) => a.map((r) => r.weights)),
    pairSets: read.map((a) => a.map((r) => r.pairs)),
    nameSets: story.map((a) => a.paragraphs.map((p) => namesOf(p, lowercase))),
    specifics: story.map((a) => a.paragraphs.map(specificsOf)),
    styles: story.map((a) => a.paragraphs.map(styleOf)),
  };
}

/** The signals of a read story, counting every paragraph but the excluded ones. */
export function countSignals(reading: StoryReading, options: SignalOptions = DEFAULT_SIGNAL_OPTIONS, exclude: Exclusion = () => false): ParagraphSignals[] {
  const { story, termSets, termWeights, pairSets, nameSets, specifics, styles } = reading;
  const counted = <T>(sets: T[][]): T[][] => sets.map((a, ai) => a.filter((_, pi) => !exclude(ai, pi)));
  // How many counted paragraphs of the whole story use each term, and mention each name; how many articles do.
  const paragraphsUsing = countUses(counted(termSets));
  const paragraphsNaming = countUses(counted(nameSets));
  const articlesUsing = countUses(counted(termSets).map((sets) => [union(sets)]));
  const articlesNaming = countUses(counted(nameSets).map((sets) => [union(sets)]));
  const leadTerms = countUses(termSets.map((sets) => sets.slice(0, 1)));
  const of = (k: 'numbers' | 'ages' | 'weekdays' | 'months' | 'times' | 'places') => counted(specifics).map((a) => a.map((s) => s[k]));
  const numbersStated = countUses(of('numbers'));
  const stated = { ages: countUses(of('ages')), weekdays: countUses(of('weekdays')), months: countUses(of('months')), times: countUses(of('times')), places: countUses(of('places')) };
  const pairsUsing = countUses(counted(pairSets));
  const paragraphsWriting = countUses(counted(styles).map((a) => a.map((st) => st.words)));
  // Flat keys for the best-match postings: article index in the high part.
  const width = Math.max(1, ...story.map((a) => a.paragraphs.length));
  const postings = postingsOf(termSets, (ai, pi) => !exclude(ai, pi), (ai, pi) => ai * width + pi);
  const articleOf = (k: number) => Math.floor(k / width);
  const scratch = new Float64Array(story.length * width);
  const out: ParagraphSignals[] = [];
  story.forEach((a, ai) => {
    const inArticle = countUses([termSets[ai].filter((_, pi) => !exclude(ai, pi))]);
    const ownTerms = union(termSets[ai].filter((_, pi) => !exclude(ai, pi)));
    const ownNames = union(nameSets[ai].filter((_, pi) => !exclude(ai, pi)));
    const ownStyles = styles[ai].filter((_, pi) => !exclude(ai, pi));
    const articleWriting = countUses([ownStyles.map((st) => st.words)]);
    const curlyParagraphs = ownStyles.filter((st) => st.curly).length;
    const straightParagraphs = ownStyles.filter((st) => st.straight).length;
    termSets[ai].forEach((set, pi) => {
      if (pi === 0 || set.size === 0) return;
      // The paragraph's own use is in the counts unless it is excluded.
      const self = exclude(ai, pi) ? 0 : 1;
      let shared = 0;
      let local = 0;
      let otherArticle = 0;
      let inLead = 0;
      let spread = 0;
      let mass = 0;
      let rareShared = 0;
      let rareOther = 0;
      let novel = 0;
      const weights = termWeights[ai][pi];
      let ti = 0;
      for (const t of set) {
        const w = weights[ti++];
        mass += w;
        const users = (paragraphsUsing.get(t) ?? 0) - self;
        if (users > 0) rareShared += w;
        else novel += w;
        if ((articlesUsing.get(t) ?? 0) > (ownTerms.has(t) ? 1 : 0)) rareOther += w;
        if (story.length > 1) spread += ((articlesUsing.get(t) ?? 0) - (ownTerms.has(t) ? 1 : 0)) / (story.length - 1);
        shared += Math.min(1, ((paragraphsUsing.get(t) ?? 0) - self) / options.saturation);
        if ((inArticle.get(t) ?? 0) - self > 0) local++;
        if ((articlesUsing.get(t) ?? 0) > (ownTerms.has(t) ? 1 : 0)) otherArticle++;
        if ((leadTerms.get(t) ?? 0) > 0) inLead++;
      }
      const names = nameSets[ai][pi];
      let named = 0;
      let namedElsewhere = 0;
      let core = 0;
      const others = story.length - 1;
      for (const n of names) {
        if ((paragraphsNaming.get(n) ?? 0) - self > 0) named++;
        const otherArticles = (articlesNaming.get(n) ?? 0) - (ownNames.has(n) ? 1 : 0);
        if (otherArticles > 0) namedElsewhere++;
        if (others > 0 && otherArticles * 2 >= others) core = 1;
      }
      const sp: Specifics = specifics[ai][pi];
      let numbersShared = 0;
      for (const n of sp.numbers) if ((numbersStated.get(n) ?? 0) - self > 0) numbersShared++;
      const neighbours = new Set<string>();
      for (const j of [pi - 1, pi + 1]) if (!exclude(ai, j)) for (const t of termSets[ai][j] ?? []) neighbours.add(t);
      let near = 0;
      for (const t of set) if (neighbours.has(t)) near++;
      const pairs = pairSets[ai][pi];
      let pairsShared = 0;
      for (const q of pairs) if ((pairsUsing.get(q) ?? 0) - self > 0) pairsShared++;
      const style = styles[ai][pi];
      const writtenElsewhere = (w: string, uses: Map<string, number>) => (uses.get(w) ?? 0) - (self && style.words.has(w) ? 1 : 0) > 0;
      let bareUnknownInArticle = 0;
      let bareUnknownInStory = 0;
      for (const w of style.bareNames) {
        if (!writtenElsewhere(w, articleWriting)) bareUnknownInArticle++;
        if (!writtenElsewhere(w, paragraphsWriting)) bareUnknownInStory++;
      }
      let definiteUnknown = 0;
      for (const w of style.definiteHeads) if (!writtenElsewhere(w, paragraphsWriting)) definiteUnknown++;
      out.push({
        articleId: a.articleId, paragraph: pi, terms: set.size, storyShare: shared / set.size, articleShare: local / set.size,
        names: names.size, nameShare: names.size ? named / names.size : 1, position: pi / Math.max(1, a.paragraphs.length - 1), articles: story.length,
        otherArticleShare: otherArticle / set.size,
        nameArticleShare: names.size ? namedElsewhere / names.size : 1,
        foreignNames: names.size - named,
        coreName: core,
        numberShare: sp.numbers.size ? numbersShared / sp.numbers.size : 1,
        ageConflict: conflict(sp.ages, stated.ages, self),
        weekdayConflict: conflict(sp.weekdays, stated.weekdays, self),
        monthConflict: conflict(sp.months, stated.months, self),
        timeConflict: conflict(sp.times, stated.times, self),
        unattributedQuote: sp.unattributedQuote ? 1 : 0,
        neighbourShare: near / set.size,
        leadShare: inLead / set.size,
        spread: spread / set.size,
        rareShare: rareShared / mass,
        rareOtherArticleShare: rareOther / mass,
        pairShare: pairs.size ? pairsShared / pairs.size : 1,
        bestMatch: bestMatch(set, weights, postings, articleOf, ai, scratch),
        novelty: Math.log1p(novel),
        placeConflict: placeConflict(sp.places, stated.places, self),
        bareNames: style.bareNames.length,
        bareUnknownInArticle,
        bareUnknownInStory,
        typographyConflict: typographyConflict(style, curlyParagraphs - (self && style.curly ? 1 : 0), straightParagraphs - (self && style.straight ? 1 : 0)),
        capitalShare: style.capitalShare,
        definiteUnknownShare: style.definiteHeads.length ? definiteUnknown / style.definiteHeads.length : 0,
      });
    });
  });
  return out;
}

/**
 * 1 when a paragraph states values of a kind (ages, weekdays) that other paragraphs of the story state
 * too, and none of its own is among theirs; 0 otherwise (nothing to compare, or a value agrees).
 * `stated` counts the counted paragraphs stating each value; `self` is 1 when the paragraph is among them.
 */
function conflict(mine: Set<string>, stated: Map<string, number>, self: number): number {
  if (mine.size === 0) return 0;
  let others = 0;
  for (const [v, n] of stated) others += n - (mine.has(v) ? self : 0);
  if (others === 0) return 0;
  for (const v of mine) if ((stated.get(v) ?? 0) - self > 0) return 0;
  return 1;
}

/** `conflict` kind by kind ("county:cook" is only compared with other counties); 1 when a kind conflicts and none agrees. */
function placeConflict(mine: Set<string>, stated: Map<string, number>, self: number): number {
  if (mine.size === 0) return 0;
  const kindOf = (v: string) => v.slice(0, v.indexOf(':'));
  let any = 0;
  for (const kind of new Set([...mine].map(kindOf))) {
    const m = new Set([...mine].filter((v) => kindOf(v) === kind));
    const s = new Map([...stated].filter(([v]) => kindOf(v) === kind));
    for (const v of m) if ((s.get(v) ?? 0) - self > 0) return 0;
    any = Math.max(any, conflict(m, s, self));
  }
  return any;
}

function union<T>(sets: Set<T>[]): Set<T> {
  const out = new Set<T>();
  for (const s of sets) for (const t of s) out.add(t);
  return out;
}

function countUses<T>(sets: Set<T>[][]): Map<T, number> {
  const m = new Map<T, number>();
  for (const article of sets) for (const set of article) for (const t of set) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

const NAME_RE = {
  capitalised: /\p{Lu}[\p{L}'’-]*\p{L}/gu,
  sentenceStart: /(?:^|[.!?:;"“‘(—–-])\s*$/u,
  possessive: /['’]s$/,
  lowercaseWord: /(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*\p{L}/gu,
};

/** Words the story writes in lower case somewhere (a capitalised one it never does is a name). */
function lowercaseWords(story: StoryArticleParagraphs[]): Set<string> {
  const out = new Set<string>();
  for (const a of story) for (const p of a.paragraphs) for (const m of p.matchAll(NAME_RE.lowercaseWord)) out.add(m[0].replace(NAME_RE.possessive, ''));
  return out;
}

/**
 * Names a paragraph mentions: capitalised words, lower-cased, function words and reporting words out. A
 * word opening a sentence (where every word is capitalised) counts only when `lowercase` is given and
 * does not hold it: "Carter" opening a sentence is a name when the story never writes "carter". Cheap and
 * language-blind; a paragraph pasted in from another story names people and places the story never
 * mentions again.
 */
export function namesOf(text: string, lowercase?: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NAME_RE.capitalised)) {
    const i = m.index ?? 0;
    const w = m[0].replace(NAME_RE.possessive, '').toLowerCase();
    if (NAME_RE.sentenceStart.test(text.slice(Math.max(0, i - 3), i)) && (lowercase === undefined || lowercase.has(w))) continue;
    if (w.length < 3 || isStopWord(w)) continue;
    out.add(w);
  }
  return out;
}
