// Loaded on demand (React.lazy): CodeMirror and its language packages live in their own chunk.
import { useEffect, useRef } from 'react';
import { EditorView, basicSetup } from 'codemirror';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { indentWithTab } from '@codemirror/commands';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { javascript } from '@codemirror/lang-javascript';
import { html } from '@codemirror/lang-html';
import { css } from '@codemirror/lang-css';
import { json } from '@codemirror/lang-json';
import { vue } from '@codemirror/lang-vue';

export type EditorLanguage = 'tsx' | 'ts' | 'js' | 'html' | 'css' | 'vue' | 'svelte' | 'json';

function languageExtension(language: EditorLanguage): Extension {
  switch (language) {
    case 'tsx':
      return javascript({ jsx: true, typescript: true });
    case 'ts':
      return javascript({ typescript: true });
    case 'js':
      return javascript();
    case 'css':
      return css();
    case 'vue':
      return vue();
    case 'json':
      return json();
    case 'html':
    case 'svelte':
      return html();
  }
}

// Colours come from CSS variables, so light and dark themes both keep WCAG AA contrast.
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.moduleKeyword, tags.operatorKeyword], color: 'var(--code-keyword)' },
  { tag: [tags.string, tags.special(tags.string), tags.attributeValue], color: 'var(--code-string)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--code-comment)', fontStyle: 'italic' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--code-number)' },
  { tag: [tags.typeName, tags.className, tags.tagName, tags.standard(tags.tagName)], color: 'var(--code-tag)' },
  { tag: [tags.propertyName, tags.attributeName], color: 'var(--code-property)' },
  { tag: [tags.function(tags.variableName), tags.definition(tags.variableName)], color: 'var(--code-function)' },
]);

const theme = EditorView.theme({
  '&': { color: 'var(--fg)', backgroundColor: 'var(--bg-code)', fontSize: '0.875rem', height: '100%' },
  '.cm-content': { fontFamily: 'var(--font-mono)', caretColor: 'var(--fg)' },
  '.cm-gutters': { backgroundColor: 'var(--bg-code-gutter)', color: 'var(--fg-muted)', borderRight: '1px solid var(--color-border)' },
  '.cm-activeLine': { backgroundColor: 'var(--bg-code-active)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--bg-code-active)', color: 'var(--fg)' },
  '&.cm-focused': { outline: '3px solid var(--focus-ring)', outlineOffset: '2px' },
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground, ::selection': { backgroundColor: 'var(--bg-code-selection) !important' },
  '.cm-cursor': { borderLeftColor: 'var(--fg)' },
  '.cm-scroller': { overflow: 'auto' },
});

interface CodeEditorProps {
  value: string;
  language: EditorLanguage;
  label: string;
  readOnly: boolean;
  onChange?: (value: string) => void;
}

export default function CodeEditor({ value, language, label, readOnly, onChange }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  // True while a prop change is written into the editor, so it is not echoed back as a user edit.
  const applying = useRef(false);
  onChangeRef.current = onChange;
  const languageSlot = useRef(new Compartment());
  const readOnlySlot = useRef(new Compartment());

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          basicSetup,
          // Tab indents; Escape then Tab leaves the editor (CodeMirror's documented escape hatch).
          keymap.of([indentWithTab]),
          theme,
          syntaxHighlighting(highlight),
          EditorView.lineWrapping,
          languageSlot.current.of(languageExtension(language)),
          readOnlySlot.current.of([EditorState.readOnly.of(readOnly), EditorView.contentAttributes.of({ 'aria-readonly': String(readOnly) })]),
          // tabindex: the scrollable editor is reachable by keyboard (axe scrollable-region-focusable).
          EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !applying.current) onChangeRef.current?.(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is created once; later prop changes are applied by the effects below.
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const current = editor.state.doc.toString();
    if (current === value) return;
    applying.current = true;
    try {
      editor.dispatch({ changes: { from: 0, to: current.length, insert: value } });
    } finally {
      applying.current = false;
    }
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: languageSlot.current.reconfigure(languageExtension(language)) });
  }, [language]);

  useEffect(() => {
    view.current?.dispatch({
      effects: readOnlySlot.current.reconfigure([EditorState.readOnly.of(readOnly), EditorView.contentAttributes.of({ 'aria-readonly': String(readOnly) })]),
    });
  }, [readOnly]);

  useEffect(() => {
    view.current?.contentDOM.setAttribute('aria-label', label);
  }, [label]);

  return <div ref={host} className="code-editor" data-language={language} />;
}
