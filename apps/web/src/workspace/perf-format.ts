/** The preview's performance figures as the UI language writes numbers ("9.9 kB", "9,9 kB"). */
import type { Lang } from '../lib/i18n';
import type { PreviewPerf } from '../lib/preview-protocol';

export interface PerfText {
  renderMs: string;
  domNodes: string;
  cssKb: string;
  jsKb: string;
  /** Cumulative layout shift, always with 3 decimals (the scale its thresholds use: 0.100, 0.250). */
  layoutShift: string;
}

export function formatPerf(perf: PreviewPerf, lang: Lang): PerfText {
  const whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const kB = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const shift = new Intl.NumberFormat(lang, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  return {
    renderMs: whole.format(perf.renderMs),
    domNodes: whole.format(perf.domNodes),
    cssKb: kB.format(perf.cssBytes / 1000),
    jsKb: kB.format(perf.jsBytes / 1000),
    layoutShift: shift.format(perf.layoutShift),
  };
}
