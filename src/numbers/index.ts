export { Ratio } from './ratio.js';
export { parseRatio, type NumberInput } from './parse.js';
export { apportion } from './apportion.js';
