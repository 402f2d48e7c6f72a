import { describe, expect, test } from '@jest/globals';
import { validateLogLine } from '../../src/modes/validate.js';

describe("the action's validate log line", () => {
  test('counts in the singular when one, as the CLI prints them', () => {
    expect(validateLogLine({ applications: 6, charts: 6, errors: 2, warnings: 1, notices: 1 })).toBe('6 applications, 6 charts: 2 errors, 1 warning, 1 notice.');
    expect(validateLogLine({ applications: 0, charts: 1, errors: 1, warnings: 1, notices: 0 })).toBe('0 applications, 1 chart: 1 error, 1 warning, 0 notices.');
  });
});
