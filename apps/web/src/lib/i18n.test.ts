import { describe, expect, it } from 'vitest';
import { detectLang, isLang, translate } from './i18n';

describe('i18n', () => {
  it('translates with placeholders in both languages', () => {
    expect(translate('en', 'ws.progress', { n: 120 })).toBe('Generating: 120 characters received');
    expect(translate('es', 'ws.progress', { n: 120 })).toBe('Generando: 120 caracteres recibidos');
    expect(translate('es', 'nav.signin')).toBe('Iniciar sesión');
  });

  it('leaves unknown placeholders visible instead of printing undefined', () => {
    expect(translate('en', 'ws.done', { name: 'Card' })).toBe('Generated Card in {ms} ms.');
  });

  it('detects the language from navigator.language(s), defaulting to English', () => {
    expect(detectLang('es-ES')).toBe('es');
    expect(detectLang(['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(detectLang(['de'])).toBe('en');
    expect(detectLang(undefined)).toBe('en');
    expect(detectLang('EN_gb')).toBe('en');
  });

  it('validates stored values', () => {
    expect(isLang('es')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(isLang(null)).toBe(false);
  });
});
