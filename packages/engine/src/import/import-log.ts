/**
 * What an import reports besides the spec: constructs it could not carry
 * (never dropped silently) and literal values it mapped to tokens. Entries
 * are de-duplicated and capped, so hostile input cannot grow the report
 * without bound; the cap itself is reported.
 */
export interface UnsupportedConstruct {
  /** What was not imported: "<script>", "onclick", ".card::before", "@keyframes spin", "animation"… */
  construct: string;
  /** Where it was: the spec path of the element ("root.children[2]"), or the CSS selector. */
  path?: string;
  reason: string;
}

export interface MappedValue {
  /** The literal or utility class as written: "#0b6477", "16px", "bg-primary", "(min-width: 768px)". */
  value: string;
  /** The token path it now references: "color.primary". */
  token: string;
}

export const MAX_REPORTED = 200;

export class ImportLog {
  readonly unsupported: UnsupportedConstruct[] = [];
  readonly mapped: MappedValue[] = [];
  private readonly seen = new Set<string>();
  private readonly seenMapped = new Set<string>();
  private dropped = 0;

  report(construct: string, reason: string, path?: string): void {
    const key = `${construct}\u0000${reason}\u0000${path ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.unsupported.length >= MAX_REPORTED) {
      this.dropped += 1;
      return;
    }
    this.unsupported.push(path === undefined || path === construct ? { construct, reason } : { construct, path, reason });
  }

  map(value: string, token: string): void {
    const key = `${value}\u0000${token}`;
    if (this.seenMapped.has(key) || this.mapped.length >= MAX_REPORTED) return;
    this.seenMapped.add(key);
    this.mapped.push({ value, token });
  }

  /** The unsupported list, closed with a note when the cap cut it short. */
  finish(): UnsupportedConstruct[] {
    if (this.dropped === 0) return this.unsupported;
    return [...this.unsupported, { construct: 'report', reason: `${this.dropped} more unsupported constructs were not listed.` }];
  }
}
