/**
 * A small language guess: English when English function words are common enough, otherwise the dominant
 * script as an undetermined-language tag (`und-Cyrl`, `und-Arab`…). Enough to route non-English text
 * around English-only extraction; a later issue may bring a real identifier.
 */

const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'that', 'for', 'on', 'with', 'said', 'by', 'at', 'as', 'from', 'were', 'has', 'have']);
/** Share of word tokens that must be English function words; English news runs 0.25–0.35, others < 0.03. */
const MIN_ENGLISH_SHARE = 0.08;

const SCRIPTS: [string, RegExp][] = [
  ['Latn', /\p{Script=Latin}/u], ['Cyrl', /\p{Script=Cyrillic}/u], ['Arab', /\p{Script=Arabic}/u], ['Hani', /\p{Script=Han}/u],
  ['Grek', /\p{Script=Greek}/u], ['Hebr', /\p{Script=Hebrew}/u], ['Deva', /\p{Script=Devanagari}/u], ['Thai', /\p{Script=Thai}/u],
  ['Hang', /\p{Script=Hangul}/u], ['Kana', /\p{Script=Katakana}|\p{Script=Hiragana}/u],
];

const WORD = /\p{L}+/gu;
const SAMPLE_CHARS = 20_000;

export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const words = sample.match(WORD) ?? [];
  if (words.length === 0) return null;
  let english = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())) english++;
  if (english / words.length >= MIN_ENGLISH_SHARE) return 'en';
  const counts = new Map<string, number>();
  for (const w of words) {
    const script = SCRIPTS.find(([, re]) => re.test(w[0]))?.[0] ?? 'Zyyy';
    counts.set(script, (counts.get(script) ?? 0) + w.length);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return `und-${top}`;
}
