/** The `stories` table, sized to the terminal. */
import type { StorySummary } from '../model/story.js';

export function storiesTable(stories: StorySummary[], width: number): string {
  if (stories.length === 0) return 'No stories yet. Add articles with `triangulate run PATH...`.\n';
  const rows = stories.map((s) => [
    s.id,
    String(s.articleCount),
    s.firstDate ? (s.firstDate === s.lastDate ? s.firstDate : `${s.firstDate} – ${s.lastDate}`) : 'undated',
    s.sources.length <= 3 ? s.sources.join(', ') : `${s.sources.slice(0, 2).join(', ')} +${s.sources.length - 2} more`,
    s.title,
  ]);
  const head = ['STORY', 'ARTICLES', 'DATES', 'SOURCES', 'TITLE'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  widths[3] = Math.min(widths[3], 40);
  const fixed = widths.slice(0, 4).reduce((a, b) => a + b + 2, 0);
  widths[4] = Math.max(20, Math.min(widths[4], width - fixed));
  const cell = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (r: string[]) => r.map((c, i) => cell(c, widths[i])).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}
