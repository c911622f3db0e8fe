import type { ShadowLayer, Token, TokenSet, TypographyValue } from './model.js';
import type { BorderValue, GradientStop, TransitionValue } from './composite-values.js';
import { parseFontFamilyList } from './css-text.js';
import { cssColorToDtcg } from './dtcg-color.js';
import { parseCubicBezier } from './primitive-values.js';
import { nestPaths } from './token-tree.js';

/**
 * DTCG 2025.10 JSON: groups from the paths, an explicit $type on every token,
 * colour/dimension/duration objects, composites as objects, aliases as
 * "{target.path}". importDtcg(exportDtcg(set)) gives back the same set — the
 * presets' tests hold it to that. Values the spec's objects cannot carry
 * (em units, calc(), color-mix()) stay CSS strings, which the importer reads.
 */
const color = (css: string): unknown => cssColorToDtcg(css) ?? css;

function dimension(css: string): unknown {
  if (css === '0') return { value: 0, unit: 'px' };
  const m = /^(-?\d*\.?\d+)(px|rem)$/.exec(css);
  return m ? { value: Number(m[1]), unit: m[2] } : css;
}

function duration(css: string): unknown {
  const m = /^(\d*\.?\d+)(ms|s)$/.exec(css);
  return m ? { value: Number(m[1]), unit: m[2] } : css;
}

const families = (css: string): string | string[] => {
  const list = parseFontFamilyList(css);
  return list.length === 1 ? list[0]! : list;
};

function shadowLayer(layer: ShadowLayer): Record<string, unknown> {
  const out: Record<string, unknown> = {
    color: color(layer.color),
    offsetX: dimension(layer.offsetX),
    offsetY: dimension(layer.offsetY),
    blur: dimension(layer.blur),
    spread: dimension(layer.spread),
  };
  if (layer.inset) out.inset = true;
  return out;
}

function dtcgValue(token: Token): unknown {
  switch (token.type) {
    case 'color':
      return color(token.css);
    case 'dimension':
      return dimension(token.css);
    case 'duration':
      return duration(token.css);
    case 'fontFamily':
      return families(token.css);
    case 'shadow': {
      const layers = (token.value as ShadowLayer[]).map(shadowLayer);
      return layers.length === 1 ? layers[0] : layers;
    }
    case 'typography': {
      const t = token.value as TypographyValue;
      const out: Record<string, unknown> = {
        fontFamily: families(t.fontFamily),
        fontSize: dimension(t.fontSize),
        fontWeight: t.fontWeight,
        lineHeight: typeof t.lineHeight === 'number' || t.lineHeight === 'normal' ? t.lineHeight : dimension(t.lineHeight),
      };
      if (t.letterSpacing !== undefined) out.letterSpacing = dimension(t.letterSpacing);
      return out;
    }
    case 'border': {
      const b = token.value as BorderValue;
      return { color: color(b.color), width: dimension(b.width), style: b.style };
    }
    case 'transition': {
      const t = token.value as TransitionValue;
      return { duration: duration(t.duration), delay: duration(t.delay), timingFunction: parseCubicBezier(t.timingFunction).value };
    }
    case 'gradient':
      return Array.isArray(token.value) ? (token.value as GradientStop[]).map((s) => ({ color: color(s.color), position: s.position })) : token.css;
    default:
      // number, fontWeight, cubicBezier, strokeStyle: the structured value is already DTCG.
      return token.value;
  }
}

/** JSON with two-space indents, but short arrays of numbers or strings on one line. */
function formatJson(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    return `[\n${value.map((v) => `${inner}${formatJson(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

export function exportDtcg(set: TokenSet): string {
  const entries = Object.values(set.tokens).map((token): [string, Record<string, unknown>] => {
    const target = token.aliasOf === undefined ? undefined : set.tokens[token.aliasOf];
    const out: Record<string, unknown> = { $type: token.type, $value: target?.type === token.type ? `{${target.path}}` : dtcgValue(token) };
    if (token.description !== undefined) out.$description = token.description;
    return [token.path, out];
  });
  return `${formatJson(nestPaths(entries))}\n`;
}
