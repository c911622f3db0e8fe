/**
 * Options shared by the importers. CSS files and Style Dictionary trees hold
 * values that are not design tokens (animation names, content strings,
 * Tailwind's namespace resets); those are skipped, and `onSkip` hears about
 * each one so the caller can show what was left out instead of dropping it silently.
 */
export interface SkippedToken {
  /** The name in the source: "--animate-spin", "content.icon.close". */
  name: string;
  /** The token path it would have had, when it has one. */
  path?: string;
  reason: string;
}

export interface ImportOptions {
  onSkip?: (skipped: SkippedToken) => void;
}
