import { expect } from 'vitest';

/** Compares what an `@example` line computes with its `// => value`, as JSON sees both. */
export function check(actual: unknown, expected: unknown, where: string): void {
  const plain = actual === undefined ? undefined : JSON.parse(JSON.stringify(actual));
  expect(plain, where).toEqual(expected);
}
