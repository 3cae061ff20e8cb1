/**
 * The report as one self-contained HTML page: inline CSS, no script, no external fonts or images, nothing
 * loaded from the network (a Content-Security-Policy meta tag enforces it). Readable on a phone (the facts
 * and names tables stack into cards), printable (no navigation; citations print as their [n], and source
 * links show their URL as their text).
 *
 * Each story shows, in order: title, a line with article count, sources and date span, then Brief,
 * Disputed points, Facts, Timeline, Coverage matrix, Who says what, People, places and organisations,
 * Caveats, Sources and Removed from the articles. Citations are numbered per story in order of first use;
 * each `[n]` links to its sentence shown in context in Sources (highlighted by CSS `:target`) and carries
 * the sentence as its hover title. A citation that does not resolve is shown as `[?]`.
 *
 * All third-party text is hostile. Markup is built only with the `h` template tag, which escapes every
 * interpolated string (& < > " ' = `); a string becomes markup only by passing through `h` itself. URLs become
 * links only when they are absolute http(s).
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
  STATUS_LABELS,
  storyMetaLine,
  mergedFromLine,
  UNATTRIBUTED,
  paragraphs,
} from './labels.js';
import { CONTENT_SECURITY_POLICY, escapeHtml, h, type Html, trusted } from './html-markup.js';
import { REPORT_CSS } from './html-style.js';

export { CONTENT_SECURITY_POLICY, escapeHtml };

/** Splits text before its last word. */
const LAST_WORD = /^([\s\S]*\s)?(\S+)\s*$/;

// ---------------------------------------------------------------------------------------------------
// Per-story rendering.

/** Anchor ids are built from positions, never from third-party ids, so they are always valid and unique. */
const anchors = {
  story: (si: number) => `story-${si + 1}`,
  section: (si: number, key: string) => `story-${si + 1}-${key}`,
  article: (si: number, ai: number) => `s${si + 1}-a${ai + 1}`,
  sentence: (si: number, ai: number, ti: number) => `s${si + 1}-a${ai + 1}-${ti + 1}`,
  fact: (si: number, fi: number) => `s${si + 1}-fact-${fi + 1}`,
};

type SectionKey = keyof typeof SECTION_TITLES;
const STORY_SECTIONS: readonly SectionKey[] = [
  'brief', 'disputes', 'facts', 'timeline', 'coverage', 'whoSaysWhat', 'entities', 'caveats', 'sources', 'removed',
];

class StoryRenderer {
  private readonly n: CitationNumbering;

  constructor(
    private readonly story: StoryReport,
    private readonly si: number,
    /** Heading level of the story title; sections are one below. */
    private readonly level: 1 | 2,
  ) {
    this.n = new CitationNumbering(story);
  }

  private cites(cs: readonly Citation[]): Html {
    const refs = this.n.citeAll(cs);
    return h`${refs.map((r) => {
      if (!r.ok) {
        const why = `Citation does not resolve: article ${JSON.stringify(r.citation.articleId)}, sentence ${JSON.stringify(r.citation.sentenceId)}`;
        return h`<span class="cite broken" title="${why}">[?]</span>`;
      }
      const href = `#${anchors.sentence(this.si, r.articleIndex, r.sentenceIndex)}`;
      const title = `${articleLabel(r.article, this.story)}: ${r.text}`;
      return h`<a class="cite" href="${href}" title="${title}">[${r.n}]</a>`;
    })}`;
  }

  /** Text followed by its citations; the last word and the citations do not part at a line break. */
  private cited(text: string, cs: readonly Citation[]): Html {
    const c = this.cites(cs);
    if (c.value === '') return h`${text}`;
    const m = LAST_WORD.exec(text);
    const head = m ? m[1] : '';
    const last = m ? m[2] : text;
    return h`${head}<span class="nowrap">${last}<span class="cites">${c}</span></span>`;
  }

  private section(key: SectionKey, body: Html): Html {
    const tag = this.level === 1 ? 'h2' : 'h3';
    return h`<section id="${anchors.section(this.si, key)}" class="${key}">
<${trusted(tag)} class="sec">${SECTION_TITLES[key]}</${trusted(tag)}>
${body}
</section>
`;
  }

  private empty(text: string): Html {
    return h`<p class="empty">${text}</p>`;
  }

  private subheading(text: string): Html {
    const tag = trusted(this.level === 1 ? 'h3' : 'h4');
    return h`<${tag} class="sub">${text}</${tag}>`;
  }

  render(): Html {
    const s = this.story;
    const tag = trusted(this.level === 1 ? 'h1' : 'h2');
    // The title first, then the sections in reading order, so citation numbers rise down the page.
    const title = s.titleCitations?.length ? this.cited(s.title, s.titleCitations) : h`${s.title}`;
    const sections = [
      this.brief(), this.disputes(), this.facts(), this.timeline(), this.coverage(), this.whoSaysWhat(),
      this.entities(), this.caveats(), this.sources(), this.removed(),
    ];
    return h`<article class="story" id="${anchors.story(this.si)}">
<header class="story-head">
<${tag} class="story-title">${title}</${tag}>
<p class="meta">${storyMetaLine(s)}</p>
${mergedFromLine(s) === null ? '' : h`<p class="meta merged">${mergedFromLine(s)!}</p>
`}<nav class="sections" aria-label="Sections">${STORY_SECTIONS.map(
      (k, i) => h`${i > 0 ? h` · ` : ''}<a href="#${anchors.section(this.si, k)}">${SECTION_TITLES[k]}</a>`,
    )}</nav>
</header>
${sections}
</article>
`;
  }

  private brief(): Html {
    const b = this.story.brief;
    // One paragraph per brief item; the synthesizer decides how much goes in each.
    return this.section('brief', b.length === 0 ? this.empty(EMPTY_TEXT.brief) : h`${b.map((x) => h`<p>${this.cited(x.text, x.citations)}</p>\n`)}`);
  }

  private factAnchor(factId: string): string | null {
    const i = this.story.facts.findIndex((f) => f.id === factId);
    return i < 0 ? null : anchors.fact(this.si, i);
  }

  private disputes(): Html {
    const d = this.story.disputes;
    if (d.length === 0) return this.section('disputes', this.empty(EMPTY_TEXT.disputes));
    return this.section(
      'disputes',
      h`<ul class="disputes">${d.map((x) => {
        const links = x.factIds
          .map((id) => ({ id, anchor: this.factAnchor(id) }))
          .filter((l): l is { id: string; anchor: string } => l.anchor !== null);
        const see = links.length === 0 ? '' : h` <span class="see">→ ${links.map((l, i) => {
          const f = this.story.facts.find((ff) => ff.id === l.id);
          return h`${i > 0 ? ', ' : ''}<a href="#${l.anchor}">${f ? describeFact(f) : 'fact'}</a>`;
        })}</span>`;
        return h`<li>${this.cited(x.text, x.citations)}${see}</li>\n`;
      })}</ul>`,
    );
  }

  private facts(): Html {
    const facts = this.story.facts;
    if (facts.length === 0) return this.section('facts', this.empty(EMPTY_TEXT.facts));
    const rows = facts.map((f, fi) => {
      const ev = factEventLabel(f, this.story);
      const values = f.values.map(
        (v) => h`<li><strong class="value">${formatValue(v)}</strong>${v.sources.length > 0 ? h` <span class="by">${v.sources.join(', ')}</span>` : ''}${h`<span class="cites">${this.cites(v.citations)}</span>`}</li>`,
      );
      const est = f.estimate;
      return h`<tr id="${anchors.fact(this.si, fi)}">
<th scope="row">${describeFact(f)}${ev ? h`<div class="event">${ev}</div>` : ''}</th>
<td><span class="status status-${f.status}">${STATUS_LABELS[f.status] ?? f.status}</span>${f.status === 'claim' && f.claimant ? h`<div class="claimant">by ${f.claimant}</div>` : ''}</td>
<td data-label="Reported values and sources"><ul class="values">${values}</ul></td>
<td data-label="Best estimate"><strong>${formatEstimate(est)}</strong>${est.reason ? h`<div class="reason">${est.reason}</div>` : ''}</td>
</tr>
`;
    });
    const statuses = [...new Set(facts.map((f) => f.status))];
    return this.section(
      'facts',
      h`<div class="table-wrap"><table class="facts stack">
<thead><tr><th scope="col">Fact</th><th scope="col">Status</th><th scope="col">Reported values and sources</th><th scope="col">Best estimate</th></tr></thead>
<tbody>
${rows}</tbody>
</table></div>
<dl class="legend">${statuses.map((st) => h`<div><dt><span class="status status-${st}">${STATUS_LABELS[st] ?? st}</span></dt><dd>${STATUS_EXPLANATIONS[st] ?? ''}</dd></div>`)}</dl>`,
    );
  }

  private timeline(): Html {
    const t = this.story.timeline;
    if (t.length === 0) return this.section('timeline', this.empty(EMPTY_TEXT.timeline));
    return this.section(
      'timeline',
      h`<ol class="timeline">${byDate(t).map(
        (e) => h`<li><time datetime="${e.date}">${e.date}</time><span class="entry">${this.cited(e.text, e.citations)}</span></li>\n`,
      )}</ol>`,
    );
  }

  private coverage(): Html {
    const c = this.story.coverage;
    if (c.rows.length === 0 || c.sources.length === 0) return this.section('coverage', this.empty(EMPTY_TEXT.coverage));
    return this.section(
      'coverage',
      h`<div class="table-wrap"><table class="coverage">
<thead><tr><th scope="col">Fact</th>${c.sources.map((s) => h`<th scope="col">${s}</th>`)}</tr></thead>
<tbody>
${c.rows.map((r) => {
  const anchor = this.factAnchor(r.factId);
  return h`<tr><th scope="row">${anchor ? h`<a class="row-link" href="#${anchor}">${r.label}</a>` : r.label}</th>${c.sources.map((s) => {
    const v = r.bySource[s];
    return v === null || v === undefined || v.trim() === '' ? h`<td class="silent" title="not reported">—</td>` : h`<td>${v}</td>`;
  })}</tr>
`;
})}</tbody>
</table></div>
<p class="note">— means the source does not report this figure.</p>`,
    );
  }

  private whoSaysWhat(): Html {
    const claims = this.story.claims;
    const claimsHtml =
      claims.length === 0
        ? this.empty(EMPTY_TEXT.claims)
        : h`${groupBy(claims, (c) => c.claimant).map(
            ([claimant, items]) => h`<div class="party"><p class="party-name">${claimant}</p><ul>${items.map((c) => h`<li>${this.cited(c.text, c.citations)}</li>`)}</ul></div>\n`,
          )}`;
    const quotes = this.story.quotes;
    let quotesHtml: Html;
    if (quotes.length === 0) {
      quotesHtml = this.empty(EMPTY_TEXT.quotes);
    } else {
      // Named speakers first, in order of appearance; quotes without a speaker last.
      const groups = groupBy(quotes, (q) => q.speaker ?? '');
      groups.sort((a, b) => (a[0] === '' ? 1 : 0) - (b[0] === '' ? 1 : 0));
      quotesHtml = h`${groups.map(
        ([speaker, items]) => h`<div class="party"><p class="party-name">${speaker === '' ? UNATTRIBUTED : speaker}</p><ul>${items.map((q) => {
          const how = quoteAttribution(q);
          return h`<li><span class="quote">${quoteMarks(q.text, q.direct)}</span>${how ? h` <span class="how">— ${how}</span>` : ''}${h`<span class="cites">${this.cites(q.citations)}</span>`}</li>`;
        })}</ul></div>\n`,
      )}`;
    }
    return this.section('whoSaysWhat', h`${this.subheading('Claims')}\n${claimsHtml}\n${this.subheading('Quotes')}\n${quotesHtml}`);
  }

  private entities(): Html {
    const e = this.story.entities;
    if (e.length === 0) return this.section('entities', this.empty(EMPTY_TEXT.entities));
    const ordered = [...e].sort((a, b) => ENTITY_TYPE_ORDER.indexOf(a.type) - ENTITY_TYPE_ORDER.indexOf(b.type));
    return this.section(
      'entities',
      h`<div class="table-wrap"><table class="entities stack">
<thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Also written as</th></tr></thead>
<tbody>
${ordered.map(
  (x) => h`<tr><th scope="row">${this.cited(x.name, x.citations)}</th><td data-label="Type">${entityTypeLabel(x.type)}</td><td data-label="Also written as">${x.variants.length > 0 ? x.variants.join(', ') : h`<span class="silent">—</span>`}</td></tr>\n`,
)}</tbody>
</table></div>`,
    );
  }

  private caveats(): Html {
    const c = this.story.caveats;
    return this.section('caveats', c.length === 0 ? this.empty(EMPTY_TEXT.caveats) : h`<ul class="caveats">${c.map((x) => h`<li>${x}</li>`)}</ul>`);
  }

  private sources(): Html {
    const arts = this.story.articles;
    if (arts.length === 0) return this.section('sources', this.empty(EMPTY_TEXT.sources));
    return this.section(
      'sources',
      h`${arts.map((a, ai) => {
        const url = safeHttpUrl(a.url);
        const urlHtml = url
          ? h`<a class="url" href="${url}" rel="noopener noreferrer">${a.url}</a>`
          : a.url
            ? h`<span class="url unsafe" title="not a web address; shown as text">${a.url}</span>`
            : '';
        const meta = [
          a.title ? h`<cite>${a.title}</cite>` : null,
          h`<span class="${a.publishedInferred ? 'date inferred' : 'date'}">${articleDate(a)}</span>`,
          urlHtml || null,
        ].filter((x): x is Html => x !== null);
        const body =
          a.sentences.length === 0
            ? this.empty(EMPTY_TEXT.sentences)
            : h`${paragraphs(a.sentences).map((para) => h`<p class="${para[0].sent.headline ? 'text headline' : 'text'}">${para.map(({ sent, ti }, k) => {
                const num = this.n.numberOf(a.id, sent.id);
                const id = anchors.sentence(this.si, ai, ti);
                if (num === undefined) return h`${k > 0 ? ' ' : ''}<span class="sent" id="${id}">${sent.text}</span>`;
                // The sentence's number stays on the line of its last word.
                const m = LAST_WORD.exec(sent.text);
                return h`${k > 0 ? ' ' : ''}<span class="sent cited" id="${id}">${m ? m[1] : ''}<span class="nowrap">${m ? m[2] : sent.text}<sup class="num">[${num}]</sup></span></span>`;
              })}</p>`)}`;
        return h`<article class="source" id="${anchors.article(this.si, ai)}">
<p class="source-head"><span class="source-num">${ai + 1}</span> <strong>${a.source}</strong></p>
<p class="source-meta">${meta.map((m, i) => h`${i > 0 ? h` · ` : ''}${m}`)}</p>
${body}
</article>
`;
      })}`,
    );
  }

  private removed(): Html {
    const r = this.story.removed;
    if (r.length === 0) return this.section('removed', this.empty(EMPTY_TEXT.removed));
    return this.section(
      'removed',
      h`<p class="note">Text the cleaner took out of the articles before reading them, with the reason.</p>
${groupBy(r, (x) => x.articleId).map(([articleId, items]) => {
  const ai = this.story.articles.findIndex((a) => a.id === articleId);
  const a = ai >= 0 ? this.story.articles[ai] : null;
  const head = a
    ? h`<a href="#${anchors.article(this.si, ai)}">${a.source}</a>${a.title ? h` · <cite>${a.title}</cite>` : ''}`
    : h`Unknown article ${JSON.stringify(articleId)}`;
  return h`<div class="removed-group"><p class="party-name">${head}</p><ul>${items.map(
    (x) => h`<li><span class="why">${removalLabel(x.reason)}</span> <span class="removed-text">${x.text}</span></li>`,
  )}</ul></div>\n`;
})}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// The page.

/** Renders the whole report as one self-contained HTML page. */
export function renderHtml(report: Report): string {
  const stories = report.stories;
  const count = stories.length;
  const docTitle = count === 1 ? `${stories[0].title} — Triangulate report` : `Triangulate report — ${count} ${count === 1 ? 'story' : 'stories'}`;
  const single = count === 1;
  const head = single
    ? h`<p class="kicker">Triangulate report</p>`
    : h`<h1>Triangulate report</h1><p class="meta">${count} ${count === 1 ? 'story' : 'stories'}</p>`;
  const toc =
    count > 1
      ? h`<nav class="toc" aria-label="Stories"><h2>Stories</h2><ol>${stories.map(
          (s, i) => h`<li><a href="#${anchors.story(i)}">${s.title}</a><p class="meta">${storyMetaLine(s)}</p></li>`,
        )}</ol></nav>`
      : '';
  const body =
    count === 0
      ? h`<p class="empty">${EMPTY_TEXT.report}</p>`
      : h`${stories.map((s, i) => new StoryRenderer(s, i, single ? 1 : 2).render())}`;
  return h`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${trusted(CONTENT_SECURITY_POLICY)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${report.generator}">
<title>${docTitle}</title>
<style>${trusted(REPORT_CSS)}</style>
</head>
<body>
<div class="page">
<header class="report-head">${head}</header>
${toc}
<main>
${body}
</main>
<footer>Generated by ${report.generator}. Every statement is cited to the article sentences it rests on; numbers link to the sentence in the Sources section.</footer>
</div>
</body>
</html>
`.value;
}
