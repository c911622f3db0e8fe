import { analyzeSpec, type ComponentSpec, type Lang, type SpecNode, type TokenSet } from '@anclora/engine';

/**
 * The offline generator's refinements: a small, deterministic set of edits
 * recognised from the prompt (English or Spanish), each moving token
 * references along a role scale. The spec's structure never changes, and an
 * edit that would add a quality error (say, a colour with too little
 * contrast) is skipped and reported rather than applied.
 */
interface Edit {
  id: string;
  label: Record<Lang, string>;
  /** Returns the new value of a style declaration, or the same value. */
  apply(property: string, value: string): string;
}

const FONT_SIZES = ['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl'];
const SPACES = ['xs', 'sm', 'md', 'lg', 'xl'];
const RADII = ['sm', 'md', 'lg'];
const SPACING_PROPS = /^(padding|gap|rowGap|columnGap)/;

const step = (scale: string[], group: string, by: number) => (value: string) =>
  value.replace(new RegExp(`\\{${group.replace('.', '\\.')}\\.([a-z0-9]+)\\}`, 'g'), (ref, size: string) => {
    const i = scale.indexOf(size);
    if (i === -1) return ref;
    return `{${group}.${scale[Math.max(0, Math.min(scale.length - 1, i + by))]}}`;
  });

const swap = (map: Record<string, string>) => (value: string) => value.replace(/\{(color\.[a-z0-9-]+)\}/g, (ref, path: string) => (map[path] ? `{${map[path]}}` : ref));

const COLOR_PROPS = new Set(['color', 'backgroundColor', 'borderColor', 'outlineColor', 'fill', 'stroke']);

const recolor = (role: string, onRole: string): Edit['apply'] => {
  const change = swap({ 'color.primary': role, 'color.primary-hover': role, 'color.on-primary': onRole });
  return (property, value) => (COLOR_PROPS.has(property) ? change(value) : value);
};

const TONES: Array<{ words: RegExp; role: string; on: string; label: Record<Lang, string> }> = [
  { words: /\b(red|danger|rojo|roja|peligro)\b/, role: 'color.danger', on: 'color.on-danger', label: { en: 'primary colour → danger (red)', es: 'color primario → peligro (rojo)' } },
  { words: /\b(green|success|verde|éxito)\b/, role: 'color.success', on: 'color.text', label: { en: 'primary colour → success (green)', es: 'color primario → éxito (verde)' } },
  { words: /\b(teal|mint|accent|turquesa|menta|acento)\b/, role: 'color.accent', on: 'color.text', label: { en: 'primary colour → accent', es: 'color primario → acento' } },
];

const UP = /\b(larger|bigger|increase|more|grow|grande|grandes|mayor|aumenta|agranda|más)\b/;
const DOWN = /\b(smaller|reduce|less|decrease|shrink|pequeño|pequeña|pequeños|menor|menos|reduce|reducir|achica)\b/;
const SPACING_WORDS = /\b(padding|spacing|space|spacious|roomier|airy|espacio|espaciado|relleno|aire)\b/;

const TEXT_WORDS = /\b(text|font|type|title|heading|texto|letra|letras|fuente|título|titulo)\b/;
const RADIUS_WORDS = /\b(sharp|square|squared|rounded|round|rounder|pill|corners?|radius|esquinas?|radio|redondead[oa]s?|redond[oa]s?|cuadrad[oa]s?|rect[oa]s?)\b/;
const DARK_WORDS = /\b(dark|darker|oscur[oa]s?|noche)\b/;
const TONE_WORDS = new RegExp(TONES.map((t) => t.words.source).join('|'));

/** Size edits read per clause, so "less padding and rounder corners" does not make the text larger. */
function sizeEdits(p: string): Edit[] {
  const edits: Edit[] = [];
  const seen = new Set<string>();
  for (const clause of p.split(/,|;|\.|\band\b|\by\b|\bbut\b|\bpero\b|\bwith\b|\bcon\b/)) {
    const compact = /\b(compact|compacto|compacta|tighter)\b/.test(clause);
    const dir = compact ? -1 : UP.test(clause) ? 1 : DOWN.test(clause) ? -1 : 0;
    if (dir === 0) continue;
    if (SPACING_WORDS.test(clause) || compact) {
      const move = step(SPACES, 'space', dir);
      const id = dir > 0 ? 'padding-up' : 'padding-down';
      if (!seen.has('padding')) {
        seen.add('padding');
        edits.push({
          id,
          label: { en: dir > 0 ? 'more padding (one space step up)' : 'less padding (one space step down)', es: dir > 0 ? 'más relleno (un paso de espaciado más)' : 'menos relleno (un paso de espaciado menos)' },
          apply: (property, value) => (SPACING_PROPS.test(property) ? move(value) : value),
        });
      }
      continue;
    }
    // Without a subject, "larger"/"más grande" means the text, unless the clause is about corners, dark mode or colour.
    const other = RADIUS_WORDS.test(clause) || DARK_WORDS.test(clause) || TONE_WORDS.test(clause);
    if ((TEXT_WORDS.test(clause) || !other) && !seen.has('text')) {
      seen.add('text');
      const move = step(FONT_SIZES, 'font.size', dir);
      edits.push({
        id: dir > 0 ? 'text-up' : 'text-down',
        label: { en: dir > 0 ? 'larger text (one font size step up)' : 'smaller text (one font size step down)', es: dir > 0 ? 'texto más grande (un tamaño más)' : 'texto más pequeño (un tamaño menos)' },
        apply: (property, value) => (property === 'fontSize' ? move(value) : value),
      });
    }
  }
  return edits;
}

function editsFor(prompt: string): Edit[] {
  const p = prompt.toLowerCase();
  const edits = sizeEdits(p);
  if (/\b(sharp|square|squared|cuadrad[oa]s?|rect[oa]s?|sin redondeo)\b/.test(p)) {
    edits.push({
      id: 'radius-sharp',
      label: { en: 'sharp corners (radius 0)', es: 'esquinas rectas (radio 0)' },
      apply: (property, value) => (property === 'borderRadius' && !value.includes('radius.full') ? '0' : value),
    });
  } else if (/\b(rounded|round|rounder|pill|redondead[oa]s?|redondo|redondas?)\b/.test(p)) {
    const move = step(RADII, 'radius', 1);
    edits.push({ id: 'radius-round', label: { en: 'rounder corners (one radius step up)', es: 'esquinas más redondeadas (un radio más)' }, apply: (property, value) => (property === 'borderRadius' ? move(value) : value) });
  }
  if (DARK_WORDS.test(p)) {
    const change = swap({
      'color.background': 'color.text',
      'color.surface': 'color.text',
      'color.surface-muted': 'color.text',
      'color.text': 'color.background',
      'color.text-muted': 'color.border',
      'color.border': 'color.text-muted',
    });
    edits.push({ id: 'dark', label: { en: 'dark surfaces with light text', es: 'superficies oscuras con texto claro' }, apply: (property, value) => (COLOR_PROPS.has(property) ? change(value) : value) });
  }
  for (const tone of TONES) {
    if (tone.words.test(p)) {
      edits.push({ id: `tone-${tone.role}`, label: tone.label, apply: recolor(tone.role, tone.on) });
      break;
    }
  }
  return edits;
}

/** Applies `edit` to every style declaration of a clone; returns the clone and how many values changed. */
function applyEdit(spec: ComponentSpec, edit: Edit): { spec: ComponentSpec; changed: number } {
  const clone = structuredClone(spec);
  let changed = 0;
  const visit = (node: SpecNode) => {
    if (node.kind === 'element') {
      const style = node.style as Record<string, unknown> | undefined;
      const blocks = style ? [style.base, style.hover, style.focusVisible, style.active, style.disabled, ...Object.values((style.responsive as object | undefined) ?? {})] : [];
      for (const block of blocks as Array<Record<string, string> | undefined>) {
        if (!block) continue;
        for (const [property, value] of Object.entries(block)) {
          const next = edit.apply(property, value);
          if (next !== value) {
            block[property] = next;
            changed += 1;
          }
        }
      }
      node.children?.forEach(visit);
    } else if (node.kind === 'if') {
      node.then.forEach(visit);
      node.else?.forEach(visit);
    } else if (node.kind === 'each') node.children.forEach(visit);
  };
  visit(clone.root);
  return { spec: clone, changed };
}

export interface Refinement {
  spec: ComponentSpec;
  notes: string[];
}

export function refineOffline(spec: ComponentSpec, prompt: string, tokens: TokenSet, lang: Lang): Refinement {
  const edits = editsFor(prompt);
  if (edits.length === 0) {
    return {
      spec,
      notes: [
        lang === 'es'
          ? 'Ningún cambio reconocido: el generador sin conexión entiende tamaño de texto, relleno, radio, modo oscuro y color (rojo, verde, turquesa). La especificación no ha cambiado.'
          : 'No change recognised: the offline generator understands text size, padding, corner radius, dark mode and colour (red, green, teal). The spec is unchanged.',
      ],
    };
  }
  let current = spec;
  let errors = analyzeSpec(spec, tokens).summary.errors;
  const notes: string[] = [];
  for (const edit of edits) {
    const { spec: next, changed } = applyEdit(current, edit);
    const label = edit.label[lang];
    if (changed === 0) {
      notes.push(lang === 'es' ? `Sin efecto: ${label} (nada que cambiar).` : `No effect: ${label} (nothing to change).`);
      continue;
    }
    const nextErrors = analyzeSpec(next, tokens).summary.errors;
    if (nextErrors > errors) {
      notes.push(lang === 'es' ? `Omitido: ${label} (empeoraría la accesibilidad).` : `Skipped: ${label} (it would break accessibility).`);
      continue;
    }
    current = next;
    errors = nextErrors;
    notes.push(lang === 'es' ? `Cambiado: ${label} (${changed} valores).` : `Changed: ${label} (${changed} values).`);
  }
  return { spec: current, notes };
}
