#!/usr/bin/env node
// Generates schema.json (JSON Schema, draft-07) from the valibot schema that parseTimeline uses
// (dist/data/schema.js, so run it after tsc): one definition, two forms. What JSON Schema cannot
// express (real calendar dates, end not before start, unique ids) is checked by parseTimeline only
// and said so in the descriptions.
// Usage (from the package folder): node scripts/build-schema.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { TimelineSchema, TextSchema, PlaceSchema, SourceSchema, EventSchema, ArticleSchema } =
  await import(join(pkg, 'dist/data/schema.js'));

// Actions with no JSON Schema counterpart; everything else must convert (errorMode: 'throw').
const VALIBOT_ONLY = new Set(['check', 'raw_check', 'partial_check']);

const schema = toJsonSchema(TimelineSchema, {
  target: 'draft-07',
  definitions: { Text: TextSchema, Place: PlaceSchema, Source: SourceSchema, Event: EventSchema },
  errorMode: 'throw',
  // The NewsArticle schema is a custom check (an object that is not an array).
  overrideSchema: ({ valibotSchema }) =>
    valibotSchema === ArticleSchema ? { type: 'object' } : undefined,
  overrideAction: ({ valibotAction, jsonSchema }) =>
    VALIBOT_ONLY.has(valibotAction.type) ? jsonSchema : undefined,
});

const out = {
  $schema: schema.$schema,
  title: 'Tianshan summit-timeline data, version 1',
  description:
    'The data format of <summit-timeline> (@tianshan/summit-timeline), generated from the valibot schema its parseTimeline() validates with. Unknown fields are ignored. parseTimeline() also checks what JSON Schema cannot: dates are real calendar dates, an event does not end before it starts, and event ids are unique.',
  ...schema,
};
delete out.$schema;
writeFileSync(
  join(pkg, 'schema.json'),
  JSON.stringify({ $schema: schema.$schema, ...out }, null, 2) + '\n',
);
