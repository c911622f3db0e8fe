import { describe, expect, it } from 'vitest';
import { extractQuoted, understandPrompt } from './understand-prompt.js';

const slots = (prompt: string) => understandPrompt(prompt).slots;

describe('extractQuoted', () => {
  it('lifts texts in every quote style, in order, out of the prompt', () => {
    const { texts, rest } = extractQuoted(`card "One" with “Two”, «Tres», 'Four' and ‘Five’`);
    expect(texts).toEqual(['One', 'Two', 'Tres', 'Four', 'Five']);
    expect(rest).not.toMatch(/One|Two|Tres|Four|Five/);
  });

  it('does not mistake apostrophes for quotes', () => {
    expect(extractQuoted("don't make it 'Buy now' — it's a shop").texts).toEqual(['Buy now']);
    expect(extractQuoted("the user's profile card").texts).toEqual([]);
  });

  it('trims and collapses whitespace and skips empty quotes', () => {
    expect(extractQuoted('button "  Save   changes " and ""').texts).toEqual(['Save changes']);
  });
});

describe('understandPrompt: counts and highlights', () => {
  it.each([
    ['pricing table with 3 plans', 3],
    ['tarjeta de precios con tres planes', 3],
    ['list with 5 items', 5],
    ['data table with twelve rows', 12],
    ['3-step wizard', 3],
  ])('%s → count %i', (prompt, count) => expect(slots(prompt).count).toBe(count));

  it.each(['progress bar at 50%', 'una tarjeta de perfil', 'step 2 of 4', 'a card'])('%s has no count', (prompt) => {
    expect(slots(prompt).count).toBeUndefined();
  });

  it('reads a percentage as a value, not a count', () => {
    expect(slots('progress bar at 75%')).toMatchObject({ percent: 75 });
    expect(slots('progress bar at 75%').count).toBeUndefined();
  });

  it.each([
    ['3 plans, the middle one highlighted', 'middle'],
    ['tarjeta de precios con 3 planes, el del medio destacado', 'middle'],
    ['pricing with the second plan featured', 1],
    ['tabs with the third one selected', 2],
    ['el último plan destacado', 'last'],
    ['sidebar with the first item active', 'first'],
  ])('%s → highlight %s', (prompt, highlight) => expect(slots(prompt).highlight).toBe(highlight));

  it('ignores ordinals that do not highlight anything', () => {
    expect(slots('sign up form with first name and last name').highlight).toBeUndefined();
  });
});

describe('understandPrompt: style words', () => {
  it.each([
    ['a red delete button', { tone: 'danger' }],
    ['botón verde', { tone: 'success' }],
    ['accent colored badge', { tone: 'accent' }],
    ['error alert', { status: 'danger' }],
    ['mensaje de éxito', { status: 'success' }],
    ['an elegant card', { mood: 'elegant' }],
    ['tarjeta divertida', { mood: 'playful' }],
    ['minimal footer', { mood: 'minimal' }],
    ['a bold hero', { mood: 'bold' }],
    ['large button', { size: 'lg' }],
    ['botón pequeño', { size: 'sm' }],
    ['make the CTA larger', { size: 'lg' }],
    ['dark navbar', { dark: true }],
    ['barra de navegación oscura', { dark: true }],
    ['rounded card', { shape: 'rounded' }],
    ['pill buttons', { shape: 'pill' }],
    ['card with square corners', { shape: 'sharp' }],
    ['card with no rounded corners', { shape: 'sharp' }],
    ['tarjeta sin bordes redondeados', { shape: 'sharp' }],
    ['esquinas redondeadas', { shape: 'rounded' }],
    ['disabled button', { state: 'disabled' }],
    ['botón cargando', { state: 'loading' }],
    ['outline button', { variant: 'outline' }],
    ['ghost button', { variant: 'ghost' }],
    ['icon button', { variant: 'icon' }],
    ['botón secundario', { variant: 'secondary' }],
  ])('%s → %o', (prompt, expected) => expect(slots(prompt)).toMatchObject(expected));

  it('keeps neutral defaults when nothing is said', () => {
    expect(slots('a card')).toEqual({ language: 'en', texts: [], size: 'md', dark: false, shape: 'default' });
  });

  it('treats "dark mode" in a toggle as the setting, elsewhere as the variant', () => {
    expect(slots('toggle switch for dark mode').dark).toBe(false);
    expect(slots('interruptor para activar el modo oscuro').dark).toBe(false);
    expect(slots('login form in dark mode').dark).toBe(true);
  });
});

describe('understandPrompt: language', () => {
  it.each([
    ['pricing table with three plans', 'en'],
    ['tarjeta de precios con tres planes', 'es'],
    ['boton con icono', 'es'],
    ['navbar', 'en'],
    ['un modal de confirmación', 'es'],
    ['footer con enlaces', 'es'],
    ['¿me haces un hero?', 'es'],
  ])('%s → %s', (prompt, language) => expect(understandPrompt(prompt).language).toBe(language));
});

describe('understandPrompt: ranking', () => {
  it('ranks specific phrases above shared words and explains the match', () => {
    const [top, second] = understandPrompt('tarjeta de precios').ranking;
    expect(top).toMatchObject({ id: 'pricing-table' });
    expect(top!.matched).toContain('tarjeta de precios');
    expect(top!.score).toBeGreaterThan(second!.score);
  });

  it('credits a container for the parts it names', () => {
    expect(understandPrompt('file upload with progress bars').ranking[0]!.id).toBe('file-upload');
    expect(understandPrompt('data table with pagination').ranking[0]!.id).toBe('data-table');
  });

  it('finds near misses only when nothing matched well', () => {
    expect(understandPrompt('navbr').nearMiss).toMatchObject({ id: 'navbar', word: 'navbr' });
    expect(understandPrompt('navbar').nearMiss).toBeUndefined();
  });

  it('bounds the work on very long prompts', () => {
    const long = 'pricing table '.repeat(5000);
    const start = performance.now();
    expect(understandPrompt(long).ranking[0]!.id).toBe('pricing-table');
    expect(performance.now() - start).toBeLessThan(200);
  });
});
