import type { ErrorPath } from '../errors.js';
import type { FindingCode, FindingValue } from './findings.js';
import type { Param } from './format.js';

/** Records a finding: its code, where, the values its message shows, and its data. @internal */
export type Emit = (code: FindingCode, path: ErrorPath, params: Readonly<Record<string, Param>>, data: Readonly<Record<string, FindingValue>>) => void;
