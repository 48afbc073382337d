/** A YAML value of the subset below. */
export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

type Line = { indent: number; text: string; number: number };

/**
 * Parses the block-style YAML subset our App Platform spec is written in: mappings, sequences (also of
 * mappings, `- key: value`), plain and quoted scalars, comments. Flow collections, anchors, aliases,
 * tags, block scalars and multiple documents throw, so a spec this parser cannot read fails its test
 * instead of being misread. (A full parser would be the `yaml` package; this avoids a dependency.)
 */
export function parseYamlSubset(text: string): YamlValue {
  const lines: Line[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.includes('\t')) throw new YamlSubsetError(i + 1, 'tabs are not allowed');
    const body = stripComment(raw).trimEnd();
    if (body.trim() === '') return;
    if (body.trim() === '---' || body.trim() === '...') throw new YamlSubsetError(i + 1, 'one document only');
    lines.push({ indent: body.length - body.trimStart().length, text: body.trim(), number: i + 1 });
  });
  const reader = { lines, at: 0 };
  if (lines.length === 0) return null;
  const value = parseBlock(reader, lines[0]?.indent ?? 0);
  const rest = lines[reader.at];
  if (rest) throw new YamlSubsetError(rest.number, 'unexpected indentation');
  return value;
}

export class YamlSubsetError extends Error {
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'YamlSubsetError';
  }
}

type Reader = { lines: Line[]; at: number };

const KEY = /^([A-Za-z0-9_.$/-]+):(?: (.*))?$/;

function isSequenceItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

function parseBlock(reader: Reader, indent: number): YamlValue {
  const line = reader.lines[reader.at];
  if (!line || line.indent !== indent) throw new YamlSubsetError(line?.number ?? 0, 'expected a block');
  return isSequenceItem(line.text) ? parseSequence(reader, indent) : parseMapping(reader, indent);
}

function parseMapping(reader: Reader, indent: number): { [key: string]: YamlValue } {
  const map: { [key: string]: YamlValue } = {};
  for (let line = reader.lines[reader.at]; line && line.indent === indent && !isSequenceItem(line.text); line = reader.lines[reader.at]) {
    const match = KEY.exec(line.text);
    if (!match?.[1]) throw new YamlSubsetError(line.number, `expected "key: value", got ${line.text}`);
    const key = match[1];
    if (Object.hasOwn(map, key)) throw new YamlSubsetError(line.number, `duplicate key ${key}`);
    reader.at++;
    const inline = match[2]?.trim() ?? '';
    if (inline !== '') {
      map[key] = parseScalar(inline, line.number);
      continue;
    }
    const next = reader.lines[reader.at];
    if (next && next.indent > indent) map[key] = parseBlock(reader, next.indent);
    // A sequence may sit at its key's own indentation.
    else if (next && next.indent === indent && isSequenceItem(next.text)) map[key] = parseSequence(reader, indent);
    else map[key] = null;
  }
  return map;
}

function parseSequence(reader: Reader, indent: number): YamlValue[] {
  const items: YamlValue[] = [];
  for (let line = reader.lines[reader.at]; line && line.indent === indent && isSequenceItem(line.text); line = reader.lines[reader.at]) {
    const content = line.text.slice(1).trimStart();
    if (content === '') {
      reader.at++;
      const next = reader.lines[reader.at];
      items.push(next && next.indent > indent ? parseBlock(reader, next.indent) : null);
    } else if (KEY.test(content)) {
      // `- key: value` opens a mapping whose keys line up with `key`.
      reader.lines[reader.at] = { indent: indent + (line.text.length - content.length), text: content, number: line.number };
      items.push(parseMapping(reader, indent + (line.text.length - content.length)));
    } else {
      reader.at++;
      items.push(parseScalar(content, line.number));
    }
  }
  return items;
}

function parseScalar(text: string, line: number): YamlValue {
  if (/^[[{&*!|>%@`]/.test(text)) throw new YamlSubsetError(line, `unsupported YAML syntax: ${text}`);
  if (text.startsWith('"')) {
    if (!/^"(?:[^"\\]|\\.)*"$/.test(text)) throw new YamlSubsetError(line, `unterminated string: ${text}`);
    return JSON.parse(text) as string;
  }
  if (text.startsWith("'")) {
    if (!/^'(?:[^']|'')*'$/.test(text)) throw new YamlSubsetError(line, `unterminated string: ${text}`);
    return text.slice(1, -1).replaceAll("''", "'");
  }
  if (text.includes(': ') || text.endsWith(':')) throw new YamlSubsetError(line, `quote a value holding ": ": ${text}`);
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null' || text === '~') return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^(yes|no|on|off|y|n)$/i.test(text)) throw new YamlSubsetError(line, `quote ${text}: YAML 1.1 readers take it for a boolean`);
  return text;
}

/** Drops a `#` comment that starts a line or follows a space, outside quotes. */
function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === "'" && quote === "'" && line[i + 1] === "'") i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s:-]/.test(line[i - 1] ?? '')) quote = c;
    } else if (c === '#' && (i === 0 || line[i - 1] === ' ')) {
      return line.slice(0, i);
    }
  }
  return line;
}
