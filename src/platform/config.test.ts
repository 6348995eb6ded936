import { describe, expect, it } from 'vitest';
import { readConfig, readDuration } from './config.js';

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
