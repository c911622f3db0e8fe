export { processors, type JobProcessors } from './processors.js';
export { startWorkers, enqueue, type Workers, type StartWorkersOptions } from './start-workers.js';
export { startScheduler, type Scheduler } from './scheduler.js';
