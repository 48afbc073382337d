import { describe, expect, it } from 'vitest';
import { parseYamlSubset } from '../../deploy/yaml-subset.ts';

describe('parseYamlSubset', () => {
  it('OPS3: reads nested mappings, sequences of mappings, quoted and plain scalars, and comments', () => {
    const text = [
      '# a comment',
      'name: metmap',
      'count: 2 # trailing comment',
      'version: "16"',
      'list:',
      '  - rule: A',
      '    value: 80',
      '  - plain item',
      'same_indent:',
      '- one',
      "- 'it''s #1'",
      'nested:',
      '  flag: true',
      '  url: https://x.example/a#b',
      '  empty:',
    ].join('\n');
    expect(parseYamlSubset(text)).toEqual({
      name: 'metmap',
      count: 2,
      version: '16',
      list: [{ rule: 'A', value: 80 }, 'plain item'],
      same_indent: ['one', "it's #1"],
      nested: { flag: true, url: 'https://x.example/a#b', empty: null },
    });
  });

  it.each([
    ['a flow collection', 'a: [1, 2]'],
    ['an anchor', 'a: &x 1'],
    ['a block scalar', 'a: |\n  text'],
    ['a YAML 1.1 boolean word', 'a: yes'],
    ['a duplicate key', 'a: 1\na: 2'],
    ['a second document', 'a: 1\n---\nb: 2'],
    ['a bad indentation', 'a:\n    b: 1\n  c: 2'],
  ])('OPS3: refuses %s instead of misreading it', (_, text) => {
    expect(() => parseYamlSubset(text)).toThrow();
  });
});
