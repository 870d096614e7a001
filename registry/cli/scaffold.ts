export * from './scaffold/index.js';
