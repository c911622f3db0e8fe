/** Public links of a shared component: the share page and the iframe snippet that embeds it on another site. */

export const shareUrl = (origin: string, id: string) => `${origin}/share/${encodeURIComponent(id)}`;
export const embedUrl = (origin: string, id: string) => `${origin}/embed/${encodeURIComponent(id)}`;

const escapeAttribute = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The snippet to paste into another page. The embed page holds only the
 * sandboxed preview, so the snippet needs no sandbox of its own; the title is
 * what a screen reader announces for the frame.
 */
export function embedSnippet(origin: string, id: string, title: string): string {
  return `<iframe src="${escapeAttribute(embedUrl(origin, id))}" title="${escapeAttribute(title)}" width="100%" height="480" loading="lazy" referrerpolicy="no-referrer" style="border:0"></iframe>`;
}
