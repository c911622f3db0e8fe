// Test doubles that speak the real wire protocols on loopback, for this
// package's tests and for the API's integration tests. Not for production.
export { startFakeAnthropic, type AnthropicStep } from './fake-anthropic.js';
export { startFakeOpenAI, type OpenAIStep, type FakeOpenAIOptions } from './fake-openai.js';
export type { FakeServer, RecordedRequest } from './fake-server.js';
