import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { detectLang, isLang, translate, type Lang, type Translate } from '../lib/i18n';

export type ThemeChoice = 'system' | 'light' | 'dark';
const LANG_KEY = 'anclora.lang';
const THEME_KEY = 'anclora.theme';

const readStorage = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const writeStorage = (key: string, value: string) => {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the choice lasts for this visit.
  }
};

interface Prefs {
  lang: Lang;
  setLang(lang: Lang): void;
  theme: ThemeChoice;
  /** The theme in effect (system resolved through prefers-color-scheme). */
  resolvedTheme: 'light' | 'dark';
  setTheme(theme: ThemeChoice): void;
  t: Translate;
}

const PrefsContext = createContext<Prefs | null>(null);

const systemDark = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

function initialLang(): Lang {
  const stored = readStorage(LANG_KEY);
  return isLang(stored) ? stored : detectLang(navigator.languages?.length ? navigator.languages : navigator.language);
}

function initialTheme(): ThemeChoice {
  const stored = readStorage(THEME_KEY);
  return stored === 'light' || stored === 'dark' || stored === 'system' ? stored : 'system';
}

/**
 * Sets the document's theme and language before the first render, so the page
 * never paints in the wrong theme (no flash, no layout shift) and anything that
 * reads them right after load sees the final values.
 */
export function applyStoredPrefs() {
  const theme = initialTheme();
  document.documentElement.dataset.theme = theme === 'system' ? (systemDark() ? 'dark' : 'light') : theme;
  document.documentElement.lang = initialLang();
}

export function PrefsProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [theme, setThemeState] = useState<ThemeChoice>(initialTheme);
  const [dark, setDark] = useState(systemDark);

  useEffect(() => {
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const resolvedTheme = theme === 'system' ? (dark ? 'dark' : 'light') : theme;
  useEffect(() => {
    document.documentElement.dataset.theme = resolvedTheme;
  }, [resolvedTheme]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    writeStorage(LANG_KEY, next);
    setLangState(next);
  }, []);
  const setTheme = useCallback((next: ThemeChoice) => {
    writeStorage(THEME_KEY, next);
    setThemeState(next);
  }, []);
  const t = useCallback<Translate>((key, params) => translate(lang, key, params), [lang]);

  const value = useMemo(() => ({ lang, setLang, theme, resolvedTheme, setTheme, t }), [lang, setLang, theme, resolvedTheme, setTheme, t]);
  return <PrefsContext.Provider value={value}>{children}</PrefsContext.Provider>;
}

export function usePrefs(): Prefs {
  const prefs = useContext(PrefsContext);
  if (!prefs) throw new Error('usePrefs outside PrefsProvider');
  return prefs;
}

export const useT = (): Translate => usePrefs().t;

/** Sets document.title for a page. */
export function useTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Anclora Render`;
  }, [title]);
}

/** navigator.onLine, live. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    addEventListener('online', on);
    addEventListener('offline', off);
    return () => {
      removeEventListener('online', on);
      removeEventListener('offline', off);
    };
  }, []);
  return online;
}
