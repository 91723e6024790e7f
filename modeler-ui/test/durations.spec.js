import { describe, expect, test } from 'vitest';
import { DurationError, formatDuration, formatMillis, isoToSeconds, parseDuration } from '../src/features/duration/index.js';

describe('parseDuration', () => {
  test.each([
    ['90 s', 'PT1M30S'],
    ['2 min', 'PT2M'],
    ['5 min', 'PT5M'],
    ['1 d', 'P1D'],
    ['1 h 30 min', 'PT1H30M'],
    ['1h30min', 'PT1H30M'],
    ['1.5 h', 'PT1H30M'],
    ['0,5 min', 'PT30S'],
    ['2 days', 'P2D'],
    ['36 hours', 'P1DT12H'],
    ['6 seconds', 'PT6S'],
    ['  45 S  ', 'PT45S'],
    ['PT90S', 'PT1M30S'],
    ['p1d', 'P1D']
  ])('reads "%s" as %s', (text, iso) => {
    expect(parseDuration(text)).toBe(iso);
  });

  test.each([
    ['90', /Add a unit after 90/],
    ['1 h 30', /Add a unit after 30/],
    ['2 weeks', /"weeks" is not a unit/],
    ['soon', /not a duration/],
    ['-5 min', /not a duration/],
    ['0 s', /longer than zero/],
    ['0.5 s', /whole seconds/],
    ['P1M', /years or months/],
    ['', /Enter a duration/]
  ])('refuses "%s" with a message that says what to write', (text, message) => {
    expect(() => parseDuration(text)).toThrow(DurationError);
    expect(() => parseDuration(text)).toThrow(message);
  });
});

describe('formatDuration', () => {
  test.each([
    ['PT1M30S', '1 min 30 s'],
    ['PT90S', '1 min 30 s'],
    ['PT2M', '2 min'],
    ['P1D', '1 d'],
    ['PT1H30M', '1 h 30 min'],
    ['P1DT12H', '1 d 12 h'],
    ['P1W', '7 d'],
    ['PT8H', '8 h']
  ])('shows %s as "%s"', (iso, text) => {
    expect(formatDuration(iso)).toBe(text);
  });

  test('shows nothing for no target and the raw text for text that is no duration', () => {
    expect(formatDuration(undefined)).toBe('');
    expect(formatDuration('P1M')).toBe('P1M');
    expect(formatDuration('later')).toBe('later');
  });

  test('round-trips what it shows', () => {
    for (const iso of ['PT6S', 'PT30S', 'PT2M', 'PT1H30M', 'PT8H', 'P2D', 'P30D', 'P1DT12H', 'P1DT2H3M4S']) {
      expect(parseDuration(formatDuration(iso))).toBe(iso);
    }
  });
});

test('isoToSeconds counts days as 24 hours', () => {
  expect(isoToSeconds('P1DT1H1M1S')).toBe(86400 + 3600 + 60 + 1);
});

describe('formatMillis', () => {
  test.each([
    [150000, '2 min 30 s'],
    [100800000, '1 d 4 h'],
    [45000, '45 s'],
    [3600000, '1 h'],
    [3660000, '1 h 1 min'],
    [86400000 + 59000, '1 d'],
    [400, '0.4 s'],
    [28, '0.1 s'],
    [0, '0 s'],
    [-90000, '−1 min 30 s']
  ])('shows %d ms as "%s"', (ms, text) => {
    expect(formatMillis(ms)).toBe(text);
  });

  test('shows a dash for nothing measured', () => {
    expect(formatMillis(null)).toBe('—');
    expect(formatMillis(undefined)).toBe('—');
  });
});
