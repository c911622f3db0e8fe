import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, shareUrl } from './share-links';

describe('share links', () => {
  it('builds the share and embed URLs on the app origin', () => {
    expect(shareUrl('https://app.example', 'abc')).toBe('https://app.example/share/abc');
    expect(embedUrl('https://app.example', 'a/b')).toBe('https://app.example/embed/a%2Fb');
  });

  it('makes an iframe snippet with a title, lazy loading and escaped attributes', () => {
    const snippet = embedSnippet('https://app.example', 'abc', 'Card "pro" <b>');
    expect(snippet).toMatch(/^<iframe src="https:\/\/app.example\/embed\/abc" /);
    expect(snippet).toContain('title="Card &#34;pro&#34; &#60;b&#62;"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toMatch(/><\/iframe>$/);
  });
});
