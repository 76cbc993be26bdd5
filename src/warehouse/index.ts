/**
 * warehouse
 * @module
 */
export {};
