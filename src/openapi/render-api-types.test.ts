import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, renderApiTypes } from './render-api-types.js';

describe('web API types', () => {
  it('match the server: run `npm run api:types` after changing an endpoint', async () => {
    expect(readFileSync(API_TYPES_FILE, 'utf8') === (await renderApiTypes())).toBe(true);
  });
});
