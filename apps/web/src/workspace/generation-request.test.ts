import { describe, expect, it } from 'vitest';
import { generationBody, offersDefaultProvider } from './generation-request';

describe('generation request', () => {
  it('sends the prompt and the pickers; the default provider and a new component are left out', () => {
    expect(generationBody('a card', { target: 'vue-css', designSystemId: 'material-3', provider: null })).toEqual({ prompt: 'a card', target: 'vue-css', designSystemId: 'material-3' });
  });

  it('a refinement names the component, a chosen provider is named', () => {
    expect(generationBody('bigger title', { target: 'react-css', designSystemId: 'anclora-ocean', refineId: 'c1', provider: 'anthropic' })).toEqual({
      prompt: 'bigger title',
      target: 'react-css',
      designSystemId: 'anclora-ocean',
      componentId: 'c1',
      provider: 'anthropic',
    });
  });

  it('offers the default provider only when a chosen provider caused the failure', () => {
    for (const code of ['PLAN_REQUIRED', 'PROVIDER_NOT_CONFIGURED', 'PROVIDER_UNAVAILABLE', 'PROVIDER_REJECTED']) {
      expect(offersDefaultProvider('openai', code)).toBe(true);
      expect(offersDefaultProvider(null, code)).toBe(false);
    }
    expect(offersDefaultProvider('openai', 'QUOTA_EXCEEDED')).toBe(false);
    expect(offersDefaultProvider('openai', 'NETWORK_ERROR')).toBe(false);
  });
});
