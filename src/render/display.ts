import { asTable } from './table.js';
import { toHtml, toMarkdown, toText } from './text.js';

/** What Jupyter kernels (Deno's included) call to show a value: MIME type → content. */
export interface Displayable {
  [key: symbol]: () => Record<string, string>;
}

/**
 * Wraps a result so a Jupyter notebook (the Deno kernel) shows it as a table: the returned object
 * has a `Symbol.for('Jupyter.display')` method giving text/html, text/markdown and text/plain.
 * Make it the last expression of a cell.
 *
 * @param result - a result of this library, or a {@link Table} (`kind: 'table'`); checked when `display` is called.
 * @throws FunnelMathError `INVALID_INPUT` as {@link toTable}.
 * @example
 * import { defineFunnel, display, requiredActivity } from 'funnel-math';
 * const plan = requiredActivity(defineFunnel(['call', 'sale'] as const), { goal: 50, rates: { sale: '5%' } });
 * Object.keys(display(plan)[Symbol.for('Jupyter.display')]!()); // => ['text/html', 'text/markdown', 'text/plain']
 * @category Presentation
 */
export function display(result: unknown): Displayable {
  const table = asTable(result);
  return {
    [Symbol.for('Jupyter.display')]: () => ({
      'text/html': toHtml(table),
      'text/markdown': toMarkdown(table),
      'text/plain': toText(table),
    }),
  };
}
