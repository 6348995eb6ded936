import { describe, expect, it } from 'vitest';
import { findHiddenCharacter, hiddenCharacterProblem } from './hidden-characters.js';

describe('hidden characters', () => {
  it.each([
    ['\u202A', 'U+202A'],
    ['\u202E', 'U+202E'],
    ['\u2066', 'U+2066'],
    ['\u2069', 'U+2069'],
    ['\u200E', 'U+200E'],
    ['\u200F', 'U+200F'],
    ['\u200B', 'U+200B'],
    ['\u200C', 'U+200C'],
    ['\u200D', 'U+200D'],
    ['\u2060', 'U+2060'],
    ['\uFEFF', 'U+FEFF'],
  ])('finds %j as %s', (char, code) => {
    expect(findHiddenCharacter(`Ann${char}egap.exe`)).toBe(code);
  });

  it.each([
    'Siobhán',
    "O'Neill-Brown",
    'Zoë',
    'Łukasz',
    'محمد',
    'José María',
    'pat.p@example.co.uk',
  ])('accepts %s', (value) => {
    expect(findHiddenCharacter(value)).toBeNull();
    expect(hiddenCharacterProblem(value, 'first name')).toBeNull();
  });

  it('names the field and the character in the message', () => {
    expect(hiddenCharacterProblem('Ann\u202Eegap.exe', 'first name')).toMatch(
      /^The first name contains an invisible character \(U\+202E/,
    );
  });
});
