/**
 * Every call the web app makes goes through the typed client to a path and method the server's
 * OpenAPI document has (web/src/api/openapi.d.ts). The type-check already refuses others (see
 * web/src/api/contract-checks.ts); this reads the source as text, so it also catches a call
 * hidden from the type-check, and any request made around the client.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = 'web/src';
const PREFIX = '/api/v1';

/** "get /users/{id}" for each operation of the generated document. */
function documentedOperations(): Set<string> {
  const operations = new Set<string>();
  let path: string | undefined;
  for (const line of readFileSync(join(WEB, 'api/openapi.d.ts'), 'utf8').split('\n')) {
    const pathMatch = /^ {4}"([^"]+)": \{$/.exec(line);
    if (pathMatch) path = pathMatch[1];
    if (/^export interface (webhooks|components)/.test(line)) path = undefined;
    const method = /^ {8}(get|put|post|delete|patch): \{$/.exec(line);
    if (path && method) operations.add(`${method[1]} ${path}`);
  }
  return operations;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const source = /\.tsx?$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name);
    return source ? [path] : [];
  });
}

// contract-checks.ts holds calls that must stay type errors, on purpose.
const files = sourceFiles(WEB).filter((file) => !file.endsWith('api/contract-checks.ts'));

describe('the web app calls the API', () => {
  it('only at paths and methods of the OpenAPI document', () => {
    const documented = documentedOperations();
    expect(documented.has('get /api/v1/users/{id}')).toBe(true);
    const calls: string[] = [];
    const unknown: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bapi\.(GET|POST|PUT|PATCH|DELETE)\(\s*'([^']*)'/g)) {
        const [, method = '', path = ''] = match;
        const operation = `${method.toLowerCase()} ${PREFIX}${path}`;
        calls.push(operation);
        if (!documented.has(operation)) unknown.push(`${relative('.', file)}: ${operation}`);
      }
    }
    expect(unknown).toEqual([]);
    // Not vacuous: the pages' calls were found (sign-in, users, records, settings, ...).
    expect(new Set(calls).size).toBeGreaterThan(25);
  });

  it('only through the typed client (no fetch or hand-built API address elsewhere)', () => {
    const around = files.filter((file) => {
      if (file.endsWith('api/client.ts')) return false;
      const text = readFileSync(file, 'utf8');
      return /\bfetch\(|XMLHttpRequest|['"`]\/api\/v1/.test(text);
    });
    expect(around).toEqual([]);
  });
});
