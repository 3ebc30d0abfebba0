import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { manifestJsonSchema } from '../../src/core/manifest/schema.js';

// The editor schema is generated from the validator's own definition; `npm run schema` rewrites it.
const file = new URL('../../schema/models.schema.json', import.meta.url);

describe('schema/models.schema.json', () => {
  it('matches the schema the validator uses', async () => {
    const generated = `${JSON.stringify(await manifestJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('describes entries with required model and closed field lists', async () => {
    const schema = (await manifestJsonSchema()) as any;
    const entry = schema.properties.models.additionalProperties;
    expect(entry.required).toEqual(['model']);
    expect(entry.additionalProperties).toBe(false);
    expect(Object.keys(entry.properties)).toEqual(expect.arrayContaining(['model', 'instance', 'scaling', 'schedule', 'ttl', 'api_key']));
    expect(schema.properties.models.propertyNames.pattern).toBe('^[a-z](?:[a-z0-9]|-(?=[a-z0-9]))*$');
  });
});
