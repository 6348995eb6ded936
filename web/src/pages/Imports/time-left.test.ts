import { describe, expect, test } from 'vitest';
import { addSample, describeTimeLeft, type ProgressSample, secondsLeft } from './time-left';

const feed = (points: [number, number][]) =>
  points.reduce<ProgressSample[]>((samples, [at, done]) => addSample(samples, { at, done }), []);

describe('secondsLeft', () => {
  test('is unknown with one sample, or before a second and a half has passed', () => {
    expect(secondsLeft(feed([[0, 0]]), 1000)).toBeNull();
    expect(
      secondsLeft(
        feed([
          [0, 0],
          [1000, 100],
        ]),
        1000,
      ),
    ).toBeNull();
  });

  test('is unknown while no row has been done since the first sample', () => {
    expect(
      secondsLeft(
        feed([
          [0, 50],
          [5000, 50],
        ]),
        1000,
      ),
    ).toBeNull();
  });

  test('divides the rows left by the recent pace, rounding up', () => {
    // 100 rows a second; 700 left.
    const samples = feed([
      [0, 0],
      [1000, 100],
      [2000, 200],
      [3000, 300],
    ]);
    expect(secondsLeft(samples, 1000)).toBe(7);
    // 1 row left at 100 a second: still a whole second, never 0 before the end.
    expect(
      secondsLeft(
        feed([
          [0, 0],
          [2000, 199],
        ]),
        200,
      ),
    ).toBe(1);
  });

  test('is 0 once every row is done', () => {
    expect(secondsLeft(feed([[0, 500]]), 500)).toBe(0);
  });

  test('follows the pace of the last 20 seconds, not the slow start', () => {
    // 10 rows/s for the first 60 s, then 1,000 rows/s.
    const points: [number, number][] = [];
    for (let s = 0; s <= 60; s += 1) points.push([s * 1000, s * 10]);
    for (let s = 61; s <= 90; s += 1) points.push([s * 1000, 600 + (s - 60) * 1000]);
    const samples = feed(points);
    expect(samples[0]?.at).toBeGreaterThanOrEqual(69_000);
    const done = 600 + 30 * 1000;
    expect(secondsLeft(samples, done + 10_000)).toBe(10);
  });
});

describe('addSample', () => {
  test('starts afresh when the count goes backwards (the job was re-run)', () => {
    const samples = feed([
      [0, 0],
      [1000, 500],
      [2000, 100],
    ]);
    expect(samples).toEqual([{ at: 2000, done: 100 }]);
  });

  test('keeps one sample from before the window so the pace spans all of it', () => {
    const samples = addSample(
      [
        { at: 0, done: 0 },
        { at: 10_000, done: 10 },
        { at: 25_000, done: 25 },
      ],
      { at: 31_000, done: 31 },
      20_000,
    );
    expect(samples.map((s) => s.at)).toEqual([10_000, 25_000, 31_000]);
  });

  test('ignores a repeat of the last sample', () => {
    const samples = feed([
      [0, 0],
      [1000, 10],
      [1000, 10],
    ]);
    expect(samples).toHaveLength(2);
  });
});

describe('describeTimeLeft', () => {
  test.each([
    [null, 'Working out how long is left…'],
    [0, 'Finishing…'],
    [4, 'A few seconds left'],
    [12, 'About 20 seconds left'],
    [59, 'About 60 seconds left'],
    [60, 'About a minute left'],
    [61, 'About 2 minutes left'],
    [3599, 'About 1 hour left'],
    [3600, 'About 1 hour left'],
    [5400, 'About 1 hour 30 minutes left'],
    [7260, 'About 2 hours 1 minute left'],
  ])('%s seconds reads "%s"', (seconds, text) => {
    expect(describeTimeLeft(seconds)).toBe(text);
  });
});
