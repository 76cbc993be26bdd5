/**
 * forecast
 * @module
 */
export {};
