import { describe, expect, it } from 'vitest';
import { SECTION_FIELDS } from './section-field-parsers.ts';

describe('section fields from text (shared schemas)', () => {
  it('EDIT1: bars are whole numbers from 1 to 999', () => {
    expect(SECTION_FIELDS.bars('8')).toEqual({ ok: true, value: 8 });
    expect(SECTION_FIELDS.bars('999')).toEqual({ ok: true, value: 999 });
    for (const bad of ['0', '1000', '2.5', '', 'eight']) expect(SECTION_FIELDS.bars(bad).ok, bad).toBe(false);
  });

  it("EDIT1: local tempo and meter are optional; empty falls back to the song's", () => {
    expect(SECTION_FIELDS.bpm('')).toEqual({ ok: true, value: null });
    expect(SECTION_FIELDS.bpm('72')).toEqual({ ok: true, value: 72 });
    expect(SECTION_FIELDS.bpm('500').ok).toBe(false);
    expect(SECTION_FIELDS.timeSignature(' ')).toEqual({ ok: true, value: null });
    expect(SECTION_FIELDS.timeSignature('6 / 8')).toEqual({ ok: true, value: '6/8' });
    expect(SECTION_FIELDS.timeSignature('6/7').ok).toBe(false);
  });

  it('EDIT1: a section needs a name', () => {
    expect(SECTION_FIELDS.name(' Bridge ')).toEqual({ ok: true, value: 'Bridge' });
    expect(SECTION_FIELDS.name('  ')).toMatchObject({ ok: false, message: expect.stringContaining('name') });
  });
});
