/**
 * Looks a postcode up for an address form: the places it names, a 404 when the service knows
 * none, and a 503 when no service is configured or it did not answer (the form then leaves the
 * address to be typed).
 */
import { AppError } from '../../platform/errors.js';
import { type PostcodeLookup, PostcodeLookupUnavailable } from './postcode-lookup.js';

export const lookupUnavailable = () =>
  new AppError(
    'postcode_lookup_unavailable',
    'Address lookup is not available just now: enter the address yourself.',
    503,
  );

/** Answers the matching places, at least one; throws 404 or 503 as above. */
export async function findPostcode(lookup: PostcodeLookup | null, postcode: string) {
  if (!lookup) throw lookupUnavailable();
  try {
    const items = await lookup.find(postcode);
    if (items.length === 0)
      throw new AppError('not_found', `No address was found for ${postcode.toUpperCase()}.`, 404);
    return { items };
  } catch (error) {
    if (error instanceof PostcodeLookupUnavailable) throw lookupUnavailable();
    throw error;
  }
}
