/**
 * Writes `schema/report.schema.json`, the JSON Schema (draft 2020-12) of the report contract, from the zod
 * `Report` schema in `src/model/schemas.ts`. Named parts of the contract (Citation, Fact, …) become `$defs`
 * so the file reads like the TypeScript types. Run after changing the report schemas:
 *
 *   npx tsx scripts/write-schema.ts [out.json]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import * as schemas from '../src/model/schemas.js';

const DEFAULT_OUT = fileURLToPath(new URL('../schema/report.schema.json', import.meta.url));

/**
 * Parts of the contract given their own `$defs` entry, by the name they have in `schemas.ts`. `Report`
 * itself is the root and stays inline.
 */
const NAMED = [
  'IsoDate', 'Citation', 'Qualifier', 'EntityType', 'RemovalReason', 'FactStatus', 'ReportSentence', 'ReportArticle',
  'Event', 'FactValue', 'Estimate', 'Fact', 'Entity', 'Quote', 'CitedText', 'Dispute', 'TimelineEntry', 'Claim',
  'Coverage', 'StoryReport',
] as const;

export function reportJsonSchema(): Record<string, unknown> {
  const registry = z.registry<{ id?: string; description?: string }>();
  for (const name of NAMED) registry.add(schemas[name] as z.ZodType, { id: name });
  const generated = z.toJSONSchema(schemas.Report, { target: 'draft-2020-12', metadata: registry, io: 'output' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Triangulate report',
    description:
      'The JSON report Triangulate writes: stories, each with its articles and their sentences, facts, disputes, ' +
      'timeline, claims, quotes, entities, coverage and caveats. Every citation ({articleId, sentenceId}) resolves ' +
      "to a sentence listed under that article in the same story's `articles`.",
    ...rest,
  };
}

function main(argv: string[]): void {
  const out = resolve(argv[0] ?? DEFAULT_OUT);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(reportJsonSchema(), null, 2) + '\n');
  process.stdout.write(`wrote ${out}\n`);
}

main(process.argv.slice(2));
