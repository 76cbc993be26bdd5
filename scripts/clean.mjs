// Removes dist/ before a build: the package, sheets and global builds run side by side, so no
// single one of them may clean the folder the others write to.
import { rmSync } from 'node:fs';
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
