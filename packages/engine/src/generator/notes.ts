import type { ArchetypeScore, NearMiss } from './classify.js';
import type { PromptUnderstanding } from './understand-prompt.js';
import type { Archetype, Highlight, Lang, Slots } from './types.js';

/**
 * The generator's explanation of what it understood, in the prompt's
 * language: which archetype and why, and every slot it applied. When the
 * prompt could not be placed, the first note says so and why the chosen
 * archetype is the closest.
 */
export type Placement =
  | { kind: 'matched'; score: ArchetypeScore }
  | { kind: 'weak'; score: ArchetypeScore }
  | { kind: 'near'; miss: NearMiss }
  | { kind: 'none' };

const q = (lang: Lang, s: string) => (lang === 'es' ? `«${s}»` : `“${s}”`);
const list = (lang: Lang, xs: readonly string[]) => xs.map((x) => q(lang, x)).join(', ');

const ORDINAL_TEXT: Record<Lang, (h: Highlight) => string> = {
  en: (h) => (typeof h === 'number' ? ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][h] ?? `#${h + 1}` : h),
  es: (h) => (typeof h === 'number' ? ['primero', 'segundo', 'tercero', 'cuarto', 'quinto', 'sexto'][h] ?? `n.º ${h + 1}` : { first: 'primero', middle: 'el del medio', last: 'último' }[h]),
};

/** Slot values as words of the prompt's language. */
const VALUE: Record<Lang, Record<string, string>> = {
  en: { sm: 'small', lg: 'large', info: 'information', danger: 'danger' },
  es: {
    primary: 'principal', secondary: 'secundario', accent: 'acento', success: 'éxito', warning: 'advertencia', danger: 'peligro', info: 'información',
    elegant: 'elegante', playful: 'desenfadado', minimal: 'minimalista', bold: 'llamativo', sm: 'pequeño', lg: 'grande',
    rounded: 'redondeadas', pill: 'en píldora', sharp: 'rectas', disabled: 'deshabilitado', loading: 'cargando',
    outline: 'contorno', ghost: 'fantasma', icon: 'solo icono',
  },
};
const word = (lang: Lang, v: string) => VALUE[lang][v] ?? v;

const T = {
  en: {
    matched: (t: string, m: string) => `Understood: ${t} (from ${m}).`,
    weak: (t: string, m: string) => `Only a weak hint (${m}) pointed to a component type; used the closest archetype, ${t}.`,
    near: (t: string, w: string, term: string) => `The prompt did not name a component type I know; used the closest archetype, ${t}, because ${w} looks like ${term}.`,
    none: (t: string) => `The prompt did not name a component type I know; used the closest archetype, ${t}, because it is the most general container. Try naming the component, e.g. “pricing table”, “login form” or “navbar”.`,
    count: (n: number, h: string) => `Count: ${n} (from ${h}).`,
    clamped: (n: number, built: number) => `Count: ${n} asked for, ${built} built (the ${built > n ? 'fewest' : 'most'} this component shows).`,
    noCount: (n: number) => `Count: ${n} asked for, but this component has no repeated items.`,
    highlight: (o: string) => `Highlighted item: the ${o} one.`,
    texts: (fields: string, texts: string) => `Quoted texts used, in order, as ${fields}: ${texts}.`,
    unused: (texts: string) => `Quoted texts not used: ${texts}.`,
    tone: (t: string, role: string) => `Colour role: ${t} ({color.${role}}).`,
    status: (s: string) => `Feedback kind: ${s}.`,
    mood: (m: string) => `Mood: ${m}.`,
    size: (s: string) => `Size: ${s}.`,
    dark: 'Dark variant: surfaces use the text role and text uses the surface role.',
    shape: (s: string) => `Corners: ${s}.`,
    state: (s: string) => `State: ${s}.`,
    variant: (v: string) => `Variant: ${v}.`,
  },
  es: {
    matched: (t: string, m: string) => `Entendido: ${t} (por ${m}).`,
    weak: (t: string, m: string) => `Solo una pista débil (${m}) apuntaba a un tipo de componente; se ha usado el arquetipo más cercano, ${t}.`,
    near: (t: string, w: string, term: string) => `El texto no nombra un tipo de componente conocido; se ha usado el arquetipo más cercano, ${t}, porque ${w} se parece a ${term}.`,
    none: (t: string) => `El texto no nombra un tipo de componente conocido; se ha usado el arquetipo más cercano, ${t}, por ser el contenedor más general. Prueba a nombrar el componente, por ejemplo «tabla de precios», «formulario de acceso» o «barra de navegación».`,
    count: (n: number, h: string) => `Cantidad: ${n} (por ${h}).`,
    clamped: (n: number, built: number) => `Cantidad: se pidieron ${n} y se han creado ${built} (${built > n ? 'el mínimo' : 'el máximo'} de este componente).`,
    noCount: (n: number) => `Cantidad: se pidieron ${n}, pero este componente no tiene elementos repetidos.`,
    highlight: (o: string) => `Elemento destacado: ${o}.`,
    texts: (fields: string, texts: string) => `Textos entre comillas usados, en orden, como ${fields}: ${texts}.`,
    unused: (texts: string) => `Textos entre comillas sin usar: ${texts}.`,
    tone: (t: string, role: string) => `Rol de color: ${t} ({color.${role}}).`,
    status: (s: string) => `Tipo de aviso: ${s}.`,
    mood: (m: string) => `Estilo: ${m}.`,
    size: (s: string) => `Tamaño: ${s}.`,
    dark: 'Variante oscura: las superficies usan el rol de texto y el texto usa el rol de superficie.',
    shape: (s: string) => `Esquinas: ${s}.`,
    state: (s: string) => `Estado: ${s}.`,
    variant: (v: string) => `Variante: ${v}.`,
  },
};

export function buildNotes(u: PromptUnderstanding, slots: Slots, archetype: Archetype, placement: Placement): string[] {
  const lang = u.language;
  const t = T[lang];
  const title = archetype.title[lang];
  const notes: string[] = [];
  switch (placement.kind) {
    case 'matched':
      notes.push(t.matched(title, list(lang, placement.score.matched)));
      break;
    case 'weak':
      notes.push(t.weak(title, list(lang, placement.score.matched)));
      break;
    case 'near':
      notes.push(t.near(title, q(lang, placement.miss.word), q(lang, placement.miss.term)));
      break;
    case 'none':
      notes.push(t.none(title));
  }
  const { heard } = u;
  if (slots.count !== undefined && heard.count) {
    const range = archetype.counts;
    const built = range ? Math.min(range.max, Math.max(range.min, slots.count)) : undefined;
    notes.push(built === undefined ? t.noCount(slots.count) : built === slots.count ? t.count(slots.count, q(lang, heard.count)) : t.clamped(slots.count, built));
  }
  if (slots.highlight !== undefined) notes.push(t.highlight(ORDINAL_TEXT[lang](slots.highlight)));
  if (slots.texts.length > 0) {
    const fields = archetype.textSlots[lang];
    const open = fields.at(-1)?.endsWith('…') ?? false;
    const used = open ? slots.texts : slots.texts.slice(0, fields.length);
    if (used.length > 0) notes.push(t.texts(fields.slice(0, Math.max(1, Math.min(fields.length, used.length))).join(', '), list(lang, used)));
    const unused = slots.texts.slice(used.length);
    if (unused.length > 0) notes.push(t.unused(list(lang, unused)));
  }
  const w = (v: string) => word(lang, v);
  if (slots.tone && heard.tone) notes.push(t.tone(w(slots.tone), slots.tone));
  if (slots.status && heard.status) notes.push(t.status(w(slots.status)));
  if (slots.mood) notes.push(t.mood(w(slots.mood)));
  if (slots.size !== 'md') notes.push(t.size(w(slots.size)));
  if (slots.dark) notes.push(t.dark);
  if (slots.shape !== 'default') notes.push(t.shape(w(slots.shape)));
  if (slots.state) notes.push(t.state(w(slots.state)));
  if (slots.variant) notes.push(t.variant(w(slots.variant)));
  return notes;
}
