import { asTable } from './table.js';

const show = (v: string | number | null): string => (v === null ? '—' : typeof v === 'number' ? v.toLocaleString('en-US') : v);

/**
 * A result as an aligned plain-text table (numbers right-aligned, thousands separated), for
 * terminals, logs and `text/plain` displays.
 *
 * @param result - a result of this library, or a {@link Table} (`kind: 'table'`).
 * @throws FunnelMathError `INVALID_INPUT` as {@link toTable}.
 * @example
 * import { defineFunnel, funnelFromCounts, toText } from 'funnel-math';
 * const funnel = defineFunnel(['contact', 'meeting', 'sale'] as const);
 * toText(funnelFromCounts(funnel, { contact: 60, meeting: 15, sale: 10 })).split('\n')[6]; // => 'sale        10  66.7% of meeting  16.7% of contact         5'
 * @category Presentation
 */
export function toText(result: unknown): string {
  const t = asTable(result);
  const cells = t.rows.map((r) => r.map(show));
  const numeric = t.columns.map((_, c) => t.rows.every((r) => typeof r[c] === 'number' || r[c] === null));
  const widths = t.columns.map((h, c) => Math.max(h.length, ...cells.map((r) => r[c]!.length)));
  const line = (r: readonly string[]) =>
    r.map((v, c) => (numeric[c] ? v.padStart(widths[c]!) : v.padEnd(widths[c]!))).join('  ').trimEnd();
  return [
    ...(t.title ? [t.title, ''] : []),
    line(t.columns),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map(line),
    ...(t.notes.length ? ['', ...t.notes] : []),
  ].join('\n');
}

/**
 * A result as a GitHub-flavoured Markdown table (for READMEs, notebooks, chat).
 * @param result - a result of this library, or a {@link Table} (`kind: 'table'`).
 * @throws FunnelMathError `INVALID_INPUT` as {@link toTable}.
 * @example
 * import { defineFunnel, requiredActivity, toMarkdown } from 'funnel-math';
 * const plan = requiredActivity(defineFunnel(['call', 'sale'] as const), { goal: 50, rates: { sale: '5%' } });
 * toMarkdown(plan).split('\n')[4]; // => '| call | 1,000 | — | — |'
 * @category Presentation
 */
export function toMarkdown(result: unknown): string {
  const t = asTable(result);
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const numeric = t.columns.map((_, c) => t.rows.every((r) => typeof r[c] === 'number' || r[c] === null));
  return [
    ...(t.title ? [`**${esc(t.title)}**`, ''] : []),
    `| ${t.columns.map(esc).join(' | ')} |`,
    `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`,
    ...t.rows.map((r) => `| ${r.map((v) => esc(show(v))).join(' | ')} |`),
    ...(t.notes.length ? ['', ...t.notes.map((n) => `_${esc(n)}_`)] : []),
  ].join('\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** @internal */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * A result as an HTML table; every label is escaped, and `dir="auto"` keeps right-to-left stage
 * names (Arabic, Persian) readable.
 * @param result - a result of this library, or a {@link Table} (`kind: 'table'`).
 * @throws FunnelMathError `INVALID_INPUT` as {@link toTable}.
 * @example
 * import { defineFunnel, requiredActivity, toHtml } from 'funnel-math';
 * const plan = requiredActivity(defineFunnel(['<call>', 'sale'] as const), { goal: 1, rates: { sale: 1 } });
 * toHtml(plan).includes('&lt;call&gt;'); // => true
 * @category Presentation
 */
export function toHtml(result: unknown): string {
  const t = asTable(result);
  const numeric = t.columns.map((_, c) => t.rows.every((r) => typeof r[c] === 'number' || r[c] === null));
  const td = (v: string | number | null, c: number, tag: string) =>
    `<${tag} dir="auto"${numeric[c] ? ' style="text-align:right"' : ''}>${escapeHtml(show(v))}</${tag}>`;
  return [
    '<table>',
    ...(t.title ? [`<caption>${escapeHtml(t.title)}</caption>`] : []),
    `<thead><tr>${t.columns.map((h, c) => td(h, c, 'th')).join('')}</tr></thead>`,
    `<tbody>${t.rows.map((r) => `<tr>${r.map((v, c) => td(v, c, 'td')).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
    ...t.notes.map((n) => `<p><small dir="auto">${escapeHtml(n)}</small></p>`),
  ].join('\n');
}
