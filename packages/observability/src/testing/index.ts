export {
  startFakeEndpoint,
  fakeDsn,
  parseEnvelope,
  sentryEvents,
  receivedSpans,
  spanAttributes,
  waitFor,
  type FakeEndpoint,
  type ReceivedRequest,
  type EnvelopeItem,
  type OtlpSpan,
} from './fake-endpoints.js';
