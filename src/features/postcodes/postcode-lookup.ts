/**
 * Address lookup by postcode ("Lookup", then "Select location" when several places match),
 * behind one small interface so the public service can be swapped. Forms never depend on it:
 * when no service is configured or it does not answer, the address is typed by hand.
 */

/** One place a postcode names: what the lookup fills in on an address form. */
export interface PostcodeLocation {
  /** "LS1 4AP — Little London & Woodhouse, Leeds", as the Select location list shows it. */
  label: string;
  postcode: string;
  town: string | null;
  county: string | null;
  country: string;
}

/** The service did not answer in time, or answered something other than a lookup. */
export class PostcodeLookupUnavailable extends Error {
  constructor(reason: string) {
    super(`The postcode lookup service is unavailable: ${reason}`);
    this.name = 'PostcodeLookupUnavailable';
  }
}

export interface PostcodeLookup {
  /**
   * The places matching `postcode` (one for a full postcode, several for part of one); an
   * empty list when the service knows none. Throws PostcodeLookupUnavailable otherwise.
   */
  find(postcode: string): Promise<PostcodeLocation[]>;
}
