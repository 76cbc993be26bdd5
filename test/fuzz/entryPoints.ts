import * as api from '../../src/index.js';
import * as sheets from '../../src/sheets/index.js';

const isClass = (f: Function) => /^class[\s{]/.test(Function.prototype.toString.call(f));

/** Every public function, found by walking the exports (namespaces included), so new ones are fuzzed too. */
export function entryPoints(): [string, (...args: unknown[]) => unknown][] {
  const out: [string, (...args: unknown[]) => unknown][] = [];
  const visit = (prefix: string, value: unknown, depth: number) => {
    if (typeof value === 'function') {
      if (!isClass(value)) out.push([prefix, value as (...args: unknown[]) => unknown]);
      else if (prefix === 'Ratio') out.push(['Ratio.of', (...a: unknown[]) => (api.Ratio.of as (...x: unknown[]) => unknown)(...a)]);
      return;
    }
    if (depth < 1 && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) visit(`${prefix}.${k}`, v, depth + 1);
    }
  };
  for (const [name, value] of Object.entries(api)) visit(name, value, 0);
  visit('sheets', sheets, 0);
  return out;
}

