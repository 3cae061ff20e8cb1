// Triangulate's web UI: hand-written browser JavaScript, no framework, no build step. It reads the JSON API
// of the same server and renders four views by the URL's hash: the story list (#/), a story (#/story/ID),
// an article (#/article/ID[/SENTENCE_ID]) and the add-articles form (#/add).
//
// All third-party text is hostile. The DOM is built only with createElement and text nodes (`el` below);
// no string from the API ever reaches innerHTML, an event-handler attribute or a URL other than an
// absolute http(s) link (`safeHttpUrl`). The server's Content-Security-Policy forbids inline script as a
// second line of defence.

// ---------------------------------------------------------------------------------------------------
// DOM and API helpers.

// The reports' wording (src/report/labels.ts), served by the app as a module so every surface says the same.
import { LABELS } from '/labels.js';

/**
 * Creates an element. `attrs` are plain attributes (never `on*` handlers: use addEventListener); children
 * are nodes or strings, and strings always become text.
 */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (/^on/i.test(k)) throw new Error(`el: attribute ${k} refused; use addEventListener`);
    node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

/** An absolute http(s) URL may become a link; anything else (javascript:, data:, relative) stays text. */
function safeHttpUrl(raw) {
  if (typeof raw !== 'string' || !/^\s*https?:\/\//i.test(raw)) return null;
  try {
    const u = new URL(raw.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Fetches JSON from the API; an error answer becomes an Error carrying the server's message. */
async function api(path, init) {
  const res = await fetch(path, init);
  let body = null;
  try {
    body = await res.json();
  } catch {
    // A body that is not JSON: reported by status below.
  }
  if (!res.ok) {
    const message = body && body.error && typeof body.error.message === 'string' ? body.error.message : `HTTP ${res.status}`;
    const err = new Error(message);
    err.body = body;
    throw err;
  }
  return body;
}

const view = document.getElementById('view');
const panel = document.getElementById('panel');
const panelBody = document.getElementById('panel-body');

/** Each render takes a ticket; a slower, older render finds its ticket stale and draws nothing. */
let ticket = 0;

function show(...nodes) {
  view.replaceChildren(...nodes.flat(Infinity).filter((n) => n !== null && n !== undefined && n !== false && n !== ''));
}

function errorBox(message) {
  return el('p', { class: 'error', role: 'alert' }, message);
}

// ---------------------------------------------------------------------------------------------------
// Wording. The tables come from /labels.js; these few formatters restate src/report/labels.ts's (this file
// is not built), with the same fixed locale so the page and the reports print numbers alike.

const { REMOVAL_LABELS, STATUS_LABELS, STATUS_EXPLANATIONS, ENTITY_TYPE_ORDER, ENTITY_TYPE_LABELS, SECTION_TITLES, EMPTY_TEXT, UNATTRIBUTED } = LABELS;
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function formatNumber(n) {
  return Number.isFinite(n) ? NUMBER_FORMAT.format(n) : String(n);
}

/** "at least 14"; an exact value is just the number. */
function formatValue(v) {
  const n = formatNumber(v.value);
  return v.qualifier === 'exact' ? n : `${v.qualifier} ${n}`;
}

/** "killed (people)"; the subject is left out when empty or the same as the measure. */
function describeFact(f) {
  const measure = f.measure.trim();
  const subject = f.subject.trim();
  if (subject === '' || subject === measure) return measure;
  if (measure === '') return subject;
  return `${measure} (${subject})`;
}

/** "14 (range 12–17)"; the range is left out when it is a single value. */
function formatEstimate(e) {
  const best = formatNumber(e.best);
  if (e.low === e.high && e.low === e.best) return best;
  return `${best} (range ${formatNumber(e.low)}–${formatNumber(e.high)})`;
}

function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

function dateSpan(first, last) {
  if (!first && !last) return 'date unknown';
  if (!first || !last || first === last) return first || last;
  return `${first} to ${last}`;
}

function articleDate(a) {
  if (!a.published) return 'date unknown';
  return a.publishedInferred ? `${a.published} (inferred)` : a.published;
}

function quoteMarks(text, direct) {
  const t = text.trim();
  if (!direct) return `(reported) ${t}`;
  if (t.length > 1 && /^["“”„«'‘’].*["“”»'‘’]$/su.test(t)) return t;
  return `“${t}”`;
}

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(item);
  }
  return [...groups];
}

/** Sentences grouped by their paragraph in the cleaned text. */
function paragraphsOf(sentences) {
  const out = [];
  let current;
  for (const s of sentences) {
    if (out.length === 0 || s.paragraph !== current) out.push([]);
    current = s.paragraph;
    out[out.length - 1].push(s);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The story list.

const list = { q: '', sort: 'size' };
/** Stories shown at first and added by "Show more": the API sorts and pages, the page asks for what it shows. */
const PAGE = 50;

/** One page of stories, sorted and filtered by the server. */
function fetchStories(q, sort, offset = 0, limit = PAGE) {
  const params = new URLSearchParams({ limit: String(limit), offset: String(offset), sort });
  if (q) params.set('q', q);
  return api(`/api/stories?${params}`);
}

async function showStories() {
  const mine = ++ticket;
  const search = el('input', { type: 'search', id: 'q', name: 'q', placeholder: 'Search titles and sources', autocomplete: 'off', value: list.q });
  const sort = el('select', { id: 'sort', name: 'sort' },
    el('option', { value: 'size', selected: list.sort === 'size' }, 'Most articles first'),
    el('option', { value: 'recent', selected: list.sort === 'recent' }, 'Most recent first'));
  const controls = el('form', { class: 'controls', role: 'search' },
    el('label', { for: 'q', class: 'visually-hidden' }, 'Search story titles and sources'), search,
    el('label', { for: 'sort' }, 'Sort'), sort);
  const results = el('div', { id: 'story-results', 'aria-live': 'polite' }, el('p', { class: 'loading' }, 'Loading stories…'));
  show(el('h1', {}, 'Stories'), controls, results);

  let timer = 0;
  /** Each refresh takes a number; an answer to an older one is dropped. */
  let asked = 0;
  const refresh = async () => {
    const q = list.q.trim();
    const mySort = list.sort;
    const n = ++asked;
    let page;
    try {
      page = await fetchStories(q, mySort);
    } catch (e) {
      if (mine === ticket && n === asked) results.replaceChildren(errorBox(`Could not load the stories: ${e.message}`));
      return;
    }
    if (mine !== ticket || n !== asked) return;
    const items = [...page.items];
    const draw = () => results.replaceChildren(...renderStoryList(items, page.total, q, more));
    const more = async (button) => {
      button.disabled = true;
      button.textContent = 'Loading…';
      try {
        const next = await fetchStories(q, mySort, items.length);
        if (mine !== ticket || n !== asked) return;
        items.push(...next.items);
        page = { ...page, total: next.total };
      } catch (e) {
        results.append(errorBox(`Could not load more stories: ${e.message}`));
      }
      draw();
    };
    draw();
  };
  controls.addEventListener('submit', (e) => e.preventDefault());
  search.addEventListener('input', () => {
    list.q = search.value;
    clearTimeout(timer);
    timer = setTimeout(refresh, 200);
  });
  sort.addEventListener('change', () => {
    list.sort = sort.value;
    refresh();
  });
  await refresh();
}

function renderStoryList(items, total, q, more) {
  if (items.length === 0) {
    return q
      ? [el('p', { class: 'empty' }, `No story title or source holds “${q}”.`)]
      : [el('p', { class: 'empty' }, 'No stories yet. ', el('a', { href: '#/add' }, 'Add articles'), ' to begin.')];
  }
  const count = el('p', { class: 'count' }, total > items.length ? `${items.length} of ${plural(total, 'story', 'stories')}` : plural(total, 'story', 'stories'));
  const ol = el('ol', { class: 'stories' }, items.map((s) => el('li', {},
    el('a', { class: 'story-link', href: `#/story/${encodeURIComponent(s.id)}` }, s.title),
    el('p', { class: 'meta' },
      `${plural(s.articleCount, 'article')} from ${plural(s.sources.length, 'source')}`,
      s.sources.length ? ` (${s.sources.join(', ')})` : '',
      ' · ', el('span', { title: 'the dates of the events the articles report, else their publication dates' }, dateSpan(s.firstDate, s.lastDate))))));
  const out = [count, ol];
  if (total > items.length) {
    const button = el('button', { type: 'button', class: 'more' }, `Show ${Math.min(PAGE, total - items.length)} more`);
    button.addEventListener('click', () => more(button));
    out.push(el('p', {}, button));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// A story.

/** Numbers a story's cited sentences in order of first use, as the HTML report does. */
class Citations {
  constructor(story) {
    this.where = new Map();
    this.numbers = new Map();
    for (const a of story.articles) {
      for (const s of a.sentences) {
        const key = JSON.stringify([a.id, s.id]);
        if (!this.where.has(key)) this.where.set(key, { article: a, sentence: s });
      }
    }
  }

  /** `[n]` buttons for a statement's citations; one that does not resolve shows as [?]. */
  buttons(citations) {
    const seen = new Set();
    const numbered = [];
    const broken = [];
    for (const c of citations) {
      const key = JSON.stringify([c.articleId, c.sentenceId]);
      if (seen.has(key)) continue;
      seen.add(key);
      const at = this.where.get(key);
      if (!at) {
        broken.push(el('span', { class: 'cite broken', title: 'This citation does not resolve to a sentence of the story' }, '[?]'));
        continue;
      }
      if (!this.numbers.has(key)) this.numbers.set(key, this.numbers.size + 1);
      const n = this.numbers.get(key);
      const b = el('button', { type: 'button', class: 'cite', title: `${at.article.source}: ${at.sentence.text}`, 'aria-label': `Source ${n}: ${at.article.source}` }, `[${n}]`);
      b.addEventListener('click', () => openCitation(b, at.article, at.sentence.id, n));
      numbered.push({ n, b });
    }
    // Shown in ascending order ([1][2][3]); numbers are given in order of first use across the story.
    return [...numbered.sort((x, y) => x.n - y.n).map((x) => x.b), ...broken];
  }

  /** Text and its citations, the last word kept on the line of the citations. */
  cited(text, citations) {
    const m = /^([\s\S]*\s)?(\S+)\s*$/.exec(text);
    return [m ? m[1] ?? '' : '', el('span', { class: 'nowrap' }, m ? m[2] : text, el('span', { class: 'cites' }, this.buttons(citations)))];
  }
}

/** The story page's sections, in order, titled as in the HTML and Markdown reports. */
const SECTIONS = [
  ['brief', SECTION_TITLES.brief], ['disputes', SECTION_TITLES.disputes], ['facts', SECTION_TITLES.facts],
  ['timeline', SECTION_TITLES.timeline], ['coverage', SECTION_TITLES.coverage], ['who', SECTION_TITLES.whoSaysWhat],
  ['names', SECTION_TITLES.entities], ['caveats', SECTION_TITLES.caveats], ['sources', SECTION_TITLES.sources],
];
/** Short names for the section links under the title; the headings keep the full titles. */
const SECTION_LINKS = { names: 'Names' };

function section(key, title, ...body) {
  return el('section', { id: `sec-${key}`, class: `sec sec-${key}` }, el('h2', {}, title), body);
}

function empty(text) {
  return el('p', { class: 'empty' }, text);
}

/** The id of a fact's row in the facts table. */
function factRowId(factId) {
  return `fact-${factId}`;
}

/** A link that scrolls to a fact's row and flashes it (the route does not change). */
function factLink(fact, text = describeFact(fact)) {
  const a = el('a', { class: 'fact-link', href: `#${factRowId(fact.id)}` }, text);
  a.addEventListener('click', (e) => {
    e.preventDefault();
    const row = document.getElementById(factRowId(fact.id));
    if (!row) return;
    row.scrollIntoView({ block: 'center' });
    row.classList.remove('flash');
    void row.offsetWidth; // restart the animation
    row.classList.add('flash');
  });
  return a;
}

/**
 * The reconciled facts: what each figure is, its status, every value reported with the sources that give
 * it (conflicting values one under the other) and their citations, and the best estimate, cited by the
 * values it rests on.
 */
function factsTable(story, cites) {
  if (!story.facts.length) return empty(EMPTY_TEXT.facts);
  const byId = new Map(story.facts.map((f) => [f.id, f]));
  const manyEvents = story.events.length > 1;
  const rows = story.facts.map((f) => {
    const values = el('ul', { class: 'values' }, f.values.map((v) => el('li', {},
      el('strong', { class: 'value' }, formatValue(v)),
      v.sources.length ? el('span', { class: 'by' }, ` ${v.sources.join(', ')}`) : '',
      el('span', { class: 'cites' }, cites.buttons(v.citations)))));
    const est = f.estimate;
    // The estimate's own evidence: the values equal to it, else those inside its range, else all.
    const backing = [f.values.filter((v) => v.value === est.best), f.values.filter((v) => v.value >= est.low && v.value <= est.high), f.values]
      .find((vs) => vs.length > 0);
    const derived = (f.derivedFrom ?? []).map((id) => byId.get(id)).filter(Boolean);
    return el('tr', { id: factRowId(f.id), class: `status-${f.status}` },
      el('th', { scope: 'row' }, describeFact(f)),
      el('td', { 'data-label': 'Status' },
        el('span', { class: `status status-${f.status}`, title: STATUS_EXPLANATIONS[f.status] ?? '' }, STATUS_LABELS[f.status] ?? f.status),
        f.status === 'claim' && f.claimant ? el('div', { class: 'claimant' }, `by ${f.claimant}`) : ''),
      el('td', { 'data-label': 'Reported values and sources' }, values,
        derived.length ? el('div', { class: 'reason' }, 'No source states it: computed from ', derived.map((d, i) => [i > 0 ? ', ' : '', factLink(d)]), '.') : ''),
      el('td', { 'data-label': 'Best estimate' },
        el('span', { class: 'nowrap' }, el('strong', {}, formatEstimate(est)), el('span', { class: 'cites' }, cites.buttons(backing.flatMap((v) => v.citations)))),
        est.reason ? el('div', { class: 'reason' }, est.reason) : ''));
  });
  const statuses = [...new Set(story.facts.map((f) => f.status))];
  return [
    el('div', { class: 'table-wrap' }, el('table', { class: 'facts' },
      el('thead', {}, el('tr', {}, ['Fact', 'Status', 'Reported values and sources', 'Best estimate'].map((h) => el('th', { scope: 'col' }, h)))),
      // With several events, the facts of each are grouped under its label (in order of first appearance).
      manyEvents
        ? groupBy(story.facts.map((f, i) => ({ f, row: rows[i] })), (x) => x.f.eventId).map(([eventId, items]) => el('tbody', {},
          el('tr', { class: 'event-row' }, el('th', { colspan: '4', scope: 'colgroup' }, story.events.find((e) => e.id === eventId)?.label ?? 'Event')),
          items.map((x) => x.row)))
        : el('tbody', {}, rows))),
    el('dl', { class: 'legend' }, statuses.map((st) => el('div', {},
      el('dt', {}, el('span', { class: `status status-${st}` }, STATUS_LABELS[st] ?? st)), el('dd', {}, STATUS_EXPLANATIONS[st] ?? '')))),
  ];
}

/**
 * People, places and organisations, with the other spellings the sources use. A name is cited once per
 * article that names it (its first mention there): a place named thirty times would otherwise drown its
 * row in citation numbers, and one per article is what shows who names it.
 */
function namesTable(story, cites) {
  if (!story.entities.length) return empty(EMPTY_TEXT.entities);
  const order = (t) => (ENTITY_TYPE_ORDER.indexOf(t) + ENTITY_TYPE_ORDER.length + 1) % (ENTITY_TYPE_ORDER.length + 1);
  const sourceOf = new Map(story.articles.map((a) => [a.id, a.source]));
  const ordered = [...story.entities].sort((a, b) => order(a.type) - order(b.type));
  return el('div', { class: 'table-wrap' }, el('table', { class: 'names' },
    el('thead', {}, el('tr', {}, ['Name', 'Type', 'Also written as', 'Named by'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ordered.map((x) => {
      const firstPerArticle = [];
      const seen = new Set();
      for (const c of x.citations) {
        if (seen.has(c.articleId)) continue;
        seen.add(c.articleId);
        firstPerArticle.push(c);
      }
      const sources = [...new Set(firstPerArticle.map((c) => sourceOf.get(c.articleId)).filter(Boolean))];
      const variants = otherSpellings(x.name, x.variants);
      return el('tr', {},
        el('th', { scope: 'row' }, cites.cited(x.name, firstPerArticle)),
        el('td', { 'data-label': 'Type' }, ENTITY_TYPE_LABELS[x.type] ?? x.type),
        el('td', { 'data-label': 'Also written as' }, variants.length ? variants.join(', ') : el('span', { class: 'silent' }, '—')),
        el('td', { 'data-label': 'Named by', class: 'by' }, sources.join(', ')));
    }))));
}

/** Folds what does not make a different spelling: case, spacing, dots, apostrophe and dash forms. */
function spellingKey(name) {
  return name.normalize('NFKC').toLowerCase().replace(/[’‘`´]/g, "'").replace(/[‐-―]/g, '-').replace(/[.\s]+/g, ' ').trim();
}

/** The spellings of a name other than the one shown, each once. */
function otherSpellings(name, variants) {
  const seen = new Set([spellingKey(name)]);
  const out = [];
  for (const v of variants) {
    const k = spellingKey(v);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

async function showStory(id) {
  const mine = ++ticket;
  show(el('p', { class: 'loading' }, 'Loading the story…'));
  let story;
  try {
    story = await api(`/api/stories/${encodeURIComponent(id)}/report`);
  } catch (e) {
    if (mine === ticket) show(backLink(), errorBox(`Could not load the story: ${e.message}`));
    return;
  }
  if (mine !== ticket) return;
  const cites = new Citations(story);
  const sources = [...new Set(story.articles.map((a) => a.source))];
  const days = story.articles.map((a) => a.published).filter(Boolean).sort();
  const factsById = new Map(story.facts.map((f) => [f.id, f]));

  const head = el('header', { class: 'story-head' },
    // The title cites the headline it is (or the lead it was shortened from), numbered first.
    el('h1', {}, story.titleCitations?.length ? cites.cited(story.title, story.titleCitations) : story.title),
    el('p', { class: 'meta' },
      `${plural(story.articles.length, 'article')} from ${plural(sources.length, 'source')}`,
      sources.length ? ` (${sources.join(', ')})` : '', ' · ',
      days.length ? `published ${dateSpan(days[0], days[days.length - 1])}` : 'publication dates unknown'),
    el('nav', { class: 'sections', 'aria-label': 'Sections' },
      SECTIONS.map(([key, title], i) => [i > 0 ? ' · ' : '', el('a', { href: `#sec-${key}`, 'data-section': key }, SECTION_LINKS[key] ?? title)])));
  head.querySelector('nav').addEventListener('click', (e) => {
    // Section links scroll within the page instead of changing the route.
    const a = e.target.closest('a[data-section]');
    if (!a) return;
    e.preventDefault();
    document.getElementById(`sec-${a.getAttribute('data-section')}`)?.scrollIntoView();
  });

  // Sections are built in page order, so citation numbers read 1, 2, 3 … down the page.
  const brief = story.brief.length
    ? story.brief.map((b) => el('p', {}, cites.cited(b.text, b.citations)))
    : empty(EMPTY_TEXT.brief);
  const disputes = story.disputes.length
    ? el('ul', { class: 'disputes' }, story.disputes.map((d) => {
      const facts = d.factIds.map((fid) => factsById.get(fid)).filter(Boolean);
      return el('li', {}, cites.cited(d.text, d.citations),
        facts.length ? el('span', { class: 'see' }, ' → ', facts.map((f, i) => [i > 0 ? ', ' : '', factLink(f)])) : '');
    }))
    : empty(EMPTY_TEXT.disputes);
  const facts = factsTable(story, cites);
  const timeline = story.timeline.length
    ? el('ol', { class: 'timeline' }, [...story.timeline].sort((a, b) => a.date.localeCompare(b.date)).map((t) =>
      el('li', {}, el('time', { datetime: t.date }, t.date), el('span', { class: 'entry' }, cites.cited(t.text, t.citations)))))
    : empty(EMPTY_TEXT.timeline);
  const c = story.coverage;
  const coverage = c.rows.length && c.sources.length
    ? [el('div', { class: 'table-wrap' }, el('table', { class: 'coverage' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Fact'), c.sources.map((s) => el('th', { scope: 'col' }, s)))),
      el('tbody', {}, c.rows.map((r) => el('tr', {},
        el('th', { scope: 'row' }, factsById.has(r.factId) ? factLink(factsById.get(r.factId), r.label) : r.label),
        c.sources.map((s) => {
          const v = r.bySource[s];
          return v === null || v === undefined || String(v).trim() === '' ? el('td', { class: 'silent', title: 'not reported' }, '—') : el('td', {}, v);
        })))))),
    el('p', { class: 'note' }, '— means the source does not report this figure. Each row links to its fact, with the citations.')]
    : empty(EMPTY_TEXT.coverage);
  const claims = story.claims.length
    ? groupBy(story.claims, (x) => x.claimant).map(([who, items]) => el('div', { class: 'party' },
      el('p', { class: 'party-name' }, who), el('ul', {}, items.map((x) => el('li', {}, cites.cited(x.text, x.citations))))))
    : empty(EMPTY_TEXT.claims);
  const quoteGroups = groupBy(story.quotes, (q) => q.speaker ?? '');
  quoteGroups.sort((a, b) => (a[0] === '' ? 1 : 0) - (b[0] === '' ? 1 : 0));
  const quotes = story.quotes.length
    ? quoteGroups.map(([who, items]) => el('div', { class: 'party' },
      el('p', { class: 'party-name' }, who === '' ? UNATTRIBUTED : who),
      el('ul', {}, items.map((q) => {
        const how = [q.cue, q.channel ? `(${q.channel})` : null].filter(Boolean).join(' ');
        return el('li', {}, el('span', { class: 'quote' }, quoteMarks(q.text, q.direct)), how ? ` — ${how}` : '', el('span', { class: 'cites' }, cites.buttons(q.citations)));
      }))))
    : empty(EMPTY_TEXT.quotes);
  const names = namesTable(story, cites);
  const caveats = story.caveats.length ? el('ul', { class: 'caveats' }, story.caveats.map((x) => el('li', {}, x))) : empty(EMPTY_TEXT.caveats);
  const articles = el('ol', { class: 'sources' }, story.articles.map((a) => {
    const url = safeHttpUrl(a.url);
    return el('li', {},
      el('a', { class: 'article-link', href: `#/article/${encodeURIComponent(a.id)}` }, a.title || '(untitled)'),
      el('p', { class: 'meta' }, el('strong', {}, a.source), ' · ', articleDate(a),
        url ? [' · ', el('a', { class: 'url', href: url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : '',
        !url && a.url ? [' · ', el('span', { class: 'url unsafe', title: 'not a web address; shown as text' }, a.url)] : ''));
  }));

  const body = { brief, disputes, facts, timeline, coverage, who: [el('h3', {}, 'Claims'), claims, el('h3', {}, 'Quotes'), quotes], names, caveats };
  show(
    backLink(),
    head,
    SECTIONS.filter(([key]) => key !== 'sources').map(([key, title]) => section(key, title, body[key])),
    section('sources', SECTION_TITLES.sources, articles,
      el('p', { class: 'note' }, el('a', { href: `/api/stories/${encodeURIComponent(story.id)}/report.html` }, 'The full report'),
        ' (every source sentence and what the cleaner removed) as one printable page.')),
  );
}

function backLink() {
  return el('p', { class: 'back' }, el('a', { href: '#/' }, '← Stories'));
}

// ---------------------------------------------------------------------------------------------------
// The citation panel: the cited sentence highlighted in its article's cleaned text, without leaving the page.

const articleCache = new Map();

function fetchArticle(id) {
  if (!articleCache.has(id)) {
    const p = api(`/api/articles/${encodeURIComponent(id)}`);
    p.catch(() => articleCache.delete(id));
    articleCache.set(id, p);
  }
  return articleCache.get(id);
}

let activeCite = null;

async function openCitation(button, reportArticle, sentenceId, n) {
  activeCite?.classList.remove('active');
  activeCite = button;
  button.classList.add('active');
  panel.hidden = false;
  document.body.classList.add('panel-open');
  panelBody.replaceChildren(el('p', { class: 'loading' }, 'Loading the article…'));
  let sentences = reportArticle.sentences;
  let title = reportArticle.title;
  try {
    const bundle = await fetchArticle(reportArticle.id);
    sentences = bundle.sentences;
    title = bundle.article.title;
  } catch {
    // The story report's own copy of the sentences is enough to show the citation.
  }
  if (activeCite !== button) return;
  const mark = { node: null };
  const text = paragraphsOf(sentences).map((para) => el('p', { class: para[0].headline ? 'text headline' : 'text' }, para.map((s, k) => {
    const span = s.id === sentenceId ? el('mark', { class: 'sent cited-sentence' }, s.text) : el('span', { class: 'sent' }, s.text);
    if (s.id === sentenceId) mark.node = span;
    return [k > 0 ? ' ' : '', span];
  })));
  panelBody.replaceChildren(
    el('p', { class: 'panel-source' }, el('span', { class: 'num' }, `[${n}]`), ' ', el('strong', {}, reportArticle.source), ' · ', articleDate(reportArticle)),
    title ? el('p', { class: 'panel-article-title' }, title) : '',
    el('p', { class: 'panel-link' }, el('a', { href: `#/article/${encodeURIComponent(reportArticle.id)}/${encodeURIComponent(sentenceId)}` }, 'Open the article page')),
    mark.node ? '' : errorBox('The cited sentence is not in this article any more.'),
    el('div', { class: 'panel-text' }, text),
  );
  if (mark.node) panelBody.scrollTop = Math.max(0, mark.node.offsetTop - panelBody.clientHeight / 3);
  document.getElementById('panel-close').focus({ preventScroll: true });
}

function closePanel() {
  panel.hidden = true;
  document.body.classList.remove('panel-open');
  activeCite?.classList.remove('active');
  activeCite?.focus({ preventScroll: true });
  activeCite = null;
}

document.getElementById('panel-close').addEventListener('click', closePanel);
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !panel.hidden) closePanel();
});

// ---------------------------------------------------------------------------------------------------
// An article: the cleaned text, with what the cleaner removed shown greyed in its place with the reason.

/** Whitespace-folded, lower-case text, for finding a passage in the raw article. */
function fold(text) {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
/** How much of a passage's start is looked for in the raw text: long enough to be unique, short enough to survive markup. */
const PROBE_CHARS = 60;

/**
 * The blocks of an article in reading order: kept paragraphs and removed passages, each placed by where
 * its start occurs in the raw text. A removed passage that cannot be placed is listed at the end.
 */
function articleBlocks(article, sentences, removals, omittedIds) {
  const raw = fold(article.raw || '');
  const blocks = [];
  const placed = new Set();
  let from = 0;
  let last = -1;
  for (const para of paragraphsOf(sentences)) {
    const at = raw.indexOf(fold(para[0].text).slice(0, PROBE_CHARS), from);
    const pos = at >= 0 ? at : last + 0.001;
    if (at >= 0) from = at;
    last = pos;
    if (para.every((x) => omittedIds.has(x.id))) {
      // Left out when the article was read with its story: shown removed, in place, with the story's reason.
      const text = para.map((x) => x.text).join(' ');
      const r = removals.find((x) => !placed.has(x) && (fold(x.text).includes(fold(text)) || fold(text).includes(fold(x.text))));
      if (r) placed.add(r);
      blocks.push({ kind: 'removed', pos, removal: r ? { ...r, text } : { reason: 'intruder', text } });
    } else {
      blocks.push({ kind: 'kept', pos, para });
    }
  }
  const unplaced = [];
  for (const r of removals) {
    if (placed.has(r)) continue;
    const at = raw.indexOf(fold(r.text).slice(0, PROBE_CHARS));
    if (at >= 0) blocks.push({ kind: 'removed', pos: at - 0.0005, removal: r });
    else unplaced.push(r);
  }
  blocks.sort((a, b) => a.pos - b.pos);
  return { blocks, unplaced };
}

function removedBlock(r) {
  return el('div', { class: 'removed' },
    el('span', { class: 'why' }, `Removed: ${REMOVAL_LABELS[r.reason] ?? r.reason}${r.detail ? ` (${r.detail})` : ''}`),
    el('span', { class: 'removed-text' }, r.text));
}

async function showArticle(id, sentenceId) {
  const mine = ++ticket;
  show(el('p', { class: 'loading' }, 'Loading the article…'));
  let bundle;
  try {
    bundle = await fetchArticle(id);
  } catch (e) {
    if (mine === ticket) show(backLink(), errorBox(`Could not load the article: ${e.message}`));
    return;
  }
  if (mine !== ticket) return;
  const { article, sentences, removals } = bundle;
  const url = safeHttpUrl(article.url);
  const omitted = new Set(bundle.omittedSentenceIds ?? []);
  const { blocks, unplaced } = articleBlocks(article, sentences, removals, omitted);
  let highlighted = null;
  const body = blocks.map((b) => {
    if (b.kind === 'removed') return removedBlock(b.removal);
    return el('p', { class: b.para[0].headline ? 'text headline' : 'text' }, b.para.map((s, k) => {
      const node = s.id === sentenceId ? el('mark', { class: 'sent cited-sentence' }, s.text) : el('span', { class: 'sent' }, s.text);
      if (s.id === sentenceId) highlighted = node;
      return [k > 0 ? ' ' : '', node];
    }));
  });
  const back = el('p', { class: 'back' });
  if (history.length > 1) {
    const b = el('button', { type: 'button', class: 'link' }, '← Back');
    b.addEventListener('click', () => history.back());
    back.append(b, ' · ');
  }
  back.append(el('a', { href: '#/' }, 'Stories'));
  if (bundle.storyId) back.append(' · ', el('a', { class: 'story-of-article', href: `#/story/${encodeURIComponent(bundle.storyId)}` }, 'Its story'));
  show(
    back,
    el('h1', {}, article.title || '(untitled)'),
    el('p', { class: 'meta' }, el('strong', {}, article.source), ' · ', articleDate(article),
      url ? [' · ', el('a', { class: 'url', href: url, rel: 'noopener noreferrer', target: '_blank' }, url)] : '',
      !url && article.url ? [' · ', el('span', { class: 'url unsafe', title: 'not a web address; shown as text' }, article.url)] : ''),
    // A failed or pending article says why up front; a processed one's notes are the engine's, kept folded.
    article.status !== 'processed'
      ? el('p', { class: 'note' }, `This article is ${article.status}${article.note ? `: ${article.note}` : ''}.`)
      : article.note ? el('details', { class: 'note' }, el('summary', {}, 'Processing notes'), el('p', {}, article.note)) : '',
    removals.length ? el('p', { class: 'note legend' }, el('span', { class: 'swatch' }), ' Greyed passages were left out before the article was read, each with its reason.') : '',
    el('div', { class: 'article-text' }, sentences.length ? body : empty('No sentences were kept from this article.')),
    unplaced.length ? el('section', { class: 'unplaced' }, el('h2', {}, 'Also removed'), unplaced.map(removedBlock)) : '',
  );
  if (highlighted) highlighted.scrollIntoView({ block: 'center' });
}

// ---------------------------------------------------------------------------------------------------
// Adding articles.

/** How an uploaded file is sent, by its extension. */
const FILE_TYPES = {
  txt: 'text', text: 'text', md: 'text',
  json: 'application/json',
  jsonl: 'application/x-ndjson', ndjson: 'application/x-ndjson',
};

function field(label, input) {
  return el('div', { class: 'field' }, el('label', { for: input.id }, label), input);
}

function showAdd() {
  ++ticket;
  const paste = el('form', { id: 'paste-form', class: 'add' },
    el('h2', {}, 'Paste an article'),
    field('Text', el('textarea', { id: 'a-text', name: 'text', rows: '10', required: true })),
    el('div', { class: 'row' },
      field('Title (optional)', el('input', { id: 'a-title', name: 'title', type: 'text' })),
      field('Source (optional)', el('input', { id: 'a-source', name: 'source', type: 'text', placeholder: 'e.g. Valley Courier' }))),
    el('div', { class: 'row' },
      field('Published (optional)', el('input', { id: 'a-published', name: 'published', type: 'date' })),
      field('Web address (optional)', el('input', { id: 'a-url', name: 'url', type: 'text', inputmode: 'url', placeholder: 'https://…' }))),
    el('button', { type: 'submit' }, 'Add article'));
  const upload = el('form', { id: 'upload-form', class: 'add' },
    el('h2', {}, 'Upload files'),
    el('p', { class: 'note' }, '.txt (one article a file), .json (an article or an array of them) or .jsonl (one article a line, with text, title, source, published, url).'),
    field('Files', el('input', { id: 'files', name: 'files', type: 'file', multiple: true, accept: '.txt,.text,.md,.json,.jsonl,.ndjson' })),
    el('button', { type: 'submit' }, 'Upload'));
  const status = el('div', { id: 'add-status', 'aria-live': 'polite' });
  show(el('h1', {}, 'Add articles'),
    el('p', {}, 'Articles are stored, read and grouped into stories on this machine; nothing is sent anywhere else.'),
    paste, upload, status);

  paste.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = new FormData(paste);
    const item = {};
    for (const k of ['text', 'title', 'source', 'published', 'url']) {
      const v = String(data.get(k) ?? '').trim();
      if (v) item[k] = v;
    }
    const ok = await send([{ label: item.title || 'pasted article', body: JSON.stringify(item), type: 'application/json' }], [paste, upload], status);
    if (ok) paste.reset();
  });
  upload.addEventListener('submit', async (e) => {
    e.preventDefault();
    const files = [...document.getElementById('files').files];
    if (!files.length) {
      status.replaceChildren(errorBox('Choose one or more files first.'));
      return;
    }
    const jobs = [];
    for (const f of files) {
      const ext = (/\.([^.]+)$/.exec(f.name)?.[1] ?? '').toLowerCase();
      const kind = FILE_TYPES[ext];
      const text = await f.text();
      if (!kind) jobs.push({ label: f.name, error: 'not a .txt, .json or .jsonl file' });
      else if (kind === 'text') jobs.push({ label: f.name, body: JSON.stringify({ text, source: f.name.replace(/\.[^.]+$/, '') }), type: 'application/json' });
      else jobs.push({ label: f.name, body: text, type: kind });
    }
    const ok = await send(jobs, [paste, upload], status);
    if (ok) upload.reset();
  });
}

/** Posts each job in turn, showing progress, then every item's result and links to the stories they joined. */
async function send(jobs, forms, status) {
  for (const f of forms) f.querySelectorAll('button, input, textarea').forEach((x) => (x.disabled = true));
  const progress = el('progress', { max: String(jobs.length), value: '0' });
  const line = el('p', { class: 'processing' });
  status.replaceChildren(line, progress);
  status.scrollIntoView({ block: 'nearest' });
  const report = [];
  const ids = [];
  try {
    for (let i = 0; i < jobs.length; i++) {
      const job = jobs[i];
      line.textContent = jobs.length > 1 ? `Processing… ${i + 1} of ${jobs.length}: ${job.label}` : `Processing… ${job.label}`;
      if (job.error) {
        report.push({ label: job.label, results: [{ ok: false, error: job.error }] });
      } else {
        try {
          const res = await api('/api/articles', { method: 'POST', headers: { 'content-type': job.type }, body: job.body });
          report.push({ label: job.label, results: res.results });
          for (const r of res.results) if (r.ok) ids.push(r.id);
        } catch (e) {
          const results = e.body?.error?.results;
          report.push({ label: job.label, results: Array.isArray(results) && results.length ? results : [{ ok: false, error: e.message }] });
        }
      }
      progress.value = i + 1;
    }
    line.textContent = 'Finding their stories…';
    const stories = ids.length ? await storiesOf(ids) : [];
    const added = report.flatMap((r) => r.results).filter((r) => r.ok).length;
    const failed = report.flatMap((r) => r.results).filter((r) => !r.ok).length;
    status.replaceChildren(
      el('p', { class: failed ? 'done partial' : 'done' }, `Done: ${plural(added, 'article')} stored${failed ? `, ${failed} not` : ''}.`),
      el('ul', { class: 'results' }, report.map((r) => el('li', {}, el('strong', {}, r.label),
        el('ul', {}, r.results.map((x) => el('li', { class: x.ok ? 'ok' : 'failed' },
          r.results.length > 1 && x.line ? `line ${x.line}: ` : '',
          x.ok ? (x.created ? 'added' : 'already stored (same text)') : `not added: ${x.error}`)))))),
      stories.length
        ? el('div', { class: 'joined' }, el('p', {}, stories.length === 1 ? 'It is in the story:' : 'They are in the stories:'),
          el('ul', {}, stories.map((s) => el('li', {}, el('a', { class: 'story-link', href: `#/story/${encodeURIComponent(s.id)}` }, s.title)))))
        : el('p', {}, el('a', { href: '#/' }, 'See the stories')),
    );
    status.scrollIntoView({ block: 'nearest' });
    return failed === 0;
  } catch (e) {
    status.replaceChildren(errorBox(`Something went wrong: ${e.message}`));
    return false;
  } finally {
    for (const f of forms) f.querySelectorAll('button, input, textarea').forEach((x) => (x.disabled = false));
  }
}

/** The stories holding these articles (each article says which it joined), each once, with their titles. */
async function storiesOf(articleIds) {
  const ids = [];
  for (const id of new Set(articleIds)) {
    try {
      const { storyId } = await api(`/api/articles/${encodeURIComponent(id)}`);
      if (storyId && !ids.includes(storyId)) ids.push(storyId);
    } catch {
      // An article that cannot be read now is reported by its own result above.
    }
  }
  const found = [];
  for (const id of ids) {
    try {
      const story = await api(`/api/stories/${encodeURIComponent(id)}/report`);
      found.push({ id, title: story.title });
    } catch {
      found.push({ id, title: id });
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------
// Routing.

function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  if (!panel.hidden) closePanel();
  articleCache.clear();
  for (const a of document.querySelectorAll('[data-nav]')) {
    a.classList.toggle('current', a.getAttribute('data-nav') === (parts[0] === 'add' ? 'add' : 'stories'));
  }
  window.scrollTo(0, 0);
  if (parts[0] === 'story' && parts[1]) return showStory(parts[1]);
  if (parts[0] === 'article' && parts[1]) return showArticle(parts[1], parts[2]);
  if (parts[0] === 'add') return showAdd();
  return showStories();
}

window.addEventListener('hashchange', route);
route();
