import { describe, expect, it } from 'vitest';
import { HttpError } from '../lib/http';
import { parseSpecText, rejectionDetail } from './spec-text';

describe('spec text', () => {
  it('parses the editor text, or gives the parser message', () => {
    expect(parseSpecText('{"name":"Card","root":{"kind":"element","tag":"div"}}')).toEqual({ spec: { name: 'Card', root: { kind: 'element', tag: 'div' } } });
    const bad = parseSpecText('{"name": ');
    expect('error' in bad && bad.error).toMatch(/JSON/);
  });

  it('sums a rejection up as its message and first three issues, paths first', () => {
    const issues = [
      { path: 'root.tag', message: 'unknown tag' },
      { message: 'name is required' },
      { path: 'props.0', message: 'bad prop' },
      { path: 'props.1', message: 'not shown' },
    ];
    const error = new HttpError(400, 'INVALID_SPEC', 'The spec is not valid', { issues });
    expect(rejectionDetail(error)).toBe('The spec is not valid · root.tag unknown tag · name is required · props.0 bad prop');
    expect(rejectionDetail(new HttpError(400, 'INVALID_SPEC', 'The spec is not valid'))).toBe('The spec is not valid');
  });
});
