import { schemaRows, type JsonSchema, type SchemaRow } from './schema-table.js';

// The generated schema, if the summit-timeline package has been built. A glob rather than an
// import keeps Storybook building (with a note on the page) before that.
const found = import.meta.glob<JsonSchema>('../../../../packages/summit-timeline/schema.json', {
  eager: true,
  import: 'default',
});

/** The data format's JSON Schema, or undefined before the package is built. */
export const timelineSchema: JsonSchema | undefined = Object.values(found)[0];

/** The rows of the data format table (empty before the package is built). */
export const timelineSchemaRows: SchemaRow[] = timelineSchema ? schemaRows(timelineSchema) : [];
