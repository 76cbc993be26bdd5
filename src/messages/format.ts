/**
 * Fills a catalog template: `{name}` takes the error's parameter `name`; `{subject}` and
 * `{expected}` take the catalog's phrase for the key the parameter names (filled the same way), and
 * `{received}` the catalog's words for what was received. A subject inside a sentence starts with a
 * small letter ("Nothing was given for the goal"). A part in square brackets is kept only
 * when every placeholder in it has a parameter (`[; did you mean "{suggestion}"?]`); brackets around
 * no placeholder are kept as written (`['sat', 'sun']`).
 * @internal
 * @module
 */
import type { ErrorCode } from './codes.js';
import type { CoreMessages, ErrorExpectation, ErrorSubject, PhrasePart } from './types.js';

/** What was received, summarised so it can be worded in any language and kept in JSON. */
export type Received =
  | { readonly kind: 'number' | 'bigint' | 'boolean'; readonly text: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'array'; readonly length: number }
  | { readonly kind: 'nothing' | 'null' | 'object' | 'function' | 'symbol' | 'date' | 'emptyText' };

/** The parameters of an error: what it is about, what was expected, what came, and any values. */
export interface ErrorParams {
  readonly subject?: ErrorSubject;
  readonly expected?: ErrorExpectation;
  readonly received?: Received;
  readonly [name: string]: string | number | Received | undefined;
}

const MAX_TEXT = 40;

/** A short, bounded summary of a value (never the whole value, never a getter call). */
export function summarize(value: unknown): Received {
  switch (typeof value) {
    case 'undefined':
      return { kind: 'nothing' };
    case 'number':
      return { kind: 'number', text: Object.is(value, -0) ? '0' : String(value) };
    case 'bigint':
      return { kind: 'bigint', text: String(value) };
    case 'boolean':
      return { kind: 'boolean', text: String(value) };
    case 'string': {
      if (value.trim() === '') return { kind: 'emptyText' };
      return { kind: 'text', text: value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 3)}...` : value };
    }
    case 'function':
      return { kind: 'function' };
    case 'symbol':
      return { kind: 'symbol' };
    default:
      if (value === null) return { kind: 'null' };
      try {
        if (Array.isArray(value)) return { kind: 'array', length: value.length };
        if (value instanceof Date) return { kind: 'date' };
      } catch {
        // a revoked Proxy throws even on Array.isArray: it is still "an object" to the reader
      }
      return { kind: 'object' };
  }
}

function fill(template: string, params: ErrorParams, catalog: CoreMessages, part: PhrasePart | undefined, depth: number): string {
  const kept = template.replace(/\[([^\]]*)\]/g, (whole: string, part: string) => {
    const names = [...part.matchAll(/\{(\w+)\}/g)];
    // brackets around no placeholder are the text's own (a list written ['sat', 'sun'])
    if (names.length === 0) return whole;
    return names.every((m) => params[m[1]!] !== undefined) ? part : '';
  });
  return kept.replace(/\{(\w+)\}/g, (_, name: string, offset: number) => {
    const value = params[name];
    if (value === undefined) return '';
    if (typeof value === 'object') return receivedWords(value, catalog);
    if (depth === 0 && name === 'subject') {
      const phrase = part?.subjects[value as ErrorSubject] ?? catalog.subjects[value as ErrorSubject] ?? String(value);
      const words = fill(phrase, params, catalog, part, 1);
      return midSentence(kept, offset) ? lowerFirst(words) : words;
    }
    if (depth === 0 && name === 'expected') {
      const phrase = part?.expected[value as ErrorExpectation] ?? catalog.expected[value as ErrorExpectation] ?? String(value);
      return fill(phrase, params, catalog, part, 1);
    }
    return String(value);
  });
}

/** Whether a placeholder at `offset` stands inside a sentence (not at the start of the template or after a full stop). */
function midSentence(template: string, offset: number): boolean {
  const before = template.slice(0, offset).trimEnd();
  return before !== '' && !/[.!?]$/.test(before);
}

/**
 * A subject phrase as it reads inside a sentence: "The goal" becomes "the goal". Only a capital
 * followed by a small letter is lowered, so names and abbreviations ("LTV", "A/B") keep their case,
 * and scripts without case are left as they are.
 */
function lowerFirst(words: string): string {
  return /^\p{Lu}\p{Ll}/u.test(words) ? words[0]!.toLowerCase() + words.slice(1) : words;
}

function receivedWords(r: Received, catalog: CoreMessages): string {
  const words = catalog.received;
  switch (r.kind) {
    case 'number':
    case 'bigint':
    case 'boolean':
      return r.text;
    case 'text':
      return words.text.replace('{text}', r.text);
    case 'array':
      return words.array.replace('{length}', String(r.length));
    default:
      return words[r.kind];
  }
}

/** The message for `code` with `params`, in `catalog`'s language (with an area's own words, `part`). */
export function formatMessage(catalog: CoreMessages, code: ErrorCode, params: ErrorParams, part?: PhrasePart): string {
  const template = catalog.errors[code];
  return fill(template, { subject: 'value', ...params }, catalog, part, 0).replace(/\s+([.;,])/g, '$1');
}
