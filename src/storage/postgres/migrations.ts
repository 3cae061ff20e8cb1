/**
 * Numbered PostgreSQL migrations, the same tables as `../sqlite/migrations.ts`. All of them run in one
 * transaction under an advisory lock (see `pool.ts`), and the applied versions are kept in
 * `schema_migrations`. Never edit a released migration: add the next number.
 *
 * Identifiers and dates are `COLLATE "C"`: orderings (`listStories`, `candidateStories`, pending work) then
 * compare bytes, as SQLite does, whatever locale the server was initialised with.
 */
export const POSTGRES_MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'articles, sentences, removals, extractions, stories and the story index',
    sql: `
      CREATE TABLE articles (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT COLLATE "C" NOT NULL UNIQUE,
        content_hash TEXT COLLATE "C" NOT NULL UNIQUE,
        source TEXT NOT NULL,
        title TEXT,
        url TEXT,
        published TEXT COLLATE "C",
        published_inferred BOOLEAN NOT NULL DEFAULT false,
        origin TEXT NOT NULL,
        format TEXT NOT NULL,
        raw TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        note TEXT,
        language TEXT,
        text TEXT
      );
      CREATE INDEX articles_pending ON articles (status, published, seq);
      CREATE TABLE sentences (
        id TEXT COLLATE "C" PRIMARY KEY,
        article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id),
        idx INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX sentences_article ON sentences (article_id, idx);
      CREATE TABLE removals (
        article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id),
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        reason TEXT NOT NULL,
        detail TEXT,
        PRIMARY KEY (article_id, idx)
      );
      -- JSON, not JSONB: JSONB reorders object keys; JSON keeps them as written, as SQLite does, so both
      -- stores hand back maps that iterate alike and give the same results.
      CREATE TABLE extractions (article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id), data JSON NOT NULL);
      CREATE TABLE features (article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id), data JSON NOT NULL);
      CREATE TABLE stories (
        id TEXT COLLATE "C" PRIMARY KEY,
        title TEXT NOT NULL,
        article_count INTEGER NOT NULL,
        first_date TEXT COLLATE "C",
        last_date TEXT COLLATE "C",
        profile JSON NOT NULL
      );
      CREATE TABLE story_articles (
        article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id),
        story_id TEXT COLLATE "C" NOT NULL REFERENCES stories (id),
        seq BIGINT NOT NULL
      );
      CREATE INDEX story_articles_story ON story_articles (story_id, seq);
      CREATE TABLE story_keys (key TEXT COLLATE "C" NOT NULL, story_id TEXT COLLATE "C" NOT NULL, PRIMARY KEY (key, story_id));
      CREATE TABLE term_df (term TEXT COLLATE "C" PRIMARY KEY, df INTEGER NOT NULL);
      CREATE TABLE meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL);
      INSERT INTO meta (key, value) VALUES ('documents', 0);
    `,
  },
  {
    version: 2,
    name: 'index of processed articles still undated, for dating them from their story',
    sql: `CREATE INDEX articles_undated ON articles (id) WHERE status = 'processed' AND published IS NULL;`,
  },
  {
    version: 3,
    name: 'story index postings ordered by recency, so a candidate read takes a bounded number per key',
    sql: `
      ALTER TABLE story_keys ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;
      CREATE INDEX story_keys_recent ON story_keys (key, seq DESC);
    `,
  },
  {
    version: 4,
    name: 'story merges (a merged id resolves to its survivor), article sketches and near-duplicate links',
    sql: `
      CREATE TABLE story_merges (
        story_id TEXT COLLATE "C" PRIMARY KEY,
        into_id TEXT COLLATE "C" NOT NULL,
        article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id),
        merged_at TEXT COLLATE "C" NOT NULL
      );
      CREATE INDEX story_merges_into ON story_merges (into_id);
      -- checked: true when the article was compared with every earlier article of its story as it joined.
      CREATE TABLE article_sketches (
        article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id),
        sketch BYTEA NOT NULL,
        checked BOOLEAN NOT NULL
      );
      CREATE TABLE duplicate_links (
        article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id),
        duplicate_of TEXT COLLATE "C" NOT NULL REFERENCES articles (id),
        similarity DOUBLE PRECISION NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: 'sketches kept per story in arrival order (one range read for the duplicate check); a link row per checked article',
    sql: `
      CREATE TABLE story_sketches (
        story_id TEXT COLLATE "C" NOT NULL,
        seq BIGINT NOT NULL,
        article_id TEXT COLLATE "C" NOT NULL,
        sketch BYTEA NOT NULL,
        PRIMARY KEY (story_id, seq)
      );
      INSERT INTO story_sketches (story_id, seq, article_id, sketch)
        SELECT sa.story_id, sa.seq, s.article_id, s.sketch FROM article_sketches s JOIN story_articles sa ON sa.article_id = s.article_id;
      -- One row per article checked for copies as it joined its story: duplicate_of NULL when it copies none;
      -- checked false once a merge brought it beside articles it was never compared with.
      CREATE TABLE article_links (
        article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id),
        duplicate_of TEXT COLLATE "C" REFERENCES articles (id),
        similarity DOUBLE PRECISION,
        checked BOOLEAN NOT NULL
      );
      INSERT INTO article_links (article_id, duplicate_of, similarity, checked)
        SELECT s.article_id, d.duplicate_of, d.similarity, s.checked FROM article_sketches s LEFT JOIN duplicate_links d ON d.article_id = s.article_id;
      DROP TABLE duplicate_links;
      DROP TABLE article_sketches;
    `,
  },
  {
    version: 6,
    name: 'document frequencies folded in batches: each save appends its terms to term_df_pending (see term-stats.ts)',
    sql: `
      -- terms: an article's distinct terms; the row goes once a fold has added it to term_df.
      CREATE TABLE term_df_pending (id BIGSERIAL PRIMARY KEY, terms TEXT[] NOT NULL);
    `,
  },
];
