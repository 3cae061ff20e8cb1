/**
 * Numbered SQLite migrations. Each runs once, in order, inside a transaction; the applied version is kept
 * in `schema_migrations`. Never edit a released migration: add the next number.
 */
export const SQLITE_MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'articles, sentences, removals, extractions, stories and the story index',
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        title TEXT,
        url TEXT,
        published TEXT,
        published_inferred INTEGER NOT NULL DEFAULT 0,
        origin TEXT NOT NULL,
        format TEXT NOT NULL,
        raw TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        note TEXT,
        language TEXT,
        text TEXT
      );
      CREATE INDEX articles_pending ON articles(status, published, seq);
      CREATE TABLE sentences (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        idx INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX sentences_article ON sentences(article_id, idx);
      CREATE TABLE removals (
        article_id TEXT NOT NULL REFERENCES articles(id),
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        reason TEXT NOT NULL,
        detail TEXT,
        PRIMARY KEY (article_id, idx)
      );
      CREATE TABLE extractions (article_id TEXT PRIMARY KEY REFERENCES articles(id), json TEXT NOT NULL);
      CREATE TABLE features (article_id TEXT PRIMARY KEY REFERENCES articles(id), json TEXT NOT NULL);
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        article_count INTEGER NOT NULL,
        first_date TEXT,
        last_date TEXT,
        profile TEXT NOT NULL
      );
      CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        story_id TEXT NOT NULL REFERENCES stories(id),
        seq INTEGER NOT NULL
      );
      CREATE INDEX story_articles_story ON story_articles(story_id, seq);
      CREATE TABLE story_keys (key TEXT NOT NULL, story_id TEXT NOT NULL, PRIMARY KEY (key, story_id)) WITHOUT ROWID;
      CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO meta (key, value) VALUES ('documents', '0');
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
      ALTER TABLE story_keys ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX story_keys_recent ON story_keys (key, seq DESC);
    `,
  },
  {
    version: 4,
    name: 'story merges (a merged id resolves to its survivor), article sketches and near-duplicate links',
    sql: `
      CREATE TABLE story_merges (
        story_id TEXT PRIMARY KEY,
        into_id TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        merged_at TEXT NOT NULL
      );
      CREATE INDEX story_merges_into ON story_merges (into_id);
      -- checked: 1 when the article was compared with every earlier article of its story as it joined.
      CREATE TABLE article_sketches (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        sketch BLOB NOT NULL,
        checked INTEGER NOT NULL
      );
      CREATE TABLE duplicate_links (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        duplicate_of TEXT NOT NULL REFERENCES articles(id),
        similarity REAL NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: 'sketches kept per story in arrival order (one range read for the duplicate check); a link row per checked article',
    sql: `
      CREATE TABLE story_sketches (
        story_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        sketch BLOB NOT NULL,
        PRIMARY KEY (story_id, seq)
      ) WITHOUT ROWID;
      INSERT INTO story_sketches (story_id, seq, article_id, sketch)
        SELECT sa.story_id, sa.seq, s.article_id, s.sketch FROM article_sketches s JOIN story_articles sa ON sa.article_id = s.article_id;
      -- One row per article checked for copies as it joined its story: duplicate_of NULL when it copies none;
      -- checked 0 once a merge brought it beside articles it was never compared with.
      CREATE TABLE article_links (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        duplicate_of TEXT REFERENCES articles(id),
        similarity REAL,
        checked INTEGER NOT NULL
      );
      INSERT INTO article_links (article_id, duplicate_of, similarity, checked)
        SELECT s.article_id, d.duplicate_of, d.similarity, s.checked FROM article_sketches s LEFT JOIN duplicate_links d ON d.article_id = s.article_id;
      DROP TABLE duplicate_links;
      DROP TABLE article_sketches;
    `,
  },
  {
    version: 6,
    name: 'document frequencies folded in batches (term_df_pending); story postings keyed by story first, so a save writes its story\'s together',
    sql: `
      -- terms: an article's distinct terms, a JSON array; the row goes once a fold has added it to term_df.
      CREATE TABLE term_df_pending (id INTEGER PRIMARY KEY, terms TEXT NOT NULL);
      -- A save upserts its story's ~25 postings: keyed (story_id, key) they share one or two pages of the
      -- table instead of one page each; the candidate read uses story_keys_recent (key, seq), as before.
      DROP INDEX story_keys_recent;
      ALTER TABLE story_keys RENAME TO story_keys_by_key;
      CREATE TABLE story_keys (story_id TEXT NOT NULL, key TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (story_id, key)) WITHOUT ROWID;
      INSERT INTO story_keys (story_id, key, seq) SELECT story_id, key, seq FROM story_keys_by_key;
      DROP TABLE story_keys_by_key;
      CREATE INDEX story_keys_recent ON story_keys (key, seq DESC);
    `,
  },
];
