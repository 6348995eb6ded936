import { describe, expect, it } from 'vitest';
import { readConfig, readDuration, readListen, readServiceUrl } from './config.js';

describe('ROSTER_EXPIRY_EVERY', () => {
  it('reads seconds, minutes, hours and days, and is an hour when unset', () => {
    expect(readDuration('5s', 'X')).toBe(5000);
    expect(readDuration('30m', 'X')).toBe(1_800_000);
    expect(readDuration(' 2H ', 'X')).toBe(7_200_000);
    expect(readDuration('1d', 'X')).toBe(86_400_000);
    expect(readDuration(undefined, 'X')).toBe(3_600_000);
    expect(readConfig({ ROSTER_EXPIRY_EVERY: '5s' }).expiryEveryMs).toBe(5000);
  });

  it('refuses anything else, naming the variable', () => {
    for (const bad of ['0s', '5', 'soon', '-1h', '1w'])
      expect(() => readDuration(bad, 'ROSTER_EXPIRY_EVERY')).toThrow(/ROSTER_EXPIRY_EVERY/);
  });
});

describe('ROSTER_BOUNCES_LISTEN and ROSTER_BOUNCE_ADDRESS', () => {
  it('reads a port (loopback) or host:port, and no listener when unset', () => {
    expect(readListen('2525', 'X')).toEqual({ host: '127.0.0.1', port: 2525 });
    expect(readListen('0.0.0.0:25', 'X')).toEqual({ host: '0.0.0.0', port: 25 });
    expect(readListen(undefined, 'X')).toBeUndefined();
    const config = readConfig({ ROSTER_BOUNCE_ADDRESS: ' bounces@mail.example ' });
    expect(config.bounceAddress).toBe('bounces@mail.example');
    expect(config.bouncesListen).toBeUndefined();
  });
  it('refuses anything else, naming the variable', () => {
    for (const bad of ['0', '70000', 'mail.example', 'host:', ':x'])
      expect(() => readListen(bad, 'ROSTER_BOUNCES_LISTEN')).toThrow(/ROSTER_BOUNCES_LISTEN/);
  });
});

describe('ROSTER_POSTCODE_LOOKUP_URL', () => {
  it('is the base address without a trailing slash, and no lookup when unset', () => {
    expect(
      readConfig({ ROSTER_POSTCODE_LOOKUP_URL: 'https://api.postcodes.io/' }).postcodeLookupUrl,
    ).toBe('https://api.postcodes.io');
    expect(readConfig({}).postcodeLookupUrl).toBeUndefined();
    expect(readConfig({ ROSTER_POSTCODE_LOOKUP_URL: '  ' }).postcodeLookupUrl).toBeUndefined();
  });

  it('refuses an address that is not http or https, naming the variable', () => {
    for (const bad of ['postcodes.io', 'ftp://postcodes.io', 'http://'])
      expect(() => readServiceUrl(bad, 'ROSTER_POSTCODE_LOOKUP_URL')).toThrow(
        /ROSTER_POSTCODE_LOOKUP_URL/,
      );
  });
});
