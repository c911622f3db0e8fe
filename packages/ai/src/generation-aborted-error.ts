import { EngineError } from '@anclora/engine';

/** The caller aborted (the client disconnected); not a provider failure and never retried. */
export class GenerationAbortedError extends EngineError {
  constructor(message = 'The generation was aborted.') {
    super('GENERATION_ABORTED', message);
  }
}
