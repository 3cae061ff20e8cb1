/**
 * Bench `cluster`: the cost of placing one article in its story as the store grows, at 10k, 100k and 1M
 * stored articles on a SQLite file. Pushing a million articles through the whole pipeline would take hours,
 * so each size is built in two steps, each in its own child process:
 *   1. pre-fill: a seeded generator turns the dataset articles (ECB+ and GVA, cleaned and extracted once)
 *      into new stories — each template's terms, with new people and places drawn from large name pools and
 *      an event date spread over three years — and writes what the cluster stage would have stored for
 *      them (story profiles built by the stage itself, index keys, term frequencies) in big transactions;
 *   2. clustering: `SAMPLE` more generated articles (half follow-ups of stored stories, half new events) are
 *      each assigned as `assignArticle` does (term statistics → weighting → candidate stories → decision →
 *      save), timed per phase. Peak RSS is that child's own: the clustering process, not the generator.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATA_DIR, loadDataset, newsInput, runInChild, seconds } from '../eval/harness.js';
import { mulberry32 } from '../eval/intruders.js';
import type { Bench } from './registry.js';

/** Stored-article counts measured; `--json` reports them all. */
export const CLUSTER_SIZES = [10_000, 100_000, 1_000_000];
/** Generated articles clustered (timed) against each pre-filled store. */
export const SAMPLE = 2_000;
/** Pools new names are drawn from: surnames recur across events as real ones do; places are fewer. */
const SURNAMES = 200_000;
const PLACES = 30_000;
/** Event dates are spread over this many days, so the date window holds a fraction of the stories. */
const SPAN_DAYS = 3 * 365;
const FIRST_DAY = Date.parse('2020-01-01');
/** Rows per pre-fill transaction. */
const BATCH = 20_000;

interface Template { terms: [string, number][]; names: [string, number, boolean][] }

/** Dataset articles cleaned and extracted once, kept as raw term and name counts (names marked person or not). */
export async function buildTemplates({ dataDir, out }: { dataDir: string; out: string }): Promise<number> {
  const { openStore } = await import('../eval/engine.js');
  const { ingestInputs, prepareArticle } = await import('../src/pipeline.js');
  const { rawFeatures, NAME_PREFIX } = await import('../src/stages/cluster/index.js');
  const { nameKey } = await import('../src/text/names.js');
  const rows = [...await loadDataset(dataDir, 'gva-incidents.jsonl'), ...await loadDataset(dataDir, 'ecbplus-clusters.jsonl')];
  const store = await openStore();
  const templates: Template[] = [];
  try {
    const ids = new Set((await ingestInputs(store, rows.map((r) => ({ input: newsInput(r), origin: `bench:${r.id}` }))))
      .map((r) => (r as { id?: string }).id).filter((id): id is string => !!id));
    for (const id of ids) {
      const p = await prepareArticle(store, id);
      if (!p) continue;
      const raw = rawFeatures(p.cleaned.title, p.cleaned.text, p.extraction);
      const persons = new Set(p.extraction.entities.filter((e) => e.type === 'person')
        .map((e) => NAME_PREFIX + nameKey(e.name.trim().split(/\s+/).at(-1)!)));
      templates.push({ terms: [...raw.terms], names: [...raw.names].map(([k, n]) => [k, n, persons.has(k)]) });
    }
  } finally {
    await store.close();
  }
  writeFileSync(out, JSON.stringify(templates));
  return templates.length;
}

/** A generated name key: pronounceable, from a seeded index into a pool. */
function poolName(prefix: string, i: number): string {
  const SYL = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'bri', 'del', 'for', 'gan', 'hul', 'jen', 'kor', 'lis', 'mor', 'nad', 'pel', 'quin', 'ros', 'sul', 'tor', 'ulm', 'vek', 'wyn', 'zar'];
  let s = prefix;
  for (let n = i + 1; n > 0; n = Math.floor(n / SYL.length)) s += SYL[n % SYL.length];
  return s;
}

/** Story `i` of the generated world: its template, its names mapping and its event day, all from its seed. */
function story(i: number, templates: Template[]): { template: number; rename: (key: string, person: boolean) => string; day: number } {
  const rand = mulberry32(0x5eed + i * 7919);
  const template = Math.floor(rand() * templates.length);
  const day = Math.floor(rand() * SPAN_DAYS);
  const seed = Math.floor(rand() * 2 ** 31);
  const map = new Map<string, string>();
  return {
    template, day,
    rename: (key, person) => {
      let v = map.get(key);
      if (v === undefined) {
        const r = mulberry32(seed ^ hash(key))();
        v = person ? poolName('n:p', Math.floor(r * SURNAMES)) : poolName('n:l', Math.floor(r * PLACES));
        map.set(key, v);
      }
      return v;
    },
  };
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * A generated article's near-duplicate sketch: `SKETCH_SIZE` seeded 32-bit values, ascending. Generated texts
 * do not exist, and distinct seeds share no values, so the check reads its story's sketches and finds no copy
 * (the common case: copies are a few articles in a hundred).
 */
function generatedSketch(seed: number): number[] {
  const rand = mulberry32(0x5c3 ^ seed);
  return Array.from({ length: 64 }, () => Math.floor(rand() * 2 ** 32)).sort((a, b) => a - b);
}

/** Articles of generated story `i` (1–5, mean 2.6 like GVA's 1856 articles / 718 incidents). */
function storySize(i: number): number {
  const r = mulberry32(0xa11ce + i)();
  return r < 0.3 ? 1 : r < 0.6 ? 2 : r < 0.8 ? 3 : r < 0.92 ? 4 : 5;
}

/**
 * The `k`-th generated article of story `i`: its template's counts with a seeded third of the terms and names
 * dropped (another outlet's wording of the same event), names renamed by the story's mapping, dated a day
 * or two after the event.
 */
function article(i: number, k: number, templates: Template[]) {
  const s = story(i, templates);
  const t = templates[s.template];
  const keep = mulberry32(0xd20 + i * 31 + k);
  const terms = new Map<string, number>();
  for (const [term, n] of t.terms) if (k === 0 || keep() > 1 / 3) terms.set(term, n);
  const names = new Map<string, number>();
  for (const [key, n, person] of t.names) {
    if (k > 0 && keep() <= 1 / 3) continue;
    const renamed = s.rename(key, person);
    names.set(renamed, (names.get(renamed) ?? 0) + n);
  }
  const date = new Date(FIRST_DAY + (s.day + Math.min(k, 3)) * 86_400_000).toISOString().slice(0, 10);
  return { terms, names, date };
}

/**
 * Pre-fills a fresh SQLite file with `size` generated articles' stories, index keys and term statistics, as
 * the cluster stage stores them: a story's profile is the sum of its articles' weighted terms and names, each
 * capped to the profile sizes; its index keys are each article's names and strongest terms (`indexKeys`).
 * Each template is weighted once (with the templates' own statistics) and its articles reuse those weights:
 * this loop is the generator, not the thing measured, and must write a million articles in minutes.
 */
export async function prefill({ path, size, templatesFile }: { path: string; size: number; templatesFile: string }): Promise<{ stories: number; keys: number; seconds: number }> {
  const t0 = process.hrtime.bigint();
  const templates = JSON.parse(readFileSync(templatesFile, 'utf8')) as Template[];
  const { SqliteStore } = await import('../src/storage/sqlite/sqlite-store.js');
  const { sketchToBytes } = await import('../src/storage/rows.js');
  const { profileToText } = await import('../src/storage/sqlite/profile-text.js');
  await new SqliteStore(path).close(); // creates the schema
  const { defaultClusterOptions, weightFeatures } = await import('../src/stages/cluster/index.js');
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  // The generated articles have no article rows (only what clustering reads): their story memberships and
  // sketches are written without them.
  db.pragma('foreign_keys = OFF');
  const options = defaultClusterOptions();
  const df = new Map<string, number>();
  for (const t of templates) for (const [k] of [...t.terms, ...t.names]) df.set(k, (df.get(k) ?? 0) + 1);
  const stats = { documents: templates.length, df };
  // Per template: its weighted terms strongest first, and its weighted names with their person flag.
  const weighted = templates.map((t) => {
    const f = weightFeatures({ terms: new Map(t.terms), names: new Map(t.names.map(([k, n]) => [k, n])) }, stats, null);
    const person = new Map(t.names.map(([k, , p]) => [k, p]));
    return { terms: Object.entries(f.terms).sort((x, y) => y[1] - x[1]), names: Object.entries(f.names).map(([k, w]) => [k, w, person.get(k) ?? false] as const) };
  });
  const insStory = db.prepare('INSERT INTO stories (id, title, article_count, first_date, last_date, profile) VALUES (?, ?, ?, ?, ?, ?)');
  // A posting's seq orders it by recency (the story's latest article, as `saveProcessed` writes it): story i
  // is the i-th extended; the sample's articles are numbered after all of them.
  const insKey = db.prepare('INSERT OR IGNORE INTO story_keys (key, story_id, seq) VALUES (?, ?, ?)');
  // Each article's story membership and near-duplicate sketch, as the save writes them: a follow-up's
  // duplicate check reads its story's recent sketches.
  const insMember = db.prepare('INSERT INTO story_articles (article_id, story_id, seq) VALUES (?, ?, ?)');
  const insSketch = db.prepare('INSERT INTO story_sketches (story_id, seq, article_id, sketch) VALUES (?, ?, ?, ?)');
  const termDf = new Map<string, number>();
  const capped = (m: Map<string, number>, cap: number) =>
    Object.fromEntries([...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, cap).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
  let articles = 0;
  let stories = 0;
  let keys = 0;
  const write = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const s = story(i, templates);
      const w = weighted[s.template];
      const terms = new Map<string, number>();
      const names = new Map<string, number>();
      const storyKeys = new Set<string>();
      const n = storySize(i);
      for (let k = 0; k < n; k++) {
        const keep = mulberry32(0xd20 + i * 31 + k);
        let top = 0;
        for (const [t, v] of w.terms) {
          if (k > 0 && keep() <= 1 / 3) continue;
          terms.set(t, (terms.get(t) ?? 0) + v);
          termDf.set(t, (termDf.get(t) ?? 0) + 1);
          if (top++ < options.indexTerms) storyKeys.add(t);
        }
        for (const [key, v, person] of w.names) {
          if (k > 0 && keep() <= 1 / 3) continue;
          const renamed = s.rename(key, person);
          names.set(renamed, (names.get(renamed) ?? 0) + v);
          termDf.set(renamed, (termDf.get(renamed) ?? 0) + 1);
          storyKeys.add(renamed);
        }
      }
      const first = new Date(FIRST_DAY + s.day * 86_400_000).toISOString().slice(0, 10);
      const last = new Date(FIRST_DAY + (s.day + Math.min(n - 1, 3)) * 86_400_000).toISOString().slice(0, 10);
      const id = `g${i}`;
      const profile = {
        id, title: `Generated story ${i}`, titleArticleId: `a${String(i).padStart(14, '0')}`, titleIsHeadline: true, articleCount: n,
        sources: Array.from({ length: n }, (_, k) => `outlet${(i + k) % 300}`).sort(), firstDate: first, lastDate: last,
        terms: capped(terms, options.profileTerms), names: capped(names, options.profileNames),
      };
      insStory.run(id, profile.title, n, first, last, profileToText(profile));
      for (let k = 0; k < n; k++) {
        const articleId = `g${i}_${k}`;
        insMember.run(articleId, id, i + 1);
        insSketch.run(id, -(i * 8 + k + 1), articleId, sketchToBytes(generatedSketch(i * 8 + k))); // unique, before every real seq
      }
      for (const key of storyKeys) insKey.run(key, id, i + 1);
      keys += storyKeys.size;
      articles += n;
      stories++;
    }
  });
  // Whole stories, about `BATCH` articles per transaction, until `size` articles are in.
  for (let i = 0; articles < size;) {
    const from = i;
    let planned = 0;
    while (planned < BATCH && articles + planned < size) planned += storySize(i++);
    write(from, i);
  }
  db.transaction(() => {
    const bump = db.prepare('INSERT INTO term_df (term, df) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET df = df + excluded.df');
    for (const [t, n] of termDf) bump.run(t, n);
    db.prepare(`UPDATE meta SET value = ? WHERE key = 'documents'`).run(String(articles));
    db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('bench_stories', ?)`).run(String(stories));
    db.prepare(`INSERT INTO sqlite_sequence (name, seq) VALUES ('articles', ?)`).run(BigInt(stories + 1));
  })();
  db.close();
  return { stories, keys, seconds: seconds(t0) };
}

interface Phases { statistics: number; candidates: number; decision: number; save: number }

/** CPU time (user + system) of this process so far, in ms. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export interface ClusterTiming {
  stored: number;
  stories: number;
  sample: number;
  joined: number;
  seconds: number;
  msPerArticle: number;
  /** CPU time (user + system) of the clustering process per article: steadier than wall time on a shared machine. */
  cpuMsPerArticle: number;
  articlesPerSecond: number;
  /** Mean ms per article in each phase: wall time, and the process's CPU time (steadier on a shared machine). */
  phases: Phases;
  cpuPhases: Phases;
  meanCandidates: number;
}

/** Clusters `SAMPLE` generated articles against the pre-filled store, timing each phase. */
export async function clusterSample({ path, templatesFile, sample }: { path: string; templatesFile: string; sample: number }): Promise<Omit<ClusterTiming, 'stored'>> {
  const templates = JSON.parse(readFileSync(templatesFile, 'utf8')) as Template[];
  const { SqliteStore } = await import('../src/storage/sqlite/sqlite-store.js');
  const { cluster, defaultClusterOptions, duplicateCandidates, findDuplicate, indexKeys, weightFeatures } = await import('../src/stages/cluster/index.js');
  const store = new SqliteStore(path);
  const Database = (await import('better-sqlite3')).default;
  const meta = new Database(path, { readonly: true });
  const storedStories = Number((meta.prepare(`SELECT value FROM meta WHERE key = 'bench_stories'`).get() as { value: string }).value);
  meta.close();
  const options = defaultClusterOptions();
  const rand = mulberry32(0xc1a55);
  // The sample: half follow-ups (a further article of a stored story), half articles of new events.
  const items = Array.from({ length: sample }, (_, j) => {
    const followUp = rand() < 0.5;
    const i = followUp ? Math.floor(rand() * storedStories) : storedStories + 1_000_000 + j;
    return { ...article(i, followUp ? 5 + (j % 3) : 0, templates), id: j };
  });
  const ids: string[] = [];
  for (const it of items) {
    const r = await store.addArticle({
      contentHash: `bench-${it.id}-${path}`.padEnd(64, '0'), source: 'bench', title: null, url: null, published: it.date, publishedInferred: false,
      origin: 'bench', format: 'text', raw: `generated article ${it.id}`,
    });
    ids.push(r.id);
  }
  const phases: Phases = { statistics: 0, candidates: 0, decision: 0, save: 0 };
  const cpuPhases: Phases = { statistics: 0, candidates: 0, decision: 0, save: 0 };
  let t = 0;
  let c = 0;
  const start = () => {
    t = performance.now();
    c = cpuMs();
  };
  const stop = (phase: keyof Phases) => {
    phases[phase] += performance.now() - t;
    cpuPhases[phase] += cpuMs() - c;
    start();
  };
  let joined = 0;
  let candidatesSeen = 0;
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  for (let j = 0; j < items.length; j++) {
    const it = items[j];
    start();
    const stats = await store.termStats([...it.terms.keys(), ...it.names.keys()]);
    const features = weightFeatures(it, stats, it.date);
    const keys = indexKeys(features, options);
    stop('statistics');
    const candidates = await store.candidateStories(keys, options.candidates);
    stop('candidates');
    candidatesSeen += candidates.length;
    const d = cluster({ article: { id: ids[j], source: 'bench', title: null, lead: `Generated article ${it.id}` }, features, candidates }, options);
    stop('decision');
    if (!d.created) joined++;
    // The save as `assignArticle` makes it, its near-duplicate check included (candidates were read above).
    const sketch = generatedSketch(1_000_000_000 + j);
    await store.saveAssigned({
      articleId: ids[j], text: `generated article ${it.id}`, language: 'en', published: it.date, publishedInferred: false,
      sentences: [], removals: [], extraction: { counts: [], entities: [], dates: [], quotes: [] }, features, sketch,
    }, {
      keys: [], limit: 0,
      decide: () => ({ note: `story: ${d.reason}`, story: { id: d.storyId, created: d.created, profile: d.profile, keys: d.keys, merged: d.merged } }),
      duplicates: { candidates: (earlier) => duplicateCandidates(sketch, earlier), link: (texts) => findDuplicate(ids[j], `generated article ${it.id}`, texts) },
    });
    stop('save');
  }
  const s = seconds(t0);
  const cpu = process.cpuUsage(cpu0);
  await store.close();
  const per = (x: number) => x / items.length;
  return {
    stories: storedStories, sample: items.length, joined, seconds: s, msPerArticle: (s * 1000) / items.length,
    cpuMsPerArticle: (cpu.user + cpu.system) / 1000 / items.length, articlesPerSecond: items.length / s,
    phases: { statistics: per(phases.statistics), candidates: per(phases.candidates), decision: per(phases.decision), save: per(phases.save) },
    cpuPhases: { statistics: per(cpuPhases.statistics), candidates: per(cpuPhases.candidates), decision: per(cpuPhases.decision), save: per(cpuPhases.save) },
    meanCandidates: candidatesSeen / items.length,
  };
}

export async function benchCluster(progress: (line: string) => void, sizes = CLUSTER_SIZES, dataDir = DEFAULT_DATA_DIR): Promise<(ClusterTiming & { peakRssMb: number; prefillSeconds: number; indexRows: number })[]> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-cluster-'));
  const self = fileURLToPath(import.meta.url);
  const out = [];
  try {
    const templatesFile = join(dir, 'templates.json');
    progress('cluster: preparing the dataset templates (child process)');
    await runInChild<number>(self, 'buildTemplates', { dataDir, out: templatesFile });
    for (const size of sizes) {
      const path = join(dir, `stored-${size}.db`);
      progress(`cluster: pre-filling ${size.toLocaleString('en')} stored articles (child process)`);
      const fill = await runInChild<{ stories: number; keys: number; seconds: number }>(self, 'prefill', { path, size, templatesFile });
      progress(`cluster: ${fill.value.stories} stories, ${fill.value.keys} index rows in ${fill.value.seconds.toFixed(0)} s; clustering ${SAMPLE} articles (child process)`);
      const r = await runInChild<Omit<ClusterTiming, 'stored'>>(self, 'clusterSample', { path, templatesFile, sample: SAMPLE });
      out.push({ stored: size, ...r.value, peakRssMb: Math.round(r.peakRssMb), prefillSeconds: fill.value.seconds, indexRows: fill.value.keys });
      rmSync(path, { force: true });
      rmSync(`${path}-wal`, { force: true });
      rmSync(`${path}-shm`, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

export const clusterBench: Bench = {
  description: `story assignment against 10k, 100k and 1M stored articles (SQLite file, pre-filled by a seeded generator): ms per article, articles/s, peak RSS; CLUSTER_SIZES=10000,100000 to choose`,
  async run(progress) {
    const sizes = process.env.CLUSTER_SIZES ? process.env.CLUSTER_SIZES.split(',').map(Number) : CLUSTER_SIZES;
    const rows = await benchCluster(progress, sizes);
    const base = rows[0];
    return {
      tables: [{
        title: `clustering ${SAMPLE} generated articles (half follow-ups of stored stories) against a pre-filled store`,
        rows: [['stored articles', 'stories', 'index rows', 'ms/article', 'CPU ms/article', 'articles/s', 'CPU vs first', 'stats CPU ms', 'candidates CPU ms', 'decide CPU ms', 'save CPU ms', 'joined', 'peak RSS MB'],
          ...rows.map((r) => [r.stored.toLocaleString('en'), String(r.stories), String(r.indexRows), r.msPerArticle.toFixed(3), r.cpuMsPerArticle.toFixed(3), r.articlesPerSecond.toFixed(0),
            `${(r.cpuMsPerArticle / base.cpuMsPerArticle).toFixed(2)}×`, r.cpuPhases.statistics.toFixed(3), r.cpuPhases.candidates.toFixed(3), r.cpuPhases.decision.toFixed(3),
            r.cpuPhases.save.toFixed(3), String(r.joined), String(r.peakRssMb)])],
      }],
      notes: [
        'one core, one process; ms/article is wall time, CPU ms/article the process\'s user + system time (the phases split it; their wall times are in --json); the pre-fill (generator + bulk insert) is not timed; peak RSS is the clustering child process alone',
        'phases: stats = term statistics + weighting + index keys; candidates = the store\'s index query and profile parsing; decide = the cluster stage; save = the article\'s and story\'s rows, merges and the near-duplicate check against the story\'s recent sketches',
        'goal: ms/article at 1M within 2× of 10k, and ≥ 1,000 articles/s at 1M',
      ],
      json: { sample: SAMPLE, runs: rows },
    };
  },
};
