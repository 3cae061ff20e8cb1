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

/** The page's Content-Security-Policy: inline styles only; `base-uri` and `form-action` do not fall back to default-src. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

// ---------------------------------------------------------------------------------------------------
// Escaping and the markup builder.

/**
 * Beyond the five that HTML needs, `=` and the backtick are escaped too: harmless in text, and no attribute
 * syntax (`onerror=`, old IE's backtick quoting) survives even in a context someone later gets wrong.
 */
const ESCAPES: Readonly<Record<string, string>> = Object.freeze({
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '=': '&#61;', '`': '&#96;',
});
const REGEXPS = {
  escape: /[&<>"'=`]/g,
  /** Splits text before its last word. */
  lastWord: /^([\s\S]*\s)?(\S+)\s*$/,
} as const;

/** Escapes text for HTML content and for double- or single-quoted attribute values. */
export function escapeHtml(text: string | number | null | undefined): string {
  return String(text ?? '').replace(REGEXPS.escape, (ch) => ESCAPES[ch]);
}

/** Markup that is already safe. Only `h` makes one. */
class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function part(p: Part): string {
  if (p === null || p === undefined || p === false) return '';
  if (p instanceof Html) return p.value;
  if (Array.isArray(p)) return (p as readonly Part[]).map(part).join('');
  return escapeHtml(p as string | number);
}

/** Template tag: literal markup as written, every interpolation escaped unless it is already `Html`. */
function h(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0];
  for (let i = 0; i < parts.length; i++) out += part(parts[i]) + strings[i + 1];
  return new Html(out);
}

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
    const m = REGEXPS.lastWord.exec(text);
    const head = m ? m[1] : '';
    const last = m ? m[2] : text;
    return h`${head}<span class="nowrap">${last}<span class="cites">${c}</span></span>`;
  }

  private section(key: SectionKey, body: Html): Html {
    const tag = this.level === 1 ? 'h2' : 'h3';
    return h`<section id="${anchors.section(this.si, key)}" class="${key}">
<${new Html(tag)} class="sec">${SECTION_TITLES[key]}</${new Html(tag)}>
${body}
</section>
`;
  }

  private empty(text: string): Html {
    return h`<p class="empty">${text}</p>`;
  }

  private subheading(text: string): Html {
    const tag = new Html(this.level === 1 ? 'h3' : 'h4');
    return h`<${tag} class="sub">${text}</${tag}>`;
  }

  render(): Html {
    const s = this.story;
    const tag = new Html(this.level === 1 ? 'h1' : 'h2');
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
                const m = REGEXPS.lastWord.exec(sent.text);
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

const CSS = `
:root{--fg:#1d1d1f;--muted:#5f6368;--line:#dadce0;--soft:#f5f6f7;--accent:#0b57d0;--hl:#ffeb99;
--agreed-bg:#e6f4ea;--agreed-fg:#135c2c;--conflicting-bg:#fce8e6;--conflicting-fg:#a50e0e;
--single-bg:#fef7e0;--single-fg:#7a4f01;--superseded-bg:#eceff1;--superseded-fg:#455a64;--claim-bg:#f3e8fd;--claim-fg:#5b2a86}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;padding:1.5rem 1rem 4rem;color:var(--fg);background:#fff;
font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}
.page{max-width:64rem;margin:0 auto}
p,li,dd,.meta{max-width:70ch}
h1,h2,h3,h4{line-height:1.25;margin:1.6em 0 .5em}
h1{font-size:1.9rem;margin-top:.2em}
.story-title{font-size:1.9rem;margin:.2em 0 .3em}
.sec{font-size:1.25rem;border-bottom:1px solid var(--line);padding-bottom:.25em;margin-top:1.8em}
.sub{font-size:.9rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:1.2em 0 .4em}
a{color:var(--accent)}
.kicker{margin:0;color:var(--muted);font-size:.85rem;text-transform:uppercase;letter-spacing:.06em}
.meta{color:var(--muted);margin:.2em 0 .6em}
nav.sections{font-size:.85rem;color:var(--muted);line-height:1.9}
nav.sections a{color:var(--muted);text-decoration:none;white-space:nowrap}
nav.sections a:hover{color:var(--accent);text-decoration:underline}
nav.toc{border:1px solid var(--line);border-radius:6px;padding:.5rem 1rem;margin:1rem 0 2rem;background:var(--soft)}
nav.toc h2{font-size:1rem;margin:.3em 0}
nav.toc ol{margin:.3em 0;padding-left:1.4em}
nav.toc .meta{font-size:.85rem;margin:0}
.story+.story{border-top:3px double var(--line);margin-top:3rem;padding-top:1rem}
.cites{white-space:nowrap}
a.cite{font-size:.8em;vertical-align:super;line-height:0;text-decoration:none;margin-left:.1em}
a.cite:hover{text-decoration:underline}
.cite.broken{font-size:.8em;vertical-align:super;line-height:0;color:#a50e0e;font-weight:600;cursor:help}
.empty,.note{color:var(--muted);font-style:italic}
.note{font-size:.9rem}
.see{font-size:.9rem;color:var(--muted)}
.table-wrap{overflow-x:auto;margin:.5rem 0}
table{border-collapse:collapse;width:100%;font-size:.93rem}
th,td{text-align:left;vertical-align:top;padding:.45rem .6rem;border-bottom:1px solid var(--line)}
thead th{border-bottom:2px solid var(--fg);font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);white-space:nowrap}
tbody th{font-weight:600}
tbody tr:target{background:var(--hl)}
table.coverage td{white-space:nowrap}
td.silent,span.silent{color:#9aa0a6}
a.row-link{color:inherit;text-decoration:none}
a.row-link:hover{color:var(--accent);text-decoration:underline}
.nowrap{white-space:nowrap}
.claimant{font-size:.85rem;color:var(--claim-fg);margin-top:.2em}
table.entities{width:auto;min-width:60%}
ul.values{list-style:none;margin:0;padding:0}
ul.values li+li{margin-top:.2em}
.by{color:var(--muted)}
.event,.reason{color:var(--muted);font-size:.85rem;font-weight:400;margin-top:.2em}
.status{display:inline-block;padding:.05em .5em;border-radius:999px;font-size:.8rem;font-weight:600;white-space:nowrap}
.status-agreed{background:var(--agreed-bg);color:var(--agreed-fg)}
.status-conflicting{background:var(--conflicting-bg);color:var(--conflicting-fg)}
.status-single-source{background:var(--single-bg);color:var(--single-fg)}
.status-superseded{background:var(--superseded-bg);color:var(--superseded-fg)}
.status-claim{background:var(--claim-bg);color:var(--claim-fg)}
dl.legend{font-size:.85rem;color:var(--muted);margin:.6rem 0}
dl.legend div{display:flex;gap:.6rem;align-items:baseline;margin:.15em 0}
dl.legend dt{flex:0 0 auto;min-width:7.5rem}
dl.legend dd{margin:0}
ol.timeline{list-style:none;padding:0;margin:0;border-left:2px solid var(--line)}
ol.timeline li{position:relative;padding:.1rem 0 .7rem 1rem;max-width:none}
ol.timeline li::before{content:"";position:absolute;left:-6px;top:.55em;width:10px;height:10px;border-radius:50%;background:var(--accent)}
ol.timeline time{display:block;font-weight:600;font-size:.9rem;font-variant-numeric:tabular-nums}
ol.timeline .entry{display:block;max-width:70ch}
.party{margin:.4rem 0 .8rem}
.party-name{font-weight:600;margin:.2em 0}
.removed-group{margin:.3rem 0 1rem}
.removed-group .party-name{font-weight:400}
.removed-group .party-name a{font-weight:600}
.party ul,.removed-group ul,ul.disputes,ul.caveats{margin:.2em 0;padding-left:1.3em}
.party li,.removed-group li,ul.disputes li,ul.caveats li{margin:.25em 0}
.how{color:var(--muted)}
article.source{margin:1rem 0 1.4rem;padding-left:.9rem;border-left:3px solid var(--line)}
.source-head{margin:0}
.source-num{display:inline-block;min-width:1.6em;color:var(--muted);font-variant-numeric:tabular-nums}
.source-meta{margin:.1em 0 .5em;color:var(--muted);font-size:.9rem;overflow-wrap:anywhere}
.source-meta cite{color:var(--fg)}
.date.inferred{font-style:italic}
.url.unsafe{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
p.text{margin:.3em 0}p.headline{font-weight:600}p.headline::before{content:'Headline · ';font-weight:normal;color:#5f6368;font-size:.85em}
.sent{scroll-margin-top:4rem;border-radius:3px}
.sent:target{background:var(--hl);box-shadow:0 0 0 2px var(--hl);outline:1px solid #e0b400}
sup.num{font-size:.72em;color:var(--muted);margin-left:.15em;line-height:0}
.removed-group .why{display:inline-block;font-size:.75rem;text-transform:uppercase;letter-spacing:.03em;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 .35em;margin-right:.3em}
.removed-text{color:var(--fg)}
footer{margin-top:3rem;color:var(--muted);font-size:.85rem}
@media (max-width:40rem){body{font-size:15px;padding:1rem .75rem 3rem}h1,.story-title{font-size:1.5rem}
dl.legend div{display:block}dl.legend dt{min-width:0}
table.stack,table.stack tbody,table.stack tr,table.stack th,table.stack td{display:block;width:auto}
table.stack thead{display:none}
table.stack tr{border-bottom:1px solid var(--line);padding:.4rem 0}
table.stack th,table.stack td{border:0;padding:.15rem 0}
table.stack td[data-label]::before{content:attr(data-label);display:block;font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}}
@media print{body{padding:0;font-size:10.5pt;color:#000}.page{max-width:none}nav.toc,nav.sections{display:none}
a{color:#000;text-decoration:none}a.cite{color:#000}
.sent.cited,.sent:target{background:none;box-shadow:none;outline:none}
.table-wrap{overflow:visible}tr,li{break-inside:avoid}h1,h2,h3,h4{break-after:avoid}
.story+.story{break-before:page;border:0}}
`;

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
<meta http-equiv="Content-Security-Policy" content="${new Html(CONTENT_SECURITY_POLICY)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${report.generator}">
<title>${docTitle}</title>
<style>${new Html(CSS)}</style>
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
