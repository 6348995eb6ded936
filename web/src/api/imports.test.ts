import { describe, expect, test } from 'vitest';
import { importErrorText, importForm, isWorking, resultsHref } from './imports';

describe('the upload request', () => {
  test('sends the fields the API names, as strings, before the file', () => {
    const file = new File(['First name\r\n'], 'cohort.csv', { type: 'text/csv' });
    const form = importForm({ file, defaultGroupId: 7, sendInvitations: true, mode: 'upsert' });
    const entries: [string, FormDataEntryValue][] = [];
    form.forEach((value, key) => {
      entries.push([key, value]);
    });
    expect(entries.map(([key]) => key)).toEqual([
      'defaultGroupId',
      'sendInvitations',
      'mode',
      'file',
    ]);
    expect(form.get('defaultGroupId')).toBe('7');
    expect(form.get('sendInvitations')).toBe('true');
    expect(form.get('mode')).toBe('upsert');
    const sent = form.get('file');
    expect(sent instanceof File && sent.name).toBe('cohort.csv');
  });

  test('leaves the default group out when none is chosen, and says false when unticked', () => {
    const file = new File([''], 'a.csv');
    const form = importForm({ file, sendInvitations: false, mode: 'create' });
    expect(form.has('defaultGroupId')).toBe(false);
    expect(form.get('sendInvitations')).toBe('false');
  });
});

describe('reading an import', () => {
  test('the page polls only while the server is reading or writing', () => {
    expect(isWorking('uploaded')).toBe(true);
    expect(isWorking('previewing')).toBe(true);
    expect(isWorking('committing')).toBe(true);
    expect(isWorking('previewed')).toBe(false);
    expect(isWorking('committed')).toBe(false);
    expect(isWorking('failed')).toBe(false);
    expect(isWorking(undefined)).toBe(false);
  });

  test('a failure reads as a sentence however the server wrote it', () => {
    expect(importErrorText(null)).toBeNull();
    expect(importErrorText('The file is empty.')).toBe('The file is empty.');
    expect(importErrorText({ code: 'import_failed', message: 'It stopped.' })).toBe('It stopped.');
  });

  test('the results file address escapes the id', () => {
    expect(resultsHref(12)).toBe('/api/v1/imports/12/results.csv');
    expect(resultsHref('a/b')).toBe('/api/v1/imports/a%2Fb/results.csv');
  });
});
