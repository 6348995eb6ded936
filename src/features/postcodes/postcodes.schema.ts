import { z } from 'zod';

export const ZPostcodeParams = z.object({
  postcode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9 ]{2,8}$/, 'Enter a postcode, or its first part, like LS1 4AP or LS1.')
    .describe('A full UK postcode, or its first part (outward code) for several places'),
});

export const ZPostcodeLocation = z.object({
  label: z.string().describe('"LS1 4AP — Little London & Woodhouse, Leeds", for Select location'),
  postcode: z.string(),
  town: z.string().nullable(),
  county: z.string().nullable(),
  country: z.string(),
});

export const ZPostcodeLookupStatus = z.object({
  enabled: z
    .boolean()
    .describe('Whether a lookup service is configured; when false, addresses are typed by hand'),
  provider: z.string().nullable().describe('The service asked, such as postcodes.io'),
});
