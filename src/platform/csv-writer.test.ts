import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')
        ? [join(dir, entry.name)]
        : [],
  );

describe('CSV writer', () => {
  it('is the only code that writes CSV, so every export quotes and neutralises', () => {
    const writers = sourceFiles('src').filter((file) =>
      /from ['"]csv-stringify/.test(readFileSync(file, 'utf8')),
    );
    expect(writers).toEqual([join('src', 'platform', 'csv-writer.ts')]);
  });
});
