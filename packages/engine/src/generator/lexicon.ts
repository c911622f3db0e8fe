import type { ButtonVariant, ControlState, Highlight, Mood, Size, Status, Tone } from './types.js';

/**
 * Word tables for slot extraction, English and Spanish side by side, in the
 * normalised form the matcher compares (lower-case, no accents). Multi-word
 * entries are phrases. The archetype keyword tables live with each archetype.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12,
};

/** Words after a number that show it is not a count of items ("50%", "2 of", "12 px"). */
export const NOT_COUNTED = new Set([
  'and', 'or', 'of', 'to', 'by', 'x', 'px', 'rem', 'em', 'percent', 'per', 'pt', 'ms', 's', 'seconds', 'minutes', 'times',
  'y', 'o', 'de', 'a', 'por', 'ciento', 'veces', 'segundos', 'minutos', 'mas', 'menos',
]);

export const ORDINALS: Readonly<Record<string, Highlight>> = {
  first: 'first', second: 1, third: 2, fourth: 3, fifth: 4, sixth: 5, last: 'last', middle: 'middle', center: 'middle', centre: 'middle', central: 'middle',
  primer: 'first', primero: 'first', primera: 'first', segundo: 1, segunda: 1, tercer: 2, tercero: 2, tercera: 2, cuarto: 3, cuarta: 3, quinto: 4, quinta: 4,
  sexto: 5, sexta: 5, ultimo: 'last', ultima: 'last', medio: 'middle', centro: 'middle',
};

/** Words that say one item stands out; an ordinal only counts next to one of these. */
export const HIGHLIGHT_MARKERS = new Set([
  'highlighted', 'highlight', 'featured', 'emphasized', 'emphasised', 'recommended', 'popular', 'selected', 'active', 'current', 'standout', 'accented',
  'destacado', 'destacada', 'destacar', 'resaltado', 'resaltada', 'resaltar', 'recomendado', 'recomendada', 'seleccionado', 'seleccionada', 'activo', 'activa', 'actual', 'enfatizado', 'enfatizada',
]);

export const TONE_WORDS: ReadonlyArray<[string, Tone]> = [
  ['primary', 'primary'], ['primario', 'primary'], ['primaria', 'primary'], ['brand', 'primary'], ['blue', 'primary'], ['azul', 'primary'], ['teal', 'primary'],
  ['secondary', 'secondary'], ['secundario', 'secondary'], ['secundaria', 'secondary'], ['grey', 'secondary'], ['gray', 'secondary'], ['gris', 'secondary'],
  ['accent', 'accent'], ['acento', 'accent'], ['mint', 'accent'], ['menta', 'accent'], ['turquoise', 'accent'], ['turquesa', 'accent'], ['cyan', 'accent'],
  ['success', 'success'], ['green', 'success'], ['verde', 'success'], ['positive', 'success'], ['positivo', 'success'],
  ['warning', 'warning'], ['yellow', 'warning'], ['amarillo', 'warning'], ['orange', 'warning'], ['naranja', 'warning'], ['caution', 'warning'],
  ['danger', 'danger'], ['destructive', 'danger'], ['destructivo', 'danger'], ['red', 'danger'], ['rojo', 'danger'], ['roja', 'danger'], ['peligro', 'danger'], ['delete', 'danger'], ['eliminar', 'danger'], ['borrar', 'danger'],
];

export const STATUS_WORDS: ReadonlyArray<[string, Status]> = [
  ['info', 'info'], ['information', 'info'], ['informational', 'info'], ['informacion', 'info'], ['informativo', 'info'], ['informativa', 'info'], ['neutral', 'info'],
  ['success', 'success'], ['successful', 'success'], ['exito', 'success'], ['exitoso', 'success'], ['saved', 'success'], ['guardado', 'success'], ['completado', 'success'], ['confirmation', 'success'],
  ['warning', 'warning'], ['advertencia', 'warning'], ['aviso', 'warning'], ['caution', 'warning'], ['precaucion', 'warning'], ['atencion', 'warning'],
  ['error', 'danger'], ['failed', 'danger'], ['failure', 'danger'], ['fallo', 'danger'], ['fallido', 'danger'], ['danger', 'danger'], ['peligro', 'danger'], ['critical', 'danger'], ['critico', 'danger'],
];

export const MOOD_WORDS: ReadonlyArray<[string, Mood]> = [
  ['elegant', 'elegant'], ['elegante', 'elegant'], ['sophisticated', 'elegant'], ['sofisticado', 'elegant'], ['sofisticada', 'elegant'], ['luxury', 'elegant'], ['lujo', 'elegant'], ['lujoso', 'elegant'], ['refined', 'elegant'], ['refinado', 'elegant'], ['classy', 'elegant'],
  ['playful', 'playful'], ['fun', 'playful'], ['divertido', 'playful'], ['divertida', 'playful'], ['ludico', 'playful'], ['colorful', 'playful'], ['colourful', 'playful'], ['colorido', 'playful'], ['friendly', 'playful'], ['cheerful', 'playful'], ['alegre', 'playful'], ['desenfadado', 'playful'],
  ['minimal', 'minimal'], ['minimalist', 'minimal'], ['minimalista', 'minimal'], ['clean', 'minimal'], ['limpio', 'minimal'], ['limpia', 'minimal'], ['simple', 'minimal'], ['sencillo', 'minimal'], ['sencilla', 'minimal'], ['sobrio', 'minimal'], ['sobria', 'minimal'], ['subtle', 'minimal'], ['sutil', 'minimal'],
  ['bold', 'bold'], ['strong', 'bold'], ['llamativo', 'bold'], ['llamativa', 'bold'], ['audaz', 'bold'], ['impactante', 'bold'], ['vibrant', 'bold'], ['vibrante', 'bold'], ['striking', 'bold'], ['loud', 'bold'], ['potente', 'bold'],
];

export const SIZE_WORDS: ReadonlyArray<[string, Size]> = [
  ['large', 'lg'], ['larger', 'lg'], ['big', 'lg'], ['bigger', 'lg'], ['huge', 'lg'], ['xl', 'lg'], ['grande', 'lg'], ['grandes', 'lg'], ['enorme', 'lg'], ['amplio', 'lg'],
  ['small', 'sm'], ['smaller', 'sm'], ['tiny', 'sm'], ['compact', 'sm'], ['mini', 'sm'], ['pequeno', 'sm'], ['pequena', 'sm'], ['pequenos', 'sm'], ['pequenas', 'sm'], ['chico', 'sm'], ['compacto', 'sm'], ['compacta', 'sm'],
];

export const DARK_WORDS = new Set(['dark', 'night', 'black', 'oscuro', 'oscura', 'oscuros', 'oscuras', 'nocturno', 'nocturna', 'negro', 'negra']);

export const PILL_WORDS = new Set(['pill', 'pills', 'capsule', 'capsula', 'pastilla', 'pildora']);
export const ROUNDED_WORDS = new Set(['rounded', 'round', 'redondeado', 'redondeada', 'redondeados', 'redondeadas', 'redondo', 'redonda', 'curvo', 'curva']);
export const SHARP_WORDS = new Set(['sharp', 'square', 'squared', 'boxy', 'angular', 'cuadrado', 'cuadrada', 'cuadrados', 'cuadradas', 'recto', 'recta', 'rectos', 'rectas', 'afilado', 'afiladas']);
export const NEGATIONS = new Set(['no', 'not', 'without', 'non', 'sin', 'nada']);

export const VARIANT_PHRASES: ReadonlyArray<[string, ButtonVariant]> = [
  ['icon button', 'icon'], ['icon only', 'icon'], ['boton de icono', 'icon'], ['boton icono', 'icon'], ['solo icono', 'icon'],
  ['outline', 'outline'], ['outlined', 'outline'], ['bordered', 'outline'], ['contorno', 'outline'], ['delineado', 'outline'], ['con borde', 'outline'],
  ['ghost', 'ghost'], ['fantasma', 'ghost'], ['transparent', 'ghost'], ['transparente', 'ghost'], ['text button', 'ghost'], ['boton de texto', 'ghost'],
  ['secondary', 'secondary'], ['secundario', 'secondary'], ['secundaria', 'secondary'],
  ['primary', 'primary'], ['primario', 'primary'], ['primaria', 'primary'], ['principal', 'primary'],
];

export const STATE_WORDS: ReadonlyArray<[string, ControlState]> = [
  ['disabled', 'disabled'], ['deshabilitado', 'disabled'], ['deshabilitada', 'disabled'], ['desactivado', 'disabled'], ['desactivada', 'disabled'], ['inactive', 'disabled'], ['inactivo', 'disabled'], ['inactiva', 'disabled'],
  ['loading', 'loading'], ['loader', 'loading'], ['spinner', 'loading'], ['cargando', 'loading'], ['busy', 'loading'], ['ocupado', 'loading'], ['processing', 'loading'], ['procesando', 'loading'], ['submitting', 'loading'], ['enviando', 'loading'], ['indeterminate', 'loading'], ['indeterminado', 'loading'],
];

/** Function words that tell the prompt's language apart (normalised). */
export const LANGUAGE_MARKERS: Readonly<Record<'en' | 'es', ReadonlySet<string>>> = {
  en: new Set(['the', 'with', 'a', 'an', 'and', 'for', 'of', 'to', 'in', 'on', 'that', 'this', 'my', 'our', 'is', 'one', 'make', 'create', 'need', 'want', 'showing', 'which', 'some', 'each', 'plans', 'items']),
  es: new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'con', 'para', 'de', 'del', 'y', 'que', 'por', 'sin', 'al', 'mi', 'nuestro', 'es', 'crea', 'quiero', 'necesito', 'haz', 'muestra', 'cada', 'planes', 'elementos', 'tres', 'dos', 'cuatro', 'enlaces', 'boton', 'botones', 'tarjeta', 'formulario', 'barra', 'pagina', 'usuario', 'usuarios']),
};
