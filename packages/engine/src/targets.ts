/**
 * The compilation targets: one component spec compiles to each of these.
 * Pure data, shared by the API (`GET /api/targets`), the worker and the web app.
 */
export type Framework = 'html' | 'react' | 'vue' | 'svelte' | 'angular' | 'web-component';
export type Styling = 'css' | 'tailwind' | 'chakra';

export interface Target {
  readonly id: TargetId;
  readonly framework: Framework;
  readonly styling: Styling;
  readonly label: string;
  readonly detail: string;
}

export const TARGET_IDS = [
  'html-css',
  'html-tailwind',
  'react-css',
  'react-tailwind',
  'react-chakra',
  'vue-css',
  'vue-tailwind',
  'svelte-css',
  'angular-css',
  'web-component',
] as const;
export type TargetId = (typeof TARGET_IDS)[number];

export const TARGETS: readonly Target[] = [
  { id: 'html-css', framework: 'html', styling: 'css', label: 'HTML + CSS', detail: 'Semantic markup with a stylesheet of token variables' },
  { id: 'html-tailwind', framework: 'html', styling: 'tailwind', label: 'HTML + Tailwind', detail: 'Utility classes mapped to your tokens' },
  { id: 'react-css', framework: 'react', styling: 'css', label: 'React + CSS', detail: 'Typed TSX component with a CSS file' },
  { id: 'react-tailwind', framework: 'react', styling: 'tailwind', label: 'React + Tailwind', detail: 'Typed TSX component with utility classes' },
  { id: 'react-chakra', framework: 'react', styling: 'chakra', label: 'React + Chakra UI', detail: 'TSX component on a Chakra theme from your tokens' },
  { id: 'vue-css', framework: 'vue', styling: 'css', label: 'Vue 3', detail: 'Single-file component with scoped CSS' },
  { id: 'vue-tailwind', framework: 'vue', styling: 'tailwind', label: 'Vue 3 + Tailwind', detail: 'Single-file component with utility classes' },
  { id: 'svelte-css', framework: 'svelte', styling: 'css', label: 'Svelte 5', detail: 'Component with runes and scoped CSS' },
  { id: 'angular-css', framework: 'angular', styling: 'css', label: 'Angular', detail: 'Standalone component' },
  { id: 'web-component', framework: 'web-component', styling: 'css', label: 'Web Component', detail: 'Custom element with shadow DOM' },
];

export const isTargetId = (value: string): value is TargetId => (TARGET_IDS as readonly string[]).includes(value);
