/**
 * "Did you mean …?" for a misspelt key: the accepted key nearest to the one given, when it is
 * close enough to be a typo (a difference of case, or at most two edits for keys of five letters
 * or more, one for shorter), or else the one accepted key that contains the given one as a word
 * (`pipeline` → `openPipeline`, `fixed` → `fixedCosts`).
 * @internal
 * @module
 */

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** The accepted key `given` is most likely a typo of, or undefined. */
export function suggestKey(given: string, accepted: readonly string[]): string | undefined {
  if (given.length > 64) return undefined;
  const lower = given.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const key of accepted) {
    if (key.toLowerCase() === lower) return key;
    const d = distance(lower, key.toLowerCase());
    const limit = key.length >= 5 ? 2 : 1;
    if (d <= limit && d < bestDistance) {
      best = key;
      bestDistance = d;
    }
  }
  return best ?? containing(given, accepted);
}

/** The only accepted key with `given` (three letters or more) as a whole camel-case word, or undefined. */
function containing(given: string, accepted: readonly string[]): string | undefined {
  if (given.length < 3) return undefined;
  const lower = given.toLowerCase();
  const found = accepted.filter((key) => {
    const parts = words(key);
    return parts.includes(lower) || parts.join('').startsWith(lower);
  });
  return found.length === 1 ? found[0] : undefined;
}

/** The words of a camel-case key, in small letters: `openPipeline` → open, pipeline. */
function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

/** The accepted keys for a message, when few enough to read; otherwise undefined. */
export function listKeys(accepted: readonly string[]): string | undefined {
  return accepted.length > 0 && accepted.length <= 8 ? accepted.map((k) => `"${k}"`).join(', ') : undefined;
}
