// After `changeset version` has set the new version in package.json: the same version in
// jsr.json and deno.json, so npm and JSR publish one version (npm run version-packages runs both).
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
for (const file of ['jsr.json', 'deno.json']) {
  const url = new URL(file, root);
  const text = readFileSync(url, 'utf8');
  const updated = text.replace(/("version":\s*)"[^"]*"/, `$1"${version}"`);
  if (updated !== text) writeFileSync(url, updated);
}
