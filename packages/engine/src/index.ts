// The component engine: pure TypeScript, no I/O, no Node- or DOM-only
// imports, so the API, the worker, the web app and a CLI all share it.
export { TARGETS, TARGET_IDS, isTargetId, type Target, type TargetId, type Framework, type Styling } from './targets.js';
