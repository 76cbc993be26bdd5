/**
 * Sets an own, enumerable property. Plain assignment of a key named `__proto__` would replace the
 * object's prototype instead; stage ids and rep names come from users, so results are built with this.
 * @internal
 */
export function setOwn<V>(target: Record<string, V>, key: string, value: V): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
