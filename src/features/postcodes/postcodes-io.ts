/**
 * The UK implementation of the postcode lookup over postcodes.io (https://postcodes.io, free,
 * open data from the Office for National Statistics and Ordnance Survey). Its base address
 * comes from ROSTER_POSTCODE_LOOKUP_URL, so a mirror or the tests' stand-in can take its place.
 * A full postcode is looked up at /postcodes/{postcode}; part of one (an outward code such as
 * "LS1") at /postcodes?q=, which answers up to ten postcodes to choose from.
 */
import { UNITED_KINGDOM } from '../../domain/personal-details.js';
import { isValidUkPostcode, normalisePostcode } from '../../domain/uk-postcode.js';
import {
  type PostcodeLocation,
  type PostcodeLookup,
  PostcodeLookupUnavailable,
} from './postcode-lookup.js';

/** The fields of a postcodes.io result this lookup reads. */
interface PostcodesIoResult {
  postcode?: unknown;
  admin_district?: unknown;
  admin_county?: unknown;
  admin_ward?: unknown;
  region?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

function toLocation(result: PostcodesIoResult): PostcodeLocation | null {
  const postcode = text(result.postcode);
  if (postcode === null) return null;
  const town = text(result.admin_district);
  const county = text(result.admin_county) ?? text(result.region);
  const place = [text(result.admin_ward), town].filter((part) => part !== null).join(', ');
  return {
    label: place ? `${normalisePostcode(postcode)} — ${place}` : normalisePostcode(postcode),
    postcode: normalisePostcode(postcode),
    town,
    county,
    country: UNITED_KINGDOM,
  };
}

export function postcodesIo(baseUrl: string, options: { timeoutMs?: number } = {}): PostcodeLookup {
  const base = baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 3000;

  async function get(path: string): Promise<{ status: number; body: unknown }> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      throw new PostcodeLookupUnavailable(error instanceof Error ? error.message : String(error));
    }
    if (response.status !== 200 && response.status !== 404)
      throw new PostcodeLookupUnavailable(`status ${response.status}`);
    try {
      return { status: response.status, body: await response.json() };
    } catch {
      throw new PostcodeLookupUnavailable('the answer was not JSON');
    }
  }

  const resultOf = (body: unknown) =>
    typeof body === 'object' && body !== null ? (body as { result?: unknown }).result : undefined;

  return {
    async find(postcode) {
      const wanted = normalisePostcode(postcode);
      if (isValidUkPostcode(wanted)) {
        const one = await get(`/postcodes/${encodeURIComponent(wanted)}`);
        if (one.status === 404) return [];
        const location = toLocation((resultOf(one.body) ?? {}) as PostcodesIoResult);
        return location ? [location] : [];
      }
      const many = await get(`/postcodes?q=${encodeURIComponent(wanted)}&limit=10`);
      const results = resultOf(many.body);
      if (many.status === 404 || !Array.isArray(results)) return [];
      return results
        .map((result: PostcodesIoResult) => toLocation(result))
        .filter((location): location is PostcodeLocation => location !== null);
    },
  };
}
