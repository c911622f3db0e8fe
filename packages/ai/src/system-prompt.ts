import { ROLE_TOKENS, type ComponentSpec, type EngineIssue, type TargetId, type TokenSet } from '@anclora/engine';

/**
 * What the model providers tell the model. The spec, not code, is what the
 * model writes; the rules here are the ones the quality analysis checks, so a
 * model that follows them passes validation on the first attempt.
 */
export interface PromptContext {
  tokens: TokenSet;
  target: TargetId;
  viewport?: number | undefined;
}

const QUALITY_RULES = [
  'WCAG 2.2 AA: text contrast at least 4.5:1 (3:1 for large text) in every state; visible focus (focusVisible styles with an outline using {color.focus}); no information by colour alone.',
  'Semantic HTML: headings in order, <button> for actions, <a href> for navigation, <label for> or a11y.label on every form control, lists as <ul>/<ol>, landmarks where they fit.',
  'Accessible names: every interactive element and image has one (text content, a11y.label, or alt).',
  'Every interactive element (button, a, input, select, textarea, summary) has hover, focusVisible, active and disabled styles.',
  'Mobile-first: base styles are for the smallest screen; wider layouts go in style.responsive (sm, md, lg, xl) overrides.',
  'Tokens only: every colour, spacing, radius, border width, shadow, font family, size, weight, line height and duration is a token reference like {color.primary}; never a hex colour, px size or named colour. Layout values (display, flex, width: 100%, 0, auto) are plain CSS.',
];

/** The role tokens with their values, so the model knows what each reference looks like. */
export function tokenTable(tokens: TokenSet): string {
  const lines: string[] = [];
  for (const path of Object.keys(ROLE_TOKENS)) {
    const token = tokens.tokens[path];
    if (token) lines.push(`{${path}} = ${token.css || token.type}`);
  }
  return lines.join('\n');
}

export function systemPrompt(context: PromptContext): string {
  const viewport = context.viewport ?? 375;
  return [
    'You are Anclora Render\'s component designer. You write a component spec (JSON) that deterministic compilers turn into code; you never write code yourself.',
    `Target: ${context.target}. The preview is ${viewport} px wide; it is also shown at 375, 768 and 1200 px.`,
    `Design system "${context.tokens.name}". Use ONLY these token references, written as {path}:`,
    tokenTable(context.tokens),
    'Quality rules (the answer is checked against them and rejected if it breaks one):',
    ...QUALITY_RULES.map((rule, i) => `${i + 1}. ${rule}`),
    'The user\'s prompt may be in English or Spanish. Write all visible copy, labels and alt texts in the language of the prompt.',
    'Answer with the spec only, through the tool or as a single JSON object matching the schema.',
  ].join('\n');
}

/** The first user turn of a new generation. */
export const generationMessage = (prompt: string): string => `Component to build:\n${prompt}`;

/**
 * The first user turn of a refinement: the current spec travels once and the
 * model answers with a JSON Patch, so a small change costs few output tokens.
 */
export function refinementMessage(prompt: string, currentSpec: ComponentSpec): string {
  return [
    'Current component spec:',
    JSON.stringify(currentSpec),
    '',
    `Change requested:\n${prompt}`,
    '',
    'Answer with an RFC 6902 JSON Patch against the current spec, as {"patch": [ {"op": "replace", "path": "/root/children/0/style/base/fontSize", "value": "{font.size.lg}"}, … ]}.',
    'Patch only what the change needs; keep everything else, and keep every quality rule satisfied.',
  ].join('\n');
}

/** The repair turn: the validation issues with their paths, so the model can fix exactly those. */
export function repairMessage(issues: EngineIssue[], refinement: boolean): string {
  const list = issues.slice(0, 40).map((issue) => `- ${issue.path ? `${issue.path}: ` : ''}${issue.message} (${issue.code})`);
  return [
    'Your answer was rejected. Fix these issues and answer again with the complete ' + (refinement ? 'patch (against the original current spec).' : 'spec.'),
    ...list,
    issues.length > 40 ? `…and ${issues.length - 40} more.` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
