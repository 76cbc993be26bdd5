export { toTable, isTable, type Table } from './table.js';
export { toHtml, toMarkdown, toText } from './text.js';
export { display, type Displayable, type DisplayOptions } from './display.js';
export { toSvg, type SvgOptions, type ChartScale, type ChartTheme } from './svg.js';
