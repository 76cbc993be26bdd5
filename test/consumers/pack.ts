import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root. */
export const root = resolve(import.meta.dirname, '..', '..');

/** What `npm pack --json` says about a tarball. */
export interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number; mode: number }[];
}

/** Packs the package as `npm publish` would (from the current dist/) into `into`, and says what is in it. */
export function pack(into: string): Packed & { tarball: string } {
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', into], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [packed] = JSON.parse(output) as Packed[];
  if (packed === undefined) throw new Error('npm pack listed no tarball');
  return { ...packed, tarball: join(into, packed.filename) };
}

/**
 * A consumer project (test/consumers/project) with the packed tarball unpacked as
 * node_modules/funnel-math, as `npm install funnel-math-<version>.tgz` lays it out; its two
 * dependencies (and @types/node) are linked from this repository's install, so nothing is downloaded.
 */
export function consumer(): { dir: string; packed: Packed & { tarball: string } } {
  const dir = mkdtempSync(join(tmpdir(), 'funnel-math-consumer-'));
  const packed = pack(dir);
  cpSync(join(root, 'test', 'consumers', 'project'), dir, { recursive: true });
  const target = join(dir, 'node_modules', 'funnel-math');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', packed.tarball, '-C', target, '--strip-components=1']);
  // and, as a Node app in TypeScript has, Node's types
  mkdirSync(join(dir, 'node_modules', '@types'));
  for (const dependency of ['decimal.js', 'zod', '@types/node']) symlinkSync(join(root, 'node_modules', dependency), join(dir, 'node_modules', dependency), 'dir');
  return { dir, packed };
}

/**
 * The Node versions the package is tested on: the Node running the tests (20 in CI's first job) and
 * Node 22 and 24, installed from npm as development dependencies (`node22`, `node24`).
 */
export const NODES: { major: number; bin: string }[] = [
  { major: Number(process.versions.node.split('.')[0]), bin: process.execPath },
  { major: 22, bin: join(root, 'node_modules', 'node22', 'bin', 'node') },
  { major: 24, bin: join(root, 'node_modules', 'node24', 'bin', 'node') },
].filter((node, i, all) => all.findIndex((other) => other.major === node.major) === i);

/** Every file under a folder, relative to it, with `/` separators. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).split('\\').join('/'));
}
