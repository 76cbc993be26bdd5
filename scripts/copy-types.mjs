// The declaration build runs once (for CommonJS, as .d.cts); ESM consumers read the same
// declarations as .d.ts. The two are identical: nothing in them differs between module systems.
import { copyFileSync } from 'node:fs';
for (const name of ['index', 'sheets']) {
  copyFileSync(new URL(`../dist/${name}.d.cts`, import.meta.url), new URL(`../dist/${name}.d.ts`, import.meta.url));
}
