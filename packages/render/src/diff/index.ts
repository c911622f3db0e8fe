export { diffPng, passes, type DiffOptions, type DiffResult } from './pixel-diff.js';
