import type { TargetId } from '@anclora/engine';
import { renderAngular } from './angular.js';
import { renderHtmlCss, renderHtmlTailwind } from './html.js';
import { renderReact } from './react.js';
import { renderSvelte } from './svelte.js';
import type { TargetRenderer } from './target-page.js';
import { renderVue } from './vue.js';
import { renderWebComponent } from './web-component.js';

export type { TargetPage, TargetRenderer } from './target-page.js';

export const TARGET_RENDERERS: Record<TargetId, TargetRenderer> = {
  'html-css': renderHtmlCss,
  'html-tailwind': renderHtmlTailwind,
  'react-css': renderReact,
  'react-tailwind': renderReact,
  'react-chakra': renderReact,
  'vue-css': renderVue,
  'vue-tailwind': renderVue,
  'svelte-css': renderSvelte,
  'angular-css': renderAngular,
  'web-component': renderWebComponent,
};
