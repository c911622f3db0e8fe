import { useDeferredValue, useId, useMemo, useState, type CSSProperties } from 'react';
import { cssVarName, type Token } from '@anclora/engine';
import { useT } from '../app/prefs';
import { colourHints, contrastRoles, formatRatio, groupTokens, tokenValueText, type ContrastHint, type ContrastRoles } from './token-model';

/** Every token, grouped, with its value, CSS variable, a swatch for colours and their contrast against the text/background roles. */
export function TokenTable({ tokens }: { tokens: Record<string, Token> }) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const groups = useMemo(() => groupTokens(tokens, deferred), [tokens, deferred]);
  const roles = useMemo(() => contrastRoles(tokens), [tokens]);
  const shown = groups.reduce((n, g) => n + g.tokens.length, 0);

  return (
    <section className="ds-tokens" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('ds.tokens')}</h3>
      <div className="field ds-tokens__filter">
        <label htmlFor={`${id}-filter`}>{t('ds.filter')}</label>
        <input id={`${id}-filter`} type="search" value={query} autoComplete="off" aria-describedby={`${id}-filter-hint`} onChange={(e) => setQuery(e.target.value)} />
        <p id={`${id}-filter-hint`} className="field__hint">
          {t('ds.filterHint')}
        </p>
      </div>
      <p className="visually-hidden" role="status">
        {deferred.trim() ? t('ds.filterCount', { n: shown }) : ''}
      </p>
      {roles.text && roles.background && (
        <p className="small muted">
          {t('ds.contrastRoles', { background: roles.background.path, text: roles.text.path })}
        </p>
      )}
      {groups.length === 0 && <p>{t('ds.filterNone', { query: deferred.trim() })}</p>}
      {groups.map((group) => {
        const colours = group.type === 'color';
        return (
          <table key={group.key} className={colours ? 'ds-table ds-table--colour' : 'ds-table'} data-testid={`ds-group-${group.key}`}>
            <caption>
              {group.group}
              {group.mixed && <span className="muted"> · {group.type}</span>} <span className="muted small">({group.tokens.length})</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('ds.col.name')}</th>
                <th scope="col">{t('ds.col.value')}</th>
                <th scope="col">{t('ds.col.variable')}</th>
                {colours && <th scope="col">{t('ds.col.contrast')}</th>}
              </tr>
            </thead>
            <tbody>
              {group.tokens.map((token) => (
                <TokenRow key={token.path} token={token} roles={colours ? roles : null} tokens={tokens} />
              ))}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}

function TokenRow({ token, roles, tokens }: { token: Token; roles: ContrastRoles | null; tokens: Record<string, Token> }) {
  const t = useT();
  const value = tokenValueText(token);
  const hints = roles ? colourHints(token, roles, tokens) : {};
  return (
    <tr>
      <th scope="row" className="ds-table__name">
        <code>{token.path}</code>
        {token.aliasOf && <span className="small muted ds-table__alias">{t('ds.aliasOf', { path: token.aliasOf })}</span>}
        {token.description && <span className="small muted ds-table__alias">{token.description}</span>}
      </th>
      <td>
        <span className="ds-value">
          {/* The swatch only repeats the value shown next to it as text. */}
          {token.type === 'color' && <span className="ds-swatch" style={{ '--swatch': token.css } as CSSProperties} aria-hidden="true" data-testid="swatch" />}
          <code>{value}</code>
        </span>
      </td>
      <td>
        <code>{cssVarName(token.path)}</code>
      </td>
      {roles && (
        <td>
          {hints.onPair && <Hint label={t('ds.onPair', { path: hints.onPair.against })} hint={hints.onPair} />}
          {hints.onBackground && <Hint label={t('ds.onBackground')} hint={hints.onBackground} />}
          {hints.underText && <Hint label={t('ds.underText')} hint={hints.underText} />}
          {!hints.onPair && !hints.onBackground && !hints.underText && <span className="muted">—</span>}
        </td>
      )}
    </tr>
  );
}

function Hint({ label, hint }: { label: string; hint: ContrastHint }) {
  const t = useT();
  return (
    <span className="ds-hint" data-testid="contrast-hint">
      <span className="small">{label}</span> <strong>{formatRatio(hint.ratio)}</strong>{' '}
      <span className={`badge badge--${hint.passes ? 'good' : 'bad'}`}>{hint.passes ? t('ds.aaPass') : t('ds.aaFail')}</span>
    </span>
  );
}
