import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.ts';

describe('formatBytes', () => {
  it('LF9: shows storage use in the units browsers report quota in', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(1_234)).toBe('1.2 KB');
    expect(formatBytes(7_730_000)).toBe('7.7 MB');
    expect(formatBytes(120_000_000_000)).toBe('120 GB');
    expect(formatBytes(5e16)).toBe('50000 TB');
    expect(formatBytes(Number.NaN)).toBe('unknown');
  });
});
