/**
 * The report as Markdown (CommonMark with GitHub tables), for reading in a terminal, an editor or a
 * Markdown viewer. Every story gives, in order: title, a line with article count, sources and date span,
 * then Brief, Disputed points, Facts, Timeline, Coverage matrix, Who says what, People, places and
 * organisations, Caveats, Sources, Removed from the articles and Cited sentences.
 *
 * Citations are numbered per story in order of first use (`[1]`, `[2][5]`) and listed at the end of the
 * story as `[n] Source — “sentence”`; a citation that does not resolve is written `[?]` and listed too.
 * All third-party text goes through `md()` so it cannot open headings, lists, tables, links or HTML.
 */
import type { Citation, Report, StoryReport } from '../model/schemas.js';
import {
  articleDate,
  articleLabel,
  byDate,
  CitationNumbering,
  describeFact,
  EMPTY_TEXT,
  entityTypeLabel,
  ENTITY_TYPE_ORDER,
  factEventLabel,
  formatEstimate,
  formatValue,
  groupBy,
  quoteAttribution,
  quoteMarks,
  removalLabel,
  safeHttpUrl,
  SECTION_TITLES,
  STATUS_EXPLANATIONS,
  statusLabel,
  storyMetaLine,
  mergedFromLine,
  UNATTRIBUTED,
  paragraphs,
} from './labels.js';

const REGEXPS = {
  whitespace: /\s+/g,
  /** Characters that open inline structure anywhere in a line (emphasis, code, links, raw HTML, tables). */
  inline: /[\\`*_[\]<>|~]/g,
  /** `&` starting something that a Markdown renderer would decode as an entity. */
  entity: /&(?=#?[a-z0-9]+;)/gi,
  /** Block structure at the start of a line: heading, quote, list bullet, setext underline. */
  leadingMarker: /^([#>+=-])/,
  /** An ordered-list marker at the start of a line: "2025. " or "3) ". */
  leadingOrdered: /^(\d{1,9})([.)])/,
  /** URLs safe inside an autolink `<…>`: no spaces, no angle brackets. */
  autolinkable: /^[^\s<>]+$/,
} as const;

/** Escapes third-party text for Markdown, on one line. */
export function md(text: string | null | undefined): string {
  let s = String(text ?? '').replace(REGEXPS.whitespace, ' ').trim();
  s = s.replace(REGEXPS.inline, '\\$&').replace(REGEXPS.entity, '\\&');
  s = s.replace(REGEXPS.leadingMarker, '\\$1').replace(REGEXPS.leadingOrdered, '$1\\$2');
  return s;
}

/** A table row; cells are already escaped (pipes included). An empty cell gets a space. */
function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly string[][]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows.map((r) => row(r))];
}

/** Renders a group of citations: "[2][5]"; a broken one is "[?]". */
function cites(numbering: CitationNumbering, cs: readonly Citation[]): string {
  return numbering
    .citeAll(cs)
    .map((r) => (r.ok ? `[${r.n}]` : '[?]'))
    .join('');
}

/** Text followed by its citations, separated by a space when there are any. */
function withCites(text: string, numbering: CitationNumbering, cs: readonly Citation[]): string {
  const c = cites(numbering, cs);
  return c === '' ? text : `${text} ${c}`;
}

function renderStory(story: StoryReport, heading: string): string[] {
  const n = new CitationNumbering(story);
  const out: string[] = [];
  const section = (title: string): void => {
    out.push('', `### ${title}`, '');
  };

  out.push(`## ${withCites(heading, n, story.titleCitations ?? [])}`, '', md(storyMetaLine(story)));
  const merged = mergedFromLine(story);
  if (merged) out.push('', md(merged));

  // Brief: one paragraph per brief item; the synthesizer decides how much goes in each.
  section(SECTION_TITLES.brief);
  if (story.brief.length === 0) out.push(EMPTY_TEXT.brief);
  else out.push(story.brief.map((b) => withCites(md(b.text), n, b.citations)).join('\n\n'));

  section(SECTION_TITLES.disputes);
  if (story.disputes.length === 0) out.push(EMPTY_TEXT.disputes);
  else for (const d of story.disputes) out.push(`- ${withCites(md(d.text), n, d.citations)}`);

  section(SECTION_TITLES.facts);
  if (story.facts.length === 0) {
    out.push(EMPTY_TEXT.facts);
  } else {
    const rows = story.facts.map((f) => {
      const ev = factEventLabel(f, story);
      const what = md(describeFact(f)) + (ev ? ` (${md(ev)})` : '');
      const values = f.values
        .map((v) => {
          const src = v.sources.length > 0 ? ` — ${md(v.sources.join(', '))}` : '';
          return withCites(`**${md(formatValue(v))}**${src}`, n, v.citations);
        })
        .join('; ');
      const estimate = `${md(formatEstimate(f.estimate))}${f.estimate.reason ? `: ${md(f.estimate.reason)}` : ''}`;
      return [what, md(statusLabel(f)), values, estimate];
    });
    out.push(...table(['Fact', 'Status', 'Reported values (sources)', 'Best estimate'], rows));
    const statuses = [...new Set(story.facts.map((f) => f.status))];
    out.push('', `Status: ${statuses.map((s) => `*${s}*: ${STATUS_EXPLANATIONS[s] ?? ''}`).join('; ')}.`);
  }

  section(SECTION_TITLES.timeline);
  if (story.timeline.length === 0) out.push(EMPTY_TEXT.timeline);
  else out.push(...table(['Date', 'What happened'], byDate(story.timeline).map((t) => [md(t.date), withCites(md(t.text), n, t.citations)])));

  section(SECTION_TITLES.coverage);
  if (story.coverage.rows.length === 0 || story.coverage.sources.length === 0) {
    out.push(EMPTY_TEXT.coverage);
  } else {
    const rows = story.coverage.rows.map((r) => [
      md(r.label),
      ...story.coverage.sources.map((s) => {
        const v = r.bySource[s];
        return v === null || v === undefined || v.trim() === '' ? '—' : md(v);
      }),
    ]);
    out.push(...table(['Fact', ...story.coverage.sources.map((s) => md(s))], rows));
    out.push('', '— means the source does not report this figure.');
  }

  section(SECTION_TITLES.whoSaysWhat);
  out.push('#### Claims', '');
  if (story.claims.length === 0) {
    out.push(EMPTY_TEXT.claims);
  } else {
    const groups = groupBy(story.claims, (c) => c.claimant);
    out.push(
      groups
        .map(([claimant, claims]) => [`**${md(claimant)}**`, '', ...claims.map((c) => `- ${withCites(md(c.text), n, c.citations)}`)].join('\n'))
        .join('\n\n'),
    );
  }
  out.push('', '#### Quotes', '');
  if (story.quotes.length === 0) {
    out.push(EMPTY_TEXT.quotes);
  } else {
    // Named speakers first, in order of appearance; quotes without a speaker last.
    const groups = groupBy(story.quotes, (q) => q.speaker ?? '');
    groups.sort((a, b) => (a[0] === '' ? 1 : 0) - (b[0] === '' ? 1 : 0));
    out.push(
      groups
        .map(([speaker, quotes]) =>
          [
            `**${speaker === '' ? UNATTRIBUTED : md(speaker)}**`,
            '',
            ...quotes.map((q) => {
              const how = quoteAttribution(q);
              return `- ${withCites(md(quoteMarks(q.text, q.direct)) + (how ? ` — ${md(how)}` : ''), n, q.citations)}`;
            }),
          ].join('\n'),
        )
        .join('\n\n'),
    );
  }

  section(SECTION_TITLES.entities);
  if (story.entities.length === 0) {
    out.push(EMPTY_TEXT.entities);
  } else {
    const ordered = [...story.entities].sort((a, b) => ENTITY_TYPE_ORDER.indexOf(a.type) - ENTITY_TYPE_ORDER.indexOf(b.type));
    out.push(
      ...table(
        ['Name', 'Type', 'Also written as'],
        ordered.map((e) => [withCites(md(e.name), n, e.citations), md(entityTypeLabel(e.type)), e.variants.length > 0 ? e.variants.map((v) => md(v)).join(', ') : '—']),
      ),
    );
  }

  section(SECTION_TITLES.caveats);
  if (story.caveats.length === 0) out.push(EMPTY_TEXT.caveats);
  else for (const c of story.caveats) out.push(`- ${md(c)}`);

  section(SECTION_TITLES.sources);
  if (story.articles.length === 0) {
    out.push(EMPTY_TEXT.sources);
  } else {
    story.articles.forEach((a, i) => {
      const url = safeHttpUrl(a.url);
      const urlText = url && REGEXPS.autolinkable.test(url) ? `<${url}>` : a.url ? md(a.url) : null;
      const head = [`**${i + 1}. ${md(a.source)}**`, a.title ? `*${md(a.title)}*` : null, md(articleDate(a)), urlText]
        .filter((p): p is string => p !== null && p !== '')
        .join(' — ');
      out.push(head, '');
      if (a.sentences.length === 0) {
        out.push(`> ${EMPTY_TEXT.sentences}`, '');
        return;
      }
      // The article's paragraphs as a quotation; cited sentences carry their number.
      const body = paragraphs(a.sentences)
        .map((para) => para.map(({ sent }, k) => {
          const num = n.numberOf(a.id, sent.id);
          const text = sent.headline ? `${k === 0 ? '*Headline:* ' : ''}**${md(sent.text)}**` : md(sent.text);
          return num === undefined ? text : `${text} **[${num}]**`;
        }).join(' '))
        .map((p) => `> ${p}`)
        .join('\n>\n');
      out.push(body, '');
    });
    out.pop();
  }

  section(SECTION_TITLES.removed);
  if (story.removed.length === 0) {
    out.push(EMPTY_TEXT.removed);
  } else {
    const groups = groupBy(story.removed, (r) => r.articleId);
    out.push(
      groups
        .map(([articleId, items]) => {
          const a = story.articles.find((x) => x.id === articleId);
          const head = a ? `**${md(a.source)}**${a.title ? ` — *${md(a.title)}*` : ''}` : `**Unknown article ${md(JSON.stringify(articleId))}**`;
          return [head, '', ...items.map((r) => `- ${md(removalLabel(r.reason))}: ${md(quoteMarks(r.text))}`)].join('\n');
        })
        .join('\n\n'),
    );
  }

  section(SECTION_TITLES.cited);
  const cited = n.cited();
  const broken = n.broken();
  if (cited.length === 0 && broken.length === 0) out.push(EMPTY_TEXT.cited);
  for (const c of cited) out.push(`- [${c.n}] ${md(articleLabel(c.article, story))} — ${md(quoteMarks(c.text))}`);
  for (const b of broken) {
    out.push(`- [?] Citation does not resolve: article ${md(JSON.stringify(b.citation.articleId))}, sentence ${md(JSON.stringify(b.citation.sentenceId))}`);
  }
  return out;
}

/** Renders the whole report as one Markdown document. */
export function renderMarkdown(report: Report): string {
  const out: string[] = ['# Triangulate report', ''];
  const count = report.stories.length;
  out.push(`${count} ${count === 1 ? 'story' : 'stories'}. Generated by ${md(report.generator)}.`);
  if (count === 0) {
    out.push('', EMPTY_TEXT.report);
    return out.join('\n') + '\n';
  }
  const headings = report.stories.map((s, i) => (count > 1 ? `${i + 1}. ${md(s.title)}` : md(s.title)));
  if (count > 1) {
    out.push('', '## Stories', '');
    report.stories.forEach((s, i) => out.push(`${i + 1}. ${md(s.title)} — ${md(storyMetaLine(s))}`));
  }
  report.stories.forEach((s, i) => {
    out.push('', ...(i > 0 || count > 1 ? ['---', ''] : []), ...renderStory(s, headings[i]));
  });
  return out.join('\n') + '\n';
}
