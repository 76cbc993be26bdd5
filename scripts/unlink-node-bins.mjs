// The Node 22 and 24 binaries are development dependencies for the test matrix (run by path from
// node_modules/node22 and node_modules/node24). Both packages declare a `node` bin, and npm links
// it into node_modules/.bin, which npm puts first on the PATH of every script: `npm test` would
// then run on Node 22 instead of the Node that runs npm. Runs as `prepare`, so after `npm install`
// and `npm ci` in this repository, never in an app that installs the package.
import { rmSync } from 'node:fs';

for (const name of ['node', 'node.cmd', 'node.ps1']) {
  rmSync(new URL(`../node_modules/.bin/${name}`, import.meta.url), { force: true });
}
