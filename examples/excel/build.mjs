// Writes public/: functions.js (the funnel-math global bundle followed by functions.js, one script as
// the custom-functions runtime loads it), functions.json (generated from the @customfunction
// comments by custom-functions-metadata) and functions.html.
// Run from this folder after `npm install funnel-math custom-functions-metadata`: node build.mjs
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
const bundle = readFileSync(require.resolve('funnel-math/package.json').replace(/package\.json$/, 'dist/funnel-math.global.js'), 'utf8');

const here = new URL('.', import.meta.url);
const out = new URL('public/', here);
mkdirSync(out, { recursive: true });
const functions = readFileSync(new URL('functions.js', here), 'utf8');
const { metadataJson, errors } = await generateCustomFunctionsMetadata(new URL('functions.js', here).pathname);
if (errors.length > 0) {
  console.error(errors.join('\n'));
  process.exit(1);
}
writeFileSync(new URL('functions.js', out), `${bundle}\n${functions}`);
writeFileSync(new URL('functions.json', out), metadataJson);
copyFileSync(new URL('functions.html', here), new URL('functions.html', out));
console.log(`wrote ${JSON.parse(metadataJson).functions.length} functions to public/`);
