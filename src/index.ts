/** Triangulate's public API: re-exports only. */
export * from './model/schemas.js';
export type { ArticleFeatures, StoryProfile, StorySummary } from './model/story.js';
export type { Store, NewArticle, ProcessedArticle, ArticleBundle, AddResult, TermStats } from './storage/store.js';
export { SqliteStore } from './storage/sqlite/sqlite-store.js';
export { PostgresStore } from './storage/postgres/postgres-store.js';
export { openStore } from './storage/open.js';
export {
  GENERATOR, buildReport, dateUndatedStories, defaultPipelineOptions, ingestInputs, ingestPaths, processArticle, processOne,
  processPending, type ArticleOutcome, type IngestProblem, type IngestSummary, type PipelineOptions, type ProcessSummary,
} from './pipeline.js';
export { runWorker, defaultWorkerOptions, type WorkerOptions, type WorkerSummary } from './worker.js';
export { readInputs, toNewArticle, contentHash, defaultIngestOptions, type IngestItem, type IngestOptions } from './stages/ingest/index.js';
export { clean, defaultCleanOptions, type CleanInput, type CleanOutput, type CleanOptions } from './stages/clean/index.js';
export { segment, type SegmentInput } from './stages/segment/index.js';
export { extract, defaultExtractOptions, type ExtractInput, type ExtractOptions } from './stages/extract/index.js';
export { cluster, defaultClusterOptions, type ClusterInput, type ClusterOutput, type ClusterOptions } from './stages/cluster/index.js';
export { reconcile, type ReconcileInput, type ReconcileOutput } from './stages/reconcile/index.js';
export { synthesize, type SynthesizeInput } from './stages/synthesize/index.js';
export { renderMarkdown } from './report/markdown.js';
export { renderHtml } from './report/html.js';
export { buildApp, defaultServerOptions, DEFAULT_MAX_BODY_BYTES, type ServerOptions } from './server/app.js';
