export { processors, type JobProcessors } from './processors.js';
export { startWorkers, enqueue, type Workers, type StartWorkersOptions } from './start-workers.js';
export { startScheduler, type Scheduler, type SchedulerOptions } from './scheduler.js';
export { pruneRenders, DEFAULT_RENDER_RETENTION_DAYS } from './prune-renders.js';
