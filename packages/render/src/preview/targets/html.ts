import { tailwindCss } from '../tailwind-css.js';
import { entryFile, fileByName, type TargetRenderer } from './target-page.js';

/** html-css: the fragment, with its own <style>, is the page. */
export const renderHtmlCss: TargetRenderer = async (output) => ({
  body: entryFile(output).content,
  styles: [],
  isStatic: true,
});

/** html-tailwind: the fragment plus Tailwind's CSS for it, compiled on the server. */
export const renderHtmlTailwind: TargetRenderer = async (output) => {
  const html = entryFile(output).content;
  return { body: html, styles: [await tailwindCss(themeOf(output), [html])], isStatic: true };
};

export function themeOf(output: Parameters<TargetRenderer>[0]): string {
  const theme = fileByName(output, 'tailwind.css');
  if (!theme) throw new Error(`${output.target}: tailwind.css is not among the compiled files`);
  return theme.content;
}
