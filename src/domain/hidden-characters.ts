/**
 * Characters that change how text is shown without being seen: bidirectional overrides,
 * embeddings and isolates, direction marks, and zero-width characters. In a name, username or
 * email they disguise what is written (`Ann\u202Eegap.exe` shows as "Annexe.page"), so Roster
 * refuses them there.
 */
const HIDDEN = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

/** The code point (as `U+202E`) of the first hidden character in `value`, or null. */
export function findHiddenCharacter(value: string): string | null {
  const match = HIDDEN.exec(value);
  const code = match?.[0].codePointAt(0);
  return code === undefined ? null : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why `value` is refused for the field called `label` ("first name"), or null when it is fine. */
export function hiddenCharacterProblem(value: string, label: string): string | null {
  const found = findHiddenCharacter(value);
  return found === null
    ? null
    : `The ${label} contains an invisible character (${found}, a text-direction or zero-width mark) that can disguise what it says. Type it again without copying and pasting.`;
}
