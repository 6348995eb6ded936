/**
 * Every call the web app makes goes through the typed client to a path and method of the
 * server's OpenAPI document (openapi.d.ts). The type-check already refuses any other (see
 * contract-checks.ts, which proves it still does); this reads the sources as text, so it also
 * catches a call hidden from the type-check (a cast), and any request made around the client.
 */
import { describe, expect, it } from 'vitest';
import documentText from './openapi.d.ts?raw';

const sources = import.meta.glob<string>(
  ['../**/*.{ts,tsx}', '!../**/*.test.ts', '!../**/*.d.ts', '!./contract-checks.ts'],
  { query: '?raw', import: 'default', eager: true },
);

/** "get /api/v1/users/{id}" for each operation of the generated document. */
function documentedOperations(): Set<string> {
  const operations = new Set<string>();
  let path: string | undefined;
  for (const line of documentText.split('\n')) {
    const pathMatch = /^ {4}"([^"]+)": \{$/.exec(line);
    if (pathMatch) path = pathMatch[1];
    if (/^export /.test(line) && !/^export interface paths/.test(line)) path = undefined;
    const method = /^ {8}(get|put|post|delete|patch): \{$/.exec(line);
    if (path && method) operations.add(`${method[1]} ${path}`);
  }
  return operations;
}

describe('the web app calls the API', () => {
  it('only at paths and methods of the OpenAPI document', () => {
    const documented = documentedOperations();
    expect(documented.has('get /api/v1/users/{id}')).toBe(true);
    expect(documented.has('delete /api/v1/users')).toBe(false);
    const calls = new Set<string>();
    const unknown: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(/\bapi\.(GET|POST|PUT|PATCH|DELETE)\(\s*'([^']*)'/g)) {
        const [, method = '', path = ''] = match;
        const operation = `${method.toLowerCase()} /api/v1${path}`;
        calls.add(operation);
        if (!documented.has(operation)) unknown.push(`${file}: ${operation}`);
      }
    }
    expect(unknown).toEqual([]);
    // Not vacuous: the pages' calls were found (sign-in, users, records, settings, ...).
    expect(calls.size).toBeGreaterThan(25);
  });

  it('only through the typed client (no fetch or hand-built API address elsewhere)', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    const around = Object.entries(sources)
      .filter(([file]) => file !== './client.ts')
      .filter(([, text]) => /\bfetch\(|XMLHttpRequest|['"`]\/api\/v1/.test(text))
      .map(([file]) => file);
    expect(around).toEqual([]);
  });
});
