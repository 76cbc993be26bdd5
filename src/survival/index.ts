/**
 * survival
 * @module
 */
export {};
