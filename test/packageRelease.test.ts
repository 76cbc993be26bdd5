import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODES, root } from './consumers/pack.js';

/**
 * Ready to publish: the version is one version everywhere, the pending changesets make the next
 * one and its changelog section as docs/release.md says, and the workflows run what the README
 * and the release procedure promise, on the Node versions `engines` names.
 */
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const manifest = JSON.parse(read('package.json')) as { version: string; engines: { node: string }; scripts: Record<string, string> };

/** A workflow's jobs, each as its lines of YAML (two-space indented under `jobs:`). */
function jobs(name: string): Record<string, string> {
  const text = read(`.github/workflows/${name}`);
  const body = text.slice(text.indexOf('\njobs:\n') + 7);
  return Object.fromEntries(body.split(/^(?=  [\w-]+:$)/m).filter((b) => b.trim()).map((b) => [b.trim().split(':')[0]!, b]));
}
/** The commands of a job's `- run:` steps, in order. */
const runs = (job: string): string[] => [...job.matchAll(/^\s+- run: (.+)$/gm)].map((m) => m[1]!.trim());

/** `x.y.z` against a range of `^x.y.z` and `>=x.y.z` alternatives (the forms `engines` uses). */
function satisfies(version: string, range: string): boolean {
  const parts = (v: string): number[] => v.replace(/^v/, '').split('.').map(Number);
  const atLeast = (a: number[], b: number[]): boolean => a[0]! !== b[0]! ? a[0]! > b[0]! : a[1]! !== b[1]! ? a[1]! > b[1]! : a[2]! >= b[2]!;
  const v = parts(version);
  return range.split('||').map((r) => r.trim()).some((alternative) => {
    const caret = /^\^(\d+\.\d+\.\d+)$/.exec(alternative);
    if (caret) return v[0] === parts(caret[1]!)[0] && atLeast(v, parts(caret[1]!));
    const from = /^>=(\d+\.\d+\.\d+)$/.exec(alternative);
    if (from) return atLeast(v, parts(from[1]!));
    throw new Error(`engines: a form this check does not read: ${alternative}`);
  });
}

describe('versions', () => {
  it('package.json, jsr.json and deno.json carry the same version', () => {
    for (const file of ['jsr.json', 'deno.json']) expect((JSON.parse(read(file)) as { version: string }).version, file).toBe(manifest.version);
  });

  it('engines accepts exactly the Node lines CI tests, and every Node the tests run on', () => {
    expect(jobs('ci.yml')['node']).toMatch(/^\s+node: \[20, 22, 24\]$/m);
    for (const version of ['20.19.0', '22.12.0', '24.0.0', '26.1.0']) expect(satisfies(version, manifest.engines.node), version).toBe(true);
    for (const version of ['18.20.8', '20.18.3', '21.7.3', '22.11.0', '23.11.1']) expect(satisfies(version, manifest.engines.node), version).toBe(false);
    for (const node of NODES) expect(satisfies(execFileSync(node.bin, ['--version'], { encoding: 'utf8' }).trim(), manifest.engines.node), node.bin).toBe(true);
  });

  it('the suite runs on the Node that runs npm: the Node 22 and 24 packages leave no `node` on the scripts’ PATH', () => {
    expect(readdirSync(join(root, 'node_modules', '.bin')).filter((name) => /^node(\.cmd|\.ps1)?$/.test(name))).toEqual([]);
    expect(manifest.scripts.prepare).toBe('node scripts/unlink-node-bins.mjs');
  });
});

describe('changesets', () => {
  it('each pending changeset releases funnel-math with a known kind of change and says what changed', () => {
    const pending = readdirSync(join(root, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(pending.length).toBeGreaterThan(0);
    for (const file of pending) {
      const text = read(`.changeset/${file}`);
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      expect(front.split('\n'), file).toEqual([expect.stringMatching(/^"funnel-math": (patch|minor|major)$/)]);
      expect(body.trim().length, file).toBeGreaterThan(20);
    }
  });

  it('`npm run version-packages` makes the next version, its changelog section on top, and the same version for JSR', () => {
    const dir = mkdtempSync(join(tmpdir(), 'funnel-math-release-'));
    try {
      for (const file of ['package.json', 'CHANGELOG.md', 'jsr.json', 'deno.json']) cpSync(join(root, file), join(dir, file));
      cpSync(join(root, '.changeset'), join(dir, '.changeset'), { recursive: true });
      mkdirSync(join(dir, 'scripts'));
      cpSync(join(root, 'scripts', 'sync-version.mjs'), join(dir, 'scripts', 'sync-version.mjs'));
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      execFileSync('git', ['init', '-q'], { cwd: dir });
      execFileSync('npm', ['run', '--silent', 'version-packages'], { cwd: dir, stdio: 'pipe' });
      const next = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
      expect(next).not.toBe(manifest.version);
      expect(satisfies(next, `>=${manifest.version}`)).toBe(true);
      for (const file of ['jsr.json', 'deno.json']) expect((JSON.parse(readFileSync(join(dir, file), 'utf8')) as { version: string }).version).toBe(next);
      const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
      const sections = [...changelog.matchAll(/^## (\S+)$/gm)].map((m) => m[1]);
      expect(sections.slice(0, 2)).toEqual([next, manifest.version]);
      expect(readdirSync(join(dir, '.changeset')).sort()).toEqual(['README.md', 'config.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('CHANGELOG.md has a section for the version in package.json', () => {
    expect(read('CHANGELOG.md')).toMatch(new RegExp(`^## ${manifest.version.replaceAll('.', '\\.')}$`, 'm'));
  });
});

describe('workflows', () => {
  it('CI runs the README commands on every Node line, and the package in Deno and Bun', () => {
    const ci = jobs('ci.yml');
    const quickStart = /## Quick start\n+```sh\n([\s\S]*?)```/.exec(read('README.md'))![1]!;
    const commands = quickStart.split('\n').flatMap((line) => line.replace(/#.*$/, '').split('&&')).map((c) => c.trim()).filter(Boolean);
    expect(commands).toEqual(['npm ci', 'npm run demo', 'npm test']);
    expect(runs(ci['node']!)).toEqual(commands);
    expect(runs(ci['deno']!)).toContain('npm run test:deno');
    expect(runs(ci['deno']!)).toContain('node test/consumers/smoke.mjs ./node_modules/.bin/deno run --allow-read --allow-env');
    expect(runs(ci['bun']!)).toContain('node test/consumers/smoke.mjs bun');
    for (const script of ['test:deno', 'check:jsr']) expect(manifest.scripts[script]).toBeDefined();
  });

  it('a release tag publishes to npm with provenance, from a job that may ask for an OIDC token, after the tests', () => {
    expect(read('.github/workflows/release.yml')).toMatch(/^on:\n  push:\n    tags: \['v\*'\]\n/m);
    const npm = jobs('release.yml')['npm']!;
    expect(npm).toMatch(/^    permissions:\n      contents: read\n      id-token: write\b/m);
    expect(npm).toMatch(/^          registry-url: https:\/\/registry\.npmjs\.org$/m);
    const steps = runs(npm);
    expect(steps.indexOf('npm ci')).toBeGreaterThanOrEqual(0);
    expect(steps.indexOf('npm test')).toBeGreaterThan(steps.indexOf('npm ci'));
    expect(steps.indexOf('npm publish --provenance --access public')).toBeGreaterThan(steps.indexOf('npm test'));
  });
});
