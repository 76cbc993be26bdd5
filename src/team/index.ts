/**
 * team
 * @module
 */
export {};
