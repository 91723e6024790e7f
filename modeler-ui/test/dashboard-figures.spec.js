import { describe, expect, test } from 'vitest';
import { heatBand, standing } from '../src/pages/dashboard/standing.js';
import { periodBounds } from '../src/pages/dashboard/period.js';
import { axisUnit } from '../src/pages/dashboard/units.js';
import { timeLeft } from '../src/pages/tasklist/timeLeft.js';
import { stepStates } from '../src/cases/caseDiagram.js';
import { formatShare } from '../src/shell/format.js';

describe('standing against the service standard', () => {
  const target = { targetDuration: 60000, targetShare: 0.9 };

  test.each([
    [{ withinShare: 0.95, p90: 50000 }, 'meets'],
    [{ withinShare: 0.9, p90: 60000 }, 'meets'],
    [{ withinShare: 0.95, p90: 70000 }, 'risk'],
    [{ withinShare: 0.86, p90: 90000 }, 'risk'],
    [{ withinShare: 0.85, p90: 90000 }, 'risk'],
    [{ withinShare: 0.84, p90: 90000 }, 'breach'],
    [{ withinShare: null, p90: null }, 'none']
  ])('%o is "%s"', (figures, expected) => {
    expect(standing({ ...target, ...figures })).toBe(expected);
  });

  test('a step without a target has no standing', () => {
    expect(standing({ withinShare: null, p90: 5000, targetDuration: null, targetShare: null })).toBe('none');
  });
});

test('the heat band is p50 as a share of the target', () => {
  expect(heatBand(20, 100)).toBe(0);
  expect(heatBand(75, 100)).toBe(1);
  expect(heatBand(100, 100)).toBe(2);
  expect(heatBand(140, 100)).toBe(3);
  expect(heatBand(500, 100)).toBe(4);
  expect(heatBand(null, 100)).toBe(-1);
  expect(heatBand(50, null)).toBe(-1);
});

describe('periods', () => {
  const now = new Date(2026, 2, 10, 15, 30);

  test('presets count back from now, without an end', () => {
    expect(periodBounds('today', {}, now)).toEqual({ from: new Date(2026, 2, 10).toISOString() });
    expect(periodBounds('7d', {}, now)).toEqual({ from: new Date(now.getTime() - 7 * 86400000).toISOString() });
    expect(periodBounds('30d', {}, now)).toEqual({ from: new Date(now.getTime() - 30 * 86400000).toISOString() });
  });

  test('custom days are whole local days, the last one included', () => {
    expect(periodBounds('custom', { from: '2026-03-01', to: '2026-03-05' }, now))
      .toEqual({ from: new Date(2026, 2, 1).toISOString(), to: new Date(2026, 2, 6).toISOString() });
    expect(periodBounds('custom', { from: '2026-03-05', to: '2026-03-01' }, now).error).toMatch(/swap them/);
    expect(periodBounds('custom', {}, now).error).toMatch(/Pick the first and the last day/);
  });
});

test('chart axes take the largest unit that keeps values readable', () => {
  expect(axisUnit(90000).name).toBe('seconds');
  expect(axisUnit(300000).name).toBe('minutes');
  expect(axisUnit(300000).of(90000)).toBe(1.5);
  expect(axisUnit(5 * 3600000).name).toBe('hours');
  expect(axisUnit(5 * 86400000).name).toBe('days');
  expect(axisUnit(0).of(null)).toBeNull();
});

test('a waiting task turns amber at 75 % of its target and red at 100 %', () => {
  expect(timeLeft(30000, 60000)).toEqual({ kind: 'good', share: 0.5, text: '30 s left of 1 min' });
  expect(timeLeft(45000, 60000).kind).toBe('warn');
  expect(timeLeft(90000, 60000)).toEqual({ kind: 'bad', share: 1.5, text: '30 s over the 1 min target' });
  expect(timeLeft(5000, null)).toEqual({ kind: 'none', share: null, text: 'No target for this step' });
});

test('a case\'s steps are done, active or (absent) not reached, with their time and lateness', () => {
  const now = Date.parse('2026-03-01T10:10:00Z');
  const states = stepStates([
    { stepId: 'A', start: '2026-03-01T10:00:00Z', end: '2026-03-01T10:01:00Z', duration: 60000, within: true, target: 120000 },
    { stepId: 'B', start: '2026-03-01T10:01:00Z', end: '2026-03-01T10:05:00Z', duration: 240000, within: false, target: 120000 },
    { stepId: 'B', start: '2026-03-01T10:05:00Z', end: null, duration: null, within: null, overdue: true, target: 120000 }
  ], now);

  expect(states.get('A')).toEqual({ state: 'done', count: 1, time: 60000, late: false, target: 120000 });
  expect(states.get('B')).toEqual({ state: 'active', count: 2, time: 240000 + 300000, late: true, target: 120000 });
  expect(states.has('C')).toBe(false);
});

test('shares are whole percentages, a tiny one not shown as nothing', () => {
  expect(formatShare(0.873)).toBe('87 %');
  expect(formatShare(1)).toBe('100 %');
  expect(formatShare(0)).toBe('0 %');
  expect(formatShare(0.003)).toBe('< 1 %');
  expect(formatShare(null)).toBe('—');
});
