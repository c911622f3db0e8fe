import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSpec } from '../spec/validate-spec.js';
import { ARCHETYPES } from './archetypes/index.js';
import { generateSpec } from './generate.js';
import { elementsOf, listsOf, textsOf } from './testing/spec-nodes.js';

/** Prompt → expected archetype. English, Spanish, and a few deliberately tricky ones. */
const PROMPTS: Array<[string, string]> = [
  ['pricing table with 3 plans, the middle one highlighted', 'pricing-table'],
  ["A primary button that says 'Get started'", 'button'],
  ['outline button, disabled', 'button'],
  ['icon button to add an item', 'button'],
  ['status badge showing Active', 'badge'],
  ['error alert saying the payment failed', 'alert'],
  ['success toast after saving', 'toast'],
  ['snackbar with an undo action', 'toast'],
  ['blog card with image, title and excerpt', 'card'],
  ['product card for headphones with add to cart', 'product-card'],
  ['user profile card with a follow button', 'profile-card'],
  ['dashboard KPI widget with 4 metrics', 'stats-widget'],
  ['hero section for a SaaS landing page', 'hero'],
  ['dark navbar with a products dropdown', 'navbar'],
  ['collapsible sidebar navigation for an admin app', 'sidebar'],
  ['breadcrumbs for a docs site', 'breadcrumbs'],
  ["tabs for product details: 'Overview', 'Specs', 'Reviews'", 'tabs'],
  ['FAQ accordion with 5 questions', 'accordion'],
  ['modal to confirm deleting a project', 'modal'],
  ['context menu with edit, duplicate and delete', 'dropdown-menu'],
  ['login form with remember me and forgot password', 'login-form'],
  ['sign up form for a free trial', 'signup-form'],
  ['contact form with validation states', 'contact-form'],
  ['3-step onboarding wizard', 'multi-step-form'],
  ['search bar with suggestions', 'search-bar'],
  ['sortable data table of team members', 'data-table'],
  ['pagination for search results', 'pagination'],
  ['stacked avatars of project members', 'avatar-group'],
  ['timeline of project milestones', 'timeline'],
  ['customer testimonial with a quote', 'testimonial'],
  ['website footer with link columns', 'footer'],
  ['empty state for when there are no projects', 'empty-state'],
  ['drag and drop file upload', 'file-upload'],
  ['toggle switch for email notifications', 'toggle-switch'],
  ['progress bar at 75%', 'progress'],
  ['loading spinner', 'progress'],
  ['notification center with unread items', 'notification-list'],
  ['GDPR cookie consent banner', 'cookie-banner'],
  ['feature grid with 6 features', 'feature-grid'],
  ['newsletter subscribe box', 'newsletter'],
  ['tooltip on a share button', 'tooltip'],
  ['call to action banner at the end of the page', 'cta-banner'],
  // Spanish
  ['tarjeta de precios con 3 planes, el del medio destacado', 'pricing-table'],
  ['botón secundario grande que diga «Guardar cambios»', 'button'],
  ['barra de navegación oscura con menú desplegable', 'navbar'],
  ['formulario de inicio de sesión con contraseña', 'login-form'],
  ['formulario de registro para nuevos usuarios', 'signup-form'],
  ['ventana modal de confirmación para eliminar', 'modal'],
  ['tabla de datos ordenable con 8 filas', 'data-table'],
  ['pie de página con enlaces', 'footer'],
  ['acordeón de preguntas frecuentes', 'accordion'],
  ['migas de pan', 'breadcrumbs'],
  ['interruptor para activar el modo oscuro', 'toggle-switch'],
  ['aviso de cookies', 'cookie-banner'],
  ['línea de tiempo del proyecto', 'timeline'],
  ['subir archivos arrastrando y soltando', 'file-upload'],
  ['estado vacío sin resultados', 'empty-state'],
  ['barra lateral con 5 elementos y el segundo activo', 'sidebar'],
  ['lista de notificaciones', 'notification-list'],
  ['tarjeta de producto con precio', 'product-card'],
  ['testimonio de un cliente', 'testimonial'],
  ['buscador con sugerencias', 'search-bar'],
  ['paginación de resultados', 'pagination'],
  ['mensaje de error al pagar', 'alert'],
  ['formulario de contacto con validación', 'contact-form'],
  ['asistente de 4 pasos', 'multi-step-form'],
  ['notificación emergente de éxito', 'toast'],
  ['cuadrícula de funciones con iconos', 'feature-grid'],
  // Tricky: a component named by its parts, or sharing words with another
  ['pricing card', 'pricing-table'],
  ['a card that shows our subscription plans', 'pricing-table'],
  ['login button', 'button'],
  ['A big red DELETE button', 'button'],
  ['notification toast', 'toast'],
  ['navbar for an online store with a cart', 'navbar'],
  ['table comparing pricing tiers', 'pricing-table'],
  ['frequently asked questions', 'accordion'],
];

describe('generateSpec: prompt → archetype', () => {
  it.each(PROMPTS)('%s → %s', (prompt, expected) => {
    const result = generateSpec(prompt);
    expect(result.archetype).toBe(expected);
    expect(result.confidence).toBeGreaterThan(0.3);
    const valid = validateSpec(result.spec);
    expect(valid.ok ? [] : valid.issues).toEqual([]);
  });

  it('covers at least 40 prompts in both languages', () => {
    expect(PROMPTS.length).toBeGreaterThanOrEqual(40);
    const languages = new Set(PROMPTS.map(([p]) => generateSpec(p).language));
    expect([...languages].sort()).toEqual(['en', 'es']);
  });

  it('reaches every archetype from some prompt', () => {
    const reached = new Set(PROMPTS.map(([, id]) => id));
    const missing = ARCHETYPES.map((a) => a.id).filter((id) => !reached.has(id));
    expect(missing).toEqual([]);
  });
});

describe('generateSpec: prompts it cannot place', () => {
  it('falls back to the closest archetype and says why, in the prompt’s language', () => {
    const en = generateSpec('purple elephants dancing in the rain');
    expect(en.archetype).toBe('card');
    expect(en.confidence).toBeLessThanOrEqual(0.3);
    expect(en.notes[0]).toMatch(/closest archetype, Card, because it is the most general container/);
    expect(validateSpec(en.spec).ok).toBe(true);

    const es = generateSpec('elefantes morados bailando bajo la lluvia');
    expect(es.language).toBe('es');
    expect(es.notes[0]).toMatch(/arquetipo más cercano, Tarjeta/);
  });

  it('places a misspelt component by its closest keyword', () => {
    const result = generateSpec('an acordion with three sections');
    expect(result.archetype).toBe('accordion');
    expect(result.notes[0]).toContain('“acordion” looks like “accordion”');
  });
});

describe('generateSpec: any input', () => {
  const vocabulary = ['pricing', 'tabla', 'de', 'with', 'the', '3', 'tres', 'dark', 'oscuro', 'middle', 'destacado', 'button', 'botón', 'form', 'navbar', 'rounded', 'sin', 'red', '"Hi"', '«Hola»', "'x'", 'modal', '50%', 'ñ', '¿', '…'];
  const prompts = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(fc.constantFrom(...vocabulary), { maxLength: 25 }).map((ws) => ws.join(' ')),
  );

  it('always answers with a valid spec, deterministically', () => {
    fc.assert(
      fc.property(prompts, fc.boolean(), (prompt, dark) => {
        const first = generateSpec(prompt, { dark });
        expect(validateSpec(first.spec).ok).toBe(true);
        expect(first.notes.length).toBeGreaterThan(0);
        expect(first.confidence).toBeGreaterThanOrEqual(0);
        expect(first.confidence).toBeLessThanOrEqual(1);
        expect(JSON.stringify(generateSpec(prompt, { dark }))).toBe(JSON.stringify(first));
      }),
      { numRuns: 150, seed: 20261127 },
    );
  });

  it('handles an empty prompt and a huge one', () => {
    expect(generateSpec('').archetype).toBe('card');
    const huge = `${'x'.repeat(100_000)} "${'y'.repeat(10_000)}"`;
    expect(validateSpec(generateSpec(huge).spec).ok).toBe(true);
  });
});

describe('generateSpec: slot filling', () => {
  it('fills the Spanish pricing example: 3 plans, the middle one featured, Spanish copy', () => {
    const { spec, language, notes } = generateSpec('tarjeta de precios con 3 planes, el del medio destacado');
    expect(language).toBe('es');
    const plans = listsOf(spec).find((items) => items.some((i) => 'featured' in i))!;
    expect(plans).toHaveLength(3);
    expect(plans.map((p) => p.featured)).toEqual([false, true, false]);
    expect(textsOf(spec)).toContain('Planes que crecen con tu equipo');
    expect(notes.join(' ')).toMatch(/Cantidad: 3.*/);
  });

  it('honours counts and ordinals', () => {
    const plans = (prompt: string) => listsOf(generateSpec(prompt).spec).find((items) => items.some((i) => 'featured' in i))!;
    expect(plans('pricing with 4 plans, the last one highlighted').map((p) => p.featured)).toEqual([false, false, false, true]);
    expect(plans('pricing table, second plan featured').map((p) => p.featured)).toEqual([false, true, false]);
    expect(listsOf(generateSpec('data table with 7 rows').spec)[0]).toHaveLength(7);
    expect(listsOf(generateSpec('feature grid with cinco features').spec)[0]).toHaveLength(5);
  });

  it('says when a count is beyond what the archetype shows', () => {
    const result = generateSpec('pricing table with 20 plans');
    expect(listsOf(result.spec).find((items) => items.some((i) => 'featured' in i))).toHaveLength(6);
    expect(result.notes).toContain('Count: 20 asked for, 6 built (the most this component shows).');
    expect(generateSpec('tabla de precios con 10 planes').notes).toContain('Cantidad: se pidieron 10 y se han creado 6 (el máximo de este componente).');
  });

  it('puts quoted texts into the spec, in order', () => {
    const { spec } = generateSpec('hero section with the headline "Ship faster" and a button “Try it free”');
    const props = Object.fromEntries(spec.props.map((p) => [p.name, p.default]));
    expect(props.title).toBe('Ship faster');
    expect(props.subtitle).toBe('Try it free');
    const tabs = generateSpec("tabs «Resumen», «Precio» y «Opiniones»").spec;
    expect(textsOf(tabs)).toEqual(expect.arrayContaining(['Resumen', 'Precio', 'Opiniones']));
  });

  it('switches surface and text roles for the dark variant (prompt or option)', () => {
    const surfaceOf = (dark: boolean, prompt: string) => {
      const spec = generateSpec(prompt, { dark }).spec;
      return elementsOf(spec).find(({ node }) => node.name === 'navbar')!.node.style?.base;
    };
    expect(surfaceOf(false, 'navbar')).toMatchObject({ backgroundColor: '{color.surface}', color: '{color.text}' });
    expect(surfaceOf(false, 'dark navbar')).toMatchObject({ backgroundColor: '{color.text}', color: '{color.surface}' });
    expect(surfaceOf(true, 'navbar')).toMatchObject({ backgroundColor: '{color.text}', color: '{color.surface}' });
    expect(surfaceOf(false, 'barra de navegación oscura')).toMatchObject({ backgroundColor: '{color.text}' });
  });

  it('reads a dark-mode setting as a label, not as a dark component', () => {
    const result = generateSpec('interruptor para activar el modo oscuro');
    expect(result.notes.join(' ')).not.toMatch(/Variante oscura/);
  });

  it('maps tone, size, shape and state words to the button', () => {
    const { spec, notes } = generateSpec('A big red rounded DELETE button, disabled');
    const button = spec.root;
    expect(button.style?.base).toMatchObject({ backgroundColor: '{color.danger}', color: '{color.on-danger}', borderRadius: '{radius.lg}', fontSize: '{font.size.lg}' });
    expect(spec.props.find((p) => p.name === 'disabled')?.default).toBe(true);
    expect(notes).toEqual(expect.arrayContaining(['Colour role: danger ({color.danger}).', 'Size: large.', 'Corners: rounded.', 'State: disabled.']));
  });

  it('writes Spanish copy for Spanish prompts and English copy for English ones', () => {
    expect(textsOf(generateSpec('formulario de inicio de sesión').spec)).toContain('Iniciar sesión');
    expect(textsOf(generateSpec('login form').spec)).toContain('Sign in');
  });

  it('is deterministic: the same prompt gives a byte-identical result', () => {
    for (const [prompt] of PROMPTS) expect(JSON.stringify(generateSpec(prompt))).toBe(JSON.stringify(generateSpec(prompt)));
  });

  it('generates every prompt of the table quickly (a loose guard, not a benchmark)', () => {
    const start = performance.now();
    for (const [prompt] of PROMPTS) generateSpec(prompt);
    expect(performance.now() - start).toBeLessThan(400);
  });
});
