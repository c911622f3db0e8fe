// End-to-end journeys of the design systems screen, through the built web app on the real server, in Debian's Chromium.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { apiAs, axeViolations, frame, hasChromium, signUpInUi, startE2e, waitForPreview, type E2e } from './harness.js';

const srgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  const components = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => Math.round((v / 255) * 10_000) / 10_000);
  return { colorSpace: 'srgb', components, hex };
};
const dim = (value: number, unit: 'px' | 'rem') => ({ value, unit });
const shadow = (alpha: number, y: number, blur: number, spread = 0) => ({
  color: { colorSpace: 'srgb', components: [0, 0, 0], alpha },
  offsetX: dim(0, 'px'),
  offsetY: dim(y, 'px'),
  blur: dim(blur, 'px'),
  spread: dim(spread, 'px'),
});

/**
 * A DTCG 2025.10 file that defines every role the engine's generator styles
 * with (ROLE_TOKENS in packages/engine/src/tokens/model.ts), in the format's
 * object values (colour spaces, {value, unit}) with aliases, so the API's
 * role completion has nothing to fill in from Anclora Ocean.
 */
const TIDEWATER = {
  $schema: 'https://www.designtokens.org/schemas/2025.10/format.json',
  $description: 'Tidewater: the design system the e2e journey imports.',
  color: {
    $type: 'color',
    brand: {
      'deep-sea': { $value: srgb('#1d4e89'), $description: 'Brand blue.' },
      'deep-sea-dark': { $value: srgb('#163b68') },
      sunset: { $value: srgb('#f4a261') },
    },
    primary: { $value: '{color.brand.deep-sea}' },
    'primary-hover': { $value: '{color.brand.deep-sea-dark}' },
    'on-primary': { $value: srgb('#ffffff') },
    secondary: { $value: srgb('#5b4b8a') },
    'on-secondary': { $value: srgb('#ffffff') },
    accent: { $value: '{color.brand.sunset}' },
    background: { $value: srgb('#fbfaf7') },
    surface: { $value: srgb('#ffffff') },
    'surface-muted': { $value: srgb('#f1efe9') },
    text: { $value: srgb('#1f2328') },
    'text-muted': { $value: srgb('#57606a') },
    border: { $value: srgb('#d0d7de') },
    focus: { $value: '{color.brand.deep-sea}' },
    success: { $value: srgb('#1a7f37') },
    warning: { $value: srgb('#9a6700') },
    danger: { $value: srgb('#cf222e') },
    'on-danger': { $value: srgb('#ffffff') },
  },
  space: {
    $type: 'dimension',
    xs: { $value: dim(0.25, 'rem') },
    sm: { $value: dim(0.5, 'rem') },
    md: { $value: dim(1, 'rem') },
    lg: { $value: dim(1.5, 'rem') },
    xl: { $value: dim(2.5, 'rem') },
  },
  radius: {
    $type: 'dimension',
    sm: { $value: dim(4, 'px') },
    md: { $value: dim(10, 'px') },
    lg: { $value: dim(16, 'px') },
    full: { $value: dim(9999, 'px') },
  },
  border: { width: { $type: 'dimension', $value: dim(1, 'px') } },
  font: {
    family: {
      $type: 'fontFamily',
      base: { $value: ['Inter', 'system-ui', 'sans-serif'] },
      heading: { $value: ['Georgia', 'serif'] },
      mono: { $value: ['JetBrains Mono', 'ui-monospace', 'monospace'] },
    },
    size: {
      $type: 'dimension',
      xs: { $value: dim(0.75, 'rem') },
      sm: { $value: dim(0.875, 'rem') },
      md: { $value: dim(1, 'rem') },
      lg: { $value: dim(1.125, 'rem') },
      xl: { $value: dim(1.375, 'rem') },
      '2xl': { $value: dim(1.75, 'rem') },
      '3xl': { $value: dim(2.25, 'rem') },
    },
    weight: { $type: 'fontWeight', regular: { $value: 400 }, medium: { $value: 500 }, semibold: { $value: 600 }, bold: { $value: 700 } },
  },
  'line-height': { $type: 'number', tight: { $value: 1.2 }, normal: { $value: 1.6 } },
  shadow: { $type: 'shadow', sm: { $value: shadow(0.08, 1, 2) }, md: { $value: shadow(0.12, 4, 8) }, lg: { $value: shadow(0.16, 12, 24, -4) } },
  breakpoint: { $type: 'dimension', sm: { $value: dim(640, 'px') }, md: { $value: dim(768, 'px') }, lg: { $value: dim(1024, 'px') }, xl: { $value: dim(1280, 'px') } },
  duration: { $type: 'duration', fast: { $value: { value: 150, unit: 'ms' } }, normal: { $value: { value: 250, unit: 'ms' } } },
};
const TIDEWATER_TOKENS = 55;

const CSS_VARIABLES = ':root {\n  --color-primary: #7a2e8c;\n  --color-text: #1b1b1f;\n  --space-md: 1rem;\n}\n';

/** The text as written (innerText would apply the badges' text-transform), whitespace collapsed. */
const textOf = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Imports a token file through the file input; resolves with the new design system's id (from the URL). */
async function importThroughFileInput(page: Page, base: string, fileName: string, text: string, name: string): Promise<string> {
  await page.goto(`${base}/design-systems`);
  await page.getByRole('heading', { level: 2, name: 'Import a token file' }).waitFor();
  await page.getByLabel('Token file', { exact: true }).setInputFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByLabel('Name', { exact: true }).first().fill(name);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.waitForURL(/\/design-systems\?id=[0-9a-f-]{36}$/);
  return new URL(page.url()).searchParams.get('id')!;
}

describe.skipIf(!hasChromium)('design systems end to end [chromium]', () => {
  let e2e: E2e;
  let base: string;

  beforeAll(async () => {
    e2e = await startE2e();
    base = e2e.base;
  }, 240_000);

  afterAll(async () => {
    await e2e?.stop();
  });

  it('imports a DTCG 2025.10 file through the file input, shows its tokens with swatches and contrast, exports it; then generating with it scores 100 % token compliance', async () => {
    const { context, page } = await e2e.newPage();
    try {
      const account = await signUpInUi(page, base, 'ds');
      await page.goto(`${base}/design-systems`);
      await page.getByRole('heading', { level: 1, name: 'Design systems' }).waitFor();
      await page.getByTestId('ds-own-empty').waitFor();

      // The file input reads the file in the browser, detects the format and suggests a name from the file.
      await page.getByLabel('Token file', { exact: true }).setInputFiles({ name: 'tidewater.tokens.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(TIDEWATER, null, 2)) });
      // Reading the file is asynchronous: wait for the form to fill in.
      await expect.poll(() => page.getByLabel('Tokens (paste or edit)').inputValue()).toContain('"deep-sea"');
      await expect.poll(() => page.getByLabel('Name', { exact: true }).first().inputValue()).toBe('tidewater');
      expect(await page.getByLabel('Format', { exact: true }).inputValue()).toBe('dtcg');
      await page.getByLabel('Name', { exact: true }).first().fill('Tidewater');
      await page.getByRole('button', { name: 'Import', exact: true }).click();

      // A bookmarkable detail, focused, telling that no role had to be filled in.
      await page.waitForURL(/\/design-systems\?id=[0-9a-f-]{36}$/);
      const id = new URL(page.url()).searchParams.get('id')!;
      await page.getByRole('heading', { level: 2, name: 'Tidewater' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('ds-detail-title');
      await page.getByTestId('ds-saved').getByText('The file defines every role the generator needs.').waitFor();
      await page.getByTestId('ds-own-list').getByRole('link', { name: /Tidewater/ }).waitFor();
      expect(await page.getByTestId('ds-own-list').getByRole('link', { name: /Tidewater/ }).getAttribute('aria-current')).toBe('page');

      // The token table: colour rows with a swatch painted in the colour next to its text value, and contrast hints.
      const colours = page.getByTestId('ds-group-color');
      expect(await colours.getByTestId('swatch').count()).toBe(20);
      const primary = colours.getByRole('row', { name: /^color\.primary\s/ });
      expect(await primary.innerText()).toContain('#1d4e89');
      expect(await primary.innerText()).toContain('alias of color.brand.deep-sea');
      expect(await primary.innerText()).toContain('--color-primary');
      expect(await primary.getByTestId('swatch').evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('rgb(29, 78, 137)');
      // #1d4e89 on the background #fbfaf7 passes AA; the light accent #f4a261 does not.
      expect(await textOf(primary.getByTestId('contrast-hint').first())).toBe('as text on background 8.03:1 AA pass');
      expect(await textOf(colours.getByRole('row', { name: /^color\.accent\s/ }).getByTestId('contrast-hint').first())).toBe('as text on background 1.97:1 AA fail');
      // An "on" colour is measured on its own surface.
      expect(await textOf(colours.getByRole('row', { name: /^color\.on-primary\s/ }).getByTestId('contrast-hint'))).toMatch(/^as text on color\.primary \d+\.\d\d:1 AA pass$/);
      await page.getByTestId('ds-group-font:fontFamily').getByText('Inter, system-ui, sans-serif').waitFor();
      await page.getByTestId('ds-group-space').getByRole('row', { name: /^space\.xl\s/ }).getByText('2.5rem').waitFor();

      // The filter narrows the table.
      await page.getByLabel('Filter tokens').fill('sunset');
      await page.getByText('2 tokens shown').waitFor({ state: 'attached' });
      expect(await page.getByTestId('ds-group-color').getByRole('row').count()).toBe(3);
      await page.getByLabel('Filter tokens').fill('');

      // Export: CSS by default, then DTCG, each downloadable under its own file name.
      const exported = page.getByTestId('ds-export-text');
      await exported.getByText('--color-brand-deep-sea: #1d4e89;', { exact: false }).waitFor();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
      await page.getByRole('button', { name: 'Copy', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('--color-brand-deep-sea: #1d4e89;');
      const downloadCss = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download tidewater.css' }).click();
      const css = await downloadCss;
      expect(css.suggestedFilename()).toBe('tidewater.css');
      expect(await readFile(await css.path(), 'utf8')).toBe(await exported.innerText().then((text) => `${text.trimEnd()}\n`));
      await page.getByLabel('Export format').selectOption('dtcg');
      await exported.getByText('"deep-sea"', { exact: false }).waitFor();
      const downloadDtcg = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download tidewater.tokens.json' }).click();
      const dtcg = JSON.parse(await readFile(await (await downloadDtcg).path(), 'utf8')) as { color: { primary: { $value: unknown } } };
      expect(dtcg.color.primary.$value).toBe('{color.brand.deep-sea}');

      // The bookmark opens the same detail after a reload; the API agrees on what was stored.
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Tidewater' }).waitFor();
      const call = await apiAs(base, account);
      const stored = await call<{ designSystem: { sourceFormat: string; tokenCount: number } }>('GET', `/api/design-systems/${id}`);
      expect(stored.designSystem).toMatchObject({ sourceFormat: 'dtcg', tokenCount: TIDEWATER_TOKENS });

      // The journey: "Use in workspace", pick the imported system, generate from a suggestion, 100 % token compliance.
      expect(await page.getByRole('link', { name: 'Use in workspace' }).getAttribute('href')).toBe(`/workspace?designSystem=${id}`);
      await page.getByRole('link', { name: 'Use in workspace' }).click();
      await page.waitForURL(`${base}/workspace?designSystem=${id}`);
      await page.locator(`#ws-ds option[value="${id}"]`).waitFor({ state: 'attached' });
      await page.locator('#ws-ds').selectOption(id);
      await page.getByRole('button', { name: 'Pricing table with 3 plans, the middle one highlighted' }).click();
      await page.getByRole('button', { name: 'Generate', exact: true }).click();
      const compliance = page.getByText(/^Token compliance: [\d.]+% of style values come from tokens$/);
      await compliance.waitFor({ timeout: 30_000 });
      // The preview is styled with the imported tokens, not the default preset's.
      await waitForPreview(page);
      expect(await frame(page).locator('body').evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-primary').trim())).toBe('#1d4e89');
      const literals = await page.locator('.quality details').first().innerText().catch(() => '');
      expect(await compliance.innerText(), `literal values reported: ${literals}`).toBe('Token compliance: 100% of style values come from tokens');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('pastes CSS custom properties (format detected, roles filled in and listed), copies a preset, hits the Free plan limit, renames and deletes with confirmation', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await signUpInUi(page, base, 'ds-limit');
      await page.goto(`${base}/design-systems`);
      await page.getByRole('heading', { level: 2, name: 'Import a token file' }).waitFor();

      // A rejected file: the API's message, its code, nothing created.
      await page.getByLabel('Tokens (paste or edit)').fill('{ "color": { "primary": { "$value": "{color.missing}" } } }');
      await page.getByLabel('Name', { exact: true }).first().fill('Broken');
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      const rejected = page.getByRole('alert').filter({ hasText: 'The API rejected the file' });
      await rejected.waitFor();
      expect(await rejected.innerText()).toContain('UNKNOWN_TOKEN_ALIAS');
      expect(page.url()).toBe(`${base}/design-systems`);

      // Pasted CSS: the format follows the text; the missing roles are filled from Anclora Ocean and listed.
      await page.getByLabel('Tokens (paste or edit)').fill(CSS_VARIABLES);
      expect(await page.getByLabel('Format', { exact: true }).inputValue()).toBe('css');
      await page.getByLabel('Name', { exact: true }).first().fill('Plum');
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'Plum' }).waitFor();
      const saved = page.getByTestId('ds-saved');
      await saved.getByText(/roles the generator needs were missing from the file and were filled from Anclora Ocean/).waitFor();
      expect(await saved.innerText()).toContain('color.background');
      expect(await saved.innerText()).not.toContain('color.primary\n');

      // Two copies of presets reach the Free plan's 3; the fourth is refused with the limit explained.
      for (const [preset, name] of [
        ['material-3', 'Material copy'],
        ['bootstrap-5', 'Bootstrap copy'],
        ['tailwind', 'One too many'],
      ] as const) {
        await page.getByRole('link', { name: 'Add a design system' }).click();
        await page.getByLabel('Preset', { exact: true }).selectOption(preset);
        await page.getByLabel('Name', { exact: true }).last().fill(name);
        await page.getByRole('button', { name: 'Create copy' }).click();
        if (name !== 'One too many') await page.getByRole('heading', { level: 2, name }).waitFor();
      }
      const limit = page.getByRole('alert').filter({ hasText: 'the Free plan keeps 3 custom design systems' });
      await limit.waitFor();
      expect(await limit.getByRole('link', { name: 'See plans' }).getAttribute('href')).toBe('/pricing');
      expect(await page.getByTestId('ds-own-list').getByRole('listitem').count()).toBe(3);

      // Rename, then delete: the question opens on "Keep it"; confirming removes it from the list.
      await page.getByTestId('ds-own-list').getByRole('link', { name: /Plum/ }).click();
      await page.getByRole('heading', { level: 2, name: 'Plum' }).waitFor();
      await page.getByLabel('Rename').fill('Plum two');
      await page.getByRole('button', { name: 'Save name' }).click();
      await page.getByText('Renamed to Plum two.').waitFor();
      await page.getByTestId('ds-own-list').getByRole('link', { name: /Plum two/ }).waitFor();
      await page.getByRole('button', { name: 'Delete…' }).click();
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText)).toBe('Keep it');
      await page.getByText('Delete “Plum two” and its', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Delete permanently' }).click();
      await page.getByText('Deleted Plum two.').waitFor();
      expect(page.url()).toBe(`${base}/design-systems`);
      await page.getByTestId('ds-own-list').getByRole('link', { name: /Material copy/ }).waitFor();
      expect(await page.getByTestId('ds-own-list').getByRole('listitem').count()).toBe(2);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('anonymous: browses the presets and their tokens, is asked to sign in to add one, and a stranger’s id is not found', async () => {
    const { context, page } = await e2e.newPage();
    try {
      await page.goto(`${base}/design-systems`);
      await page.getByTestId('ds-signin').getByRole('link', { name: 'Sign in' }).waitFor();
      expect(await page.getByTestId('ds-signin').getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/signin?next=/design-systems');
      expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
      const presets = page.getByTestId('ds-preset-list');
      expect(await presets.getByRole('listitem').count()).toBe(4);
      await presets.getByRole('link', { name: /Anclora Ocean/ }).click();
      await page.getByRole('heading', { level: 2, name: 'Anclora Ocean' }).waitFor();
      // The PRODUCT.md palette, each colour as text beside its swatch.
      const colours = page.getByTestId('ds-group-color');
      expect(await colours.getByRole('row', { name: /^color\.primary\s/ }).innerText()).toContain('#0b6477');
      expect(await colours.getByTestId('contrast-hint').count()).toBeGreaterThan(10);
      expect(await page.getByRole('button', { name: 'Delete…' }).count()).toBe(0);
      // Presets export for anyone.
      await page.getByTestId('ds-export-text').getByText('--color-primary: #0b6477;', { exact: false }).waitFor();

      await page.goto(`${base}/design-systems?id=00000000-0000-4000-8000-000000000000`);
      await page.getByText('This design system does not exist, or it belongs to another account.').waitFor();
      await page.getByText('If it is yours, sign in to see it.').waitFor();
    } finally {
      await context.close();
    }
  }, 90_000);

  it('axe-core finds no WCAG 2.2 AA violations on the list, the add forms and a detail with its token table, in light and dark themes', async () => {
    const { context, page } = await e2e.newPage();
    const found: Record<string, unknown> = {};
    try {
      // Signed out first (the sign-in prompt and a preset's detail), then signed in (the forms and your own detail).
      for (const theme of ['light', 'dark'] as const) {
        await page.goto(`${base}/design-systems`);
        await page.evaluate((value) => localStorage.setItem('anclora.theme', value), theme);
        for (const route of ['/design-systems', '/design-systems?id=tailwind']) {
          await page.goto(`${base}${route}`);
          await (route.includes('?id=') ? page.getByTestId('ds-export-text') : page.getByTestId('ds-signin')).waitFor();
          expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
          const violations = await axeViolations(page);
          if (violations.length > 0) found[`anonymous ${theme} ${route}`] = violations;
        }
      }
      await signUpInUi(page, base, 'ds-axe');
      const id = await importThroughFileInput(page, base, 'tidewater.tokens.json', JSON.stringify(TIDEWATER), 'Tidewater');
      for (const theme of ['light', 'dark'] as const) {
        await page.evaluate((value) => localStorage.setItem('anclora.theme', value), theme);
        for (const route of ['/design-systems', `/design-systems?id=${id}`]) {
          await page.goto(`${base}${route}`);
          await page.getByRole('heading', { level: 1, name: 'Design systems' }).waitFor();
          expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
          if (route.includes('?id=')) {
            await page.getByTestId('ds-export-text').waitFor();
            await page.getByRole('button', { name: 'Delete…' }).click();
            await page.getByRole('button', { name: 'Delete permanently' }).waitFor();
          } else {
            await page.getByRole('heading', { level: 2, name: 'Import a token file' }).waitFor();
            // An error notice is part of the page's states too.
            await page.getByRole('button', { name: 'Import', exact: true }).click();
            await page.getByText('Choose a file or paste the tokens.').waitFor();
          }
          const violations = await axeViolations(page);
          if (violations.length > 0) found[`signed in ${theme} ${route}`] = violations;
        }
      }
      expect(found).toEqual({});
    } finally {
      await context.close();
    }
  }, 120_000);
});
