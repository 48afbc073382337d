import { z } from 'zod';

/** One instruction of a Dockerfile, continuation lines joined, flags split from arguments. */
export type Instruction =
  | { kind: 'FROM'; image: string; stage: string | undefined }
  | { kind: 'WORKDIR'; path: string }
  | { kind: 'COPY'; from: string | undefined; chown: string | undefined; sources: string[]; dest: string }
  | { kind: 'RUN'; command: string }
  | { kind: 'ENV'; vars: Record<string, string> }
  | { kind: 'USER'; user: string }
  | { kind: 'EXPOSE'; ports: string[] }
  | { kind: 'VOLUME'; paths: string[] }
  | { kind: 'HEALTHCHECK'; options: Record<string, string>; command: string[] }
  | { kind: 'CMD'; command: string[] };

export type Stage = { name: string; image: string; steps: Instruction[] };

const execForm = z.array(z.string()).min(1);

/**
 * Parses the Dockerfile forms MetMap uses. Anything else (ARG, ADD, shell-form CMD, heredocs…)
 * throws, so the step-by-step test never silently skips an instruction it does not understand.
 */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const line of logicalLines(text)) {
    const space = line.search(/\s/);
    const keyword = (space === -1 ? line : line.slice(0, space)).toUpperCase();
    const rest = space === -1 ? '' : line.slice(space + 1).trim();
    const instruction = parseInstruction(keyword, rest);
    if (instruction.kind === 'FROM') {
      stages.push({ name: instruction.stage ?? String(stages.length), image: instruction.image, steps: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`${keyword} before FROM`);
    stage.steps.push(instruction);
  }
  return stages;
}

function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const trimmed = raw.trim();
    // Comments (and parser directives such as `# syntax=`) may sit between continuation lines.
    if (trimmed.startsWith('#')) continue;
    if (trimmed.endsWith('\\')) {
      pending += `${trimmed.slice(0, -1)} `;
      continue;
    }
    const line = (pending + trimmed).trim();
    pending = '';
    if (line !== '') lines.push(line);
  }
  if (pending.trim() !== '') throw new Error('the Dockerfile ends with a continuation line');
  return lines;
}

function parseInstruction(keyword: string, rest: string): Instruction {
  switch (keyword) {
    case 'FROM': {
      const match = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest);
      if (!match?.[1]) throw new Error(`cannot read FROM ${rest}`);
      return { kind: 'FROM', image: match[1], stage: match[2] };
    }
    case 'WORKDIR':
      return { kind: 'WORKDIR', path: rest };
    case 'COPY': {
      const { flags, args } = splitFlags(rest);
      const unknown = Object.keys(flags).filter((flag) => flag !== 'from' && flag !== 'chown');
      if (unknown.length > 0 || args.length < 2) throw new Error(`cannot read COPY ${rest}`);
      return { kind: 'COPY', from: flags.from, chown: flags.chown, sources: args.slice(0, -1), dest: args.at(-1) as string };
    }
    case 'RUN':
      if (rest.startsWith('[') || rest.startsWith('<<') || rest.startsWith('--')) throw new Error(`only plain shell-form RUN is supported: ${rest}`);
      return { kind: 'RUN', command: rest };
    case 'ENV': {
      const vars: Record<string, string> = {};
      for (const [, key, value] of rest.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)) {
        if (key !== undefined && value !== undefined) vars[key] = value.replace(/^"(.*)"$/, '$1');
      }
      if (Object.keys(vars).length === 0) throw new Error(`only ENV key=value is supported: ${rest}`);
      return { kind: 'ENV', vars };
    }
    case 'USER':
      return { kind: 'USER', user: rest };
    case 'EXPOSE':
      return { kind: 'EXPOSE', ports: rest.split(/\s+/) };
    case 'VOLUME':
      return { kind: 'VOLUME', paths: rest.startsWith('[') ? execForm.parse(JSON.parse(rest)) : rest.split(/\s+/) };
    case 'HEALTHCHECK': {
      const cmd = rest.search(/(^|\s)CMD\s/);
      if (cmd === -1) throw new Error(`HEALTHCHECK needs a CMD: ${rest}`);
      const { flags } = splitFlags(rest.slice(0, cmd));
      return { kind: 'HEALTHCHECK', options: flags, command: execForm.parse(JSON.parse(rest.slice(cmd).trim().slice(3).trim())) };
    }
    case 'CMD':
      return { kind: 'CMD', command: execForm.parse(JSON.parse(rest)) };
    default:
      throw new Error(`unsupported Dockerfile instruction ${keyword}`);
  }
}

function splitFlags(text: string): { flags: Record<string, string>; args: string[] } {
  const flags: Record<string, string> = {};
  const args: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const flag = /^--([a-z-]+)=(.*)$/.exec(word);
    if (flag?.[1] !== undefined && flag[2] !== undefined) flags[flag[1]] = flag[2];
    else args.push(word);
  }
  return { flags, args };
}
