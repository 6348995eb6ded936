import { describe, expect, it } from 'vitest';
import {
  type CustomFieldDefinition,
  checkCustomValue,
  customFieldKey,
  referenceExample,
  referenceTemplateProblems,
} from './programme-config.js';

const field = (kind: CustomFieldDefinition['kind'], options: string[] = []) => ({
  key: 'f',
  label: 'Field',
  kind,
  options,
  mandatory: false,
});

describe('reference templates', () => {
  it('takes letters, digits and - _ / . in a prefix of at most 20, and 1 to 12 digits', () => {
    expect(referenceTemplateProblems('APPR-', 4)).toEqual({});
    expect(referenceTemplateProblems('', 1)).toEqual({});
    expect(referenceTemplateProblems('A/B_C.d-9', 12)).toEqual({});
    expect(referenceTemplateProblems('AP PR', 4).prefix).toMatch(/no spaces/);
    expect(referenceTemplateProblems('A'.repeat(21), 4).prefix).toMatch(/at most 20/);
    for (const digits of [0, 13, 2.5])
      expect(referenceTemplateProblems('A', digits).digits).toMatch(/1 to 12/);
  });
  it('shows the first number a template gives', () => {
    expect(referenceExample('APPR-', 4)).toBe('APPR-0001');
  });
});

describe('custom field values', () => {
  it('keeps text, refusing more than 1000 characters', () => {
    expect(checkCustomValue(field('text'), 'Hi')).toEqual({ value: 'Hi' });
    expect(checkCustomValue(field('text'), 'x'.repeat(1001))).toHaveProperty('problem');
  });
  it('reads dates as ISO or dd/mm/yyyy, and refuses dates that do not exist', () => {
    expect(checkCustomValue(field('date'), '2026-09-01')).toEqual({ value: '2026-09-01' });
    expect(checkCustomValue(field('date'), '1/9/2026')).toEqual({ value: '2026-09-01' });
    expect(checkCustomValue(field('date'), '2026-02-30')).toEqual({
      problem: 'Field must be a real date.',
    });
    expect(checkCustomValue(field('date'), 'soon')).toHaveProperty('problem');
  });
  it('takes a choice among the options without regard to case, as the option is written', () => {
    const shift = field('choice', ['Early', 'Late']);
    expect(checkCustomValue(shift, 'LATE')).toEqual({ value: 'Late' });
    expect(checkCustomValue(shift, 'Night')).toEqual({ problem: 'Choose one of: Early, Late.' });
  });
});

describe('custom field keys', () => {
  it('come from the label, plain and unique', () => {
    expect(customFieldKey('Shoe size', new Set())).toBe('shoe-size');
    expect(customFieldKey('Café No.', new Set())).toBe('cafe-no');
    expect(customFieldKey('Shoe size', new Set(['shoe-size', 'shoe-size-2']))).toBe('shoe-size-3');
    expect(customFieldKey('???', new Set())).toBe('field');
  });
});
