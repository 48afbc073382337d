import { describe, expect, it } from 'vitest';
import { barsLabel, sectionTypeName, suggestedSectionName } from './section-names.ts';

describe('section names', () => {
  it('EDIT3: a new section is named after its type, numbered past the names in use', () => {
    expect(suggestedSectionName('verse', [])).toBe('Verse');
    expect(suggestedSectionName('verse', ['Intro', 'verse'])).toBe('Verse 2');
    expect(suggestedSectionName('verse', ['Verse', 'Verse 2', 'Verse 4'])).toBe('Verse 3');
    expect(suggestedSectionName('custom', ['Section'])).toBe('Section 2');
    expect(sectionTypeName('pre-chorus')).toBe('Pre-chorus');
    expect(barsLabel(1)).toBe('1 bar');
    expect(barsLabel(12)).toBe('12 bars');
  });
});
