import { describe, expect, it } from 'vitest';
import { libraryDocName, parseDocName, practiceDocName } from './doc-names.ts';
import { LIBRARY_ERROR } from './errors.ts';

const USER = '0b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('document names', () => {
  it('DOC1: library and practice documents are named per user', () => {
    expect(libraryDocName(USER)).toBe(`library:${USER}`);
    expect(practiceDocName(USER)).toBe(`practice:${USER}`);
    expect(() => libraryDocName('not-a-uuid')).toThrow(expect.objectContaining({ code: LIBRARY_ERROR.invalidInput }));
  });

  it('DOC1: parseDocName accepts exactly the canonical names', () => {
    expect(parseDocName(`library:${USER}`)).toEqual({ kind: 'library', userId: USER });
    expect(parseDocName(`practice:${USER}`)).toEqual({ kind: 'practice', userId: USER });
  });

  it.each([
    [`library:${USER.toUpperCase()}`],
    [`Library:${USER}`],
    [` library:${USER}`],
    [`library:${USER} `],
    [`library:${USER}\n`],
    [`library:${USER}x`],
    [`library:${USER}:x`],
    [`library::${USER}`],
    [`library:{${USER}}`],
    [`songs:${USER}`],
    [`library:`],
    [`library:00000000-0000-0000-0000-000000000000`],
    [`library:${USER.replaceAll('-', '')}`],
    [`library:${USER.slice(0, 35)}g`],
    [''],
  ])('DOC1: parseDocName refuses %j', (name) => {
    expect(parseDocName(name)).toBeNull();
  });

  it('DOC1: parseDocName refuses non-strings', () => {
    for (const value of [undefined, null, 42, {}, [`library:${USER}`]]) expect(parseDocName(value)).toBeNull();
  });
});
