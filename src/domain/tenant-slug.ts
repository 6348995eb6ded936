/** A tenant's slug: typed at sign-in and part of URLs. No zod, no I/O (server and web alike). */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MIN = 2;
export const SLUG_MAX = 40;
export const SLUG_MESSAGE =
  'Use lowercase letters, digits and single hyphens between them (for example acme-training).';
export const SLUG_LENGTH_MESSAGE = `Use ${SLUG_MIN} to ${SLUG_MAX} characters.`;
export const slugTakenMessage = (slug: string) =>
  `The slug '${slug}' is already used by another tenant. Choose another.`;
