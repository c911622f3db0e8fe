import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './anclora-api';

describe('fileNameFromDisposition', () => {
  it('reads the quoted, bare and RFC 5987 forms, preferring filename*', () => {
    expect(fileNameFromDisposition('attachment; filename="pricing-card-react-css.zip"', 'x.zip')).toBe('pricing-card-react-css.zip');
    expect(fileNameFromDisposition('attachment; filename=card-vue.zip', 'x.zip')).toBe('card-vue.zip');
    expect(fileNameFromDisposition(`attachment; filename="tarjeta.zip"; filename*=UTF-8''tarjeta-%C3%B1.zip`, 'x.zip')).toBe('tarjeta-ñ.zip');
    expect(fileNameFromDisposition('attachment; filename="a \\"quoted\\" name.zip"', 'x.zip')).toBe('a "quoted" name.zip');
  });

  it('falls back when the header is missing or names nothing usable, and never keeps a directory', () => {
    expect(fileNameFromDisposition(null, 'component-html-css.zip')).toBe('component-html-css.zip');
    expect(fileNameFromDisposition('attachment', 'x.zip')).toBe('x.zip');
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"', 'x.zip')).toBe('passwd');
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A; filename="ok.zip"`, 'x.zip')).toBe('ok.zip');
  });
});
