// The component engine: pure TypeScript, no I/O, no Node- or DOM-only
// imports, so the API, the worker, the web app and a CLI all share it.
export { TARGETS, TARGET_IDS, isTargetId, type Target, type TargetId, type Framework, type Styling } from './targets.js';
export { EngineError, type EngineIssue } from './engine-error.js';
export * from './spec/schema.js';
export * from './spec/style.js';
export { validateSpec, parseSpec, specJsonSchema, SPEC_LIMITS, type SpecValidation } from './spec/validate-spec.js';
export * from './tokens/model.js';
export { tailwindThemeEntry, type TailwindThemeEntry } from './tokens/tailwind-namespace.js';
