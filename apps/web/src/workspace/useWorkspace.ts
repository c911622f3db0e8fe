import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useAuth } from '../app/auth';
import { useT } from '../app/prefs';
import {
  streamGeneration,
  type CompiledFile,
  type ComponentSpec,
  type GenerationDone,
  type GenerationProgress,
  type ImportResult,
  type QualityReport,
  type SavedComponent,
  type UnsupportedConstruct,
} from '../lib/anclora-api';
import { asHttpError, HttpError } from '../lib/http';
import type { PreviewPerf } from '../lib/preview-protocol';
import { generationBody, offersDefaultProvider } from './generation-request';
import type { WorkspaceMode } from './ModeSwitch';
import type { AuditResult } from './PreviewPane';
import type { Presented, Saved } from './presented';
import { isBusy, startedRun, withProgress, withSpecReady, type RunState } from './run-state';
import { usePreview } from './usePreview';
import { useSpecEditor } from './useSpecEditor';
import { useTrialCredits } from './useTrialCredits';
import { useWorkspaceChoices } from './useWorkspaceChoices';
import { useWorkspaceLinks } from './useWorkspaceLinks';

/**
 * The workspace screen's state and actions: what the visitor typed, the one request at a time (generation,
 * refinement, import, example, keeping the trial's work) and the result on screen (spec, code, preview,
 * quality). The result follows the pickers once there is one.
 */
export function useWorkspace() {
  const t = useT();
  const auth = useAuth();
  const signedIn = auth.status === 'signed-in';
  const [params] = useSearchParams();

  const [mode, setMode] = useState<WorkspaceMode>('describe');
  const [prompt, setPrompt] = useState('');
  const [promptError, setPromptError] = useState(false);
  const [pasteSource, setPasteSource] = useState('');
  const [pasteError, setPasteError] = useState(false);
  const [refinePrompt, setRefinePrompt] = useState('');

  const [run, setRun] = useState<RunState>({ phase: 'idle' });
  const [spec, setSpec] = useState<ComponentSpec | null>(null);
  const [files, setFiles] = useState<CompiledFile[]>([]);
  const [quality, setQuality] = useState<QualityReport | null>(null);
  const [done, setDone] = useState<GenerationDone | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [unsupported, setUnsupported] = useState<UnsupportedConstruct[] | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [audit, setAudit] = useState<AuditResult | null>(null);
  const [perf, setPerf] = useState<PreviewPerf | null>(null);
  const [highlight, setHighlight] = useState<{ selector: string; seq: number } | null>(null);

  const { credits, refreshCredits } = useTrialCredits();
  const choices = useWorkspaceChoices(params.get('designSystem'));
  const { target, setTarget, designSystemId, setDesignSystemId, provider, setProvider } = choices;
  const preview = usePreview();
  const { build: buildPreview, reset: resetPreview } = preview;

  const promptRef = useRef<HTMLTextAreaElement>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  /** Code for another target or an edited spec: POST /api/compile. */
  const compileFor = useCallback(
    async (source: ComponentSpec, forTarget: string, forDesignSystem: string) => {
      const body = await auth.request<{ outputs: Record<string, { files: CompiledFile[] }> }>('/api/compile', {
        method: 'POST',
        body: { spec: source, targets: [forTarget], designSystemId: forDesignSystem },
      });
      setFiles(body.outputs[forTarget]?.files ?? []);
    },
    [auth],
  );

  const { specText, specStatus, specEdited, showSpecText, onSpecChange } = useSpecEditor(
    (edited) => buildPreview({ spec: edited }, target, designSystemId),
    (edited) => {
      setSpec(edited);
      void compileFor(edited, target, designSystemId).catch(() => undefined);
    },
  );
  const showSpec = useCallback(
    (next: ComponentSpec) => {
      setSpec(next);
      showSpecText(next);
    },
    [showSpecText],
  );

  /** Shows a finished result the same way whatever produced it: spec, code for the target, preview, quality. */
  const present = useCallback(
    (result: Presented) => {
      setTarget(result.target);
      setDesignSystemId(result.designSystemId);
      showSpec(result.spec);
      setQuality(result.quality);
      setSaved(result.saved);
      setUnsupported(result.unsupported ?? null);
      setNotice(result.notice);
      setDone(null);
      setAudit(null);
      setFiles([]);
      setRun({ phase: 'done' });
      void buildPreview({ spec: result.spec }, result.target, result.designSystemId);
      void compileFor(result.spec, result.target, result.designSystemId).catch(() => undefined);
    },
    [showSpec, buildPreview, compileFor],
  );

  const fail = (error: unknown, retry: () => void) => setRun({ phase: 'error', error: asHttpError(error), retry });

  useWorkspaceLinks({ target, present, setRun, fail, setMode, setPrompt });

  const generate = useCallback(
    async (text: string, refineId?: string, chosenProvider: string | null = provider) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const refining = Boolean(refineId);
      setRun(startedRun(refining));
      setDone(null);
      setNotice(null);
      setAudit(null);
      if (!refining) {
        setQuality(null);
        setSaved(null);
        setSpec(null);
        setFiles([]);
        setUnsupported(null);
        resetPreview();
      }
      const body = generationBody(text, { target, designSystemId, refineId, provider: chosenProvider });
      const handlers = {
        onProgress: (progress: GenerationProgress) => setRun((state) => withProgress(state, progress)),
        onSpec: (next: ComponentSpec) => {
          showSpec(next);
          setRun((state) => withSpecReady(state, next));
          void buildPreview({ spec: next }, target, designSystemId);
        },
        onCode: (code: { files: CompiledFile[] }) => setFiles(code.files),
        onQuality: (report: QualityReport) => setQuality(report),
      };
      const attempt = (token: string | null) => streamGeneration(body, token, handlers, abort.signal);
      try {
        let result: GenerationDone;
        try {
          result = await attempt(auth.getToken());
        } catch (error) {
          // An expired access token: renew once and retry.
          if (error instanceof HttpError && error.status === 401 && auth.getToken() && (await auth.refresh())) result = await attempt(auth.getToken());
          else throw error;
        }
        if (abort.signal.aborted) return;
        setDone(result);
        if (result.componentId && result.version !== null) setSaved({ componentId: result.componentId, version: result.version });
        refreshCredits();
        setRun({ phase: 'done' });
        if (refining) setRefinePrompt('');
      } catch (error) {
        if (abort.signal.aborted) return;
        const httpError = asHttpError(error);
        if (httpError.code === 'QUOTA_EXCEEDED') refreshCredits();
        setRun({
          phase: 'error',
          error: httpError,
          retry: () => void generate(text, refineId, chosenProvider),
          ...(offersDefaultProvider(chosenProvider, httpError.code)
            ? {
                useDefaultProvider: () => {
                  setProvider(null);
                  void generate(text, refineId, null);
                },
              }
            : {}),
        });
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [auth, target, designSystemId, provider, showSpec, buildPreview, resetPreview],
  );

  /** Paste mode: the server turns the HTML/CSS into a spec; signed in, it is saved as a component too. */
  const importPasted = async (source: string) => {
    controller.current?.abort();
    setRun({ phase: 'working', message: t('ws.importing') });
    const body = { source, format: 'html', designSystemId };
    try {
      if (signedIn) {
        const result = await auth.request<SavedComponent>('/api/components', { method: 'POST', body });
        const version = result.component.version;
        const message = `${t('ws.imported', { name: result.spec.name })} ${t('ws.doneSaved', { version })}`;
        present({ ...result, saved: { componentId: result.component.id, version }, target, designSystemId, notice: message });
      } else {
        const result = await auth.request<ImportResult>('/api/import', { method: 'POST', body });
        present({ ...result, saved: null, target, designSystemId, notice: t('ws.imported', { name: result.spec.name }) });
      }
    } catch (error) {
      fail(error, () => void importPasted(source));
    }
  };

  const busy = isBusy(run);
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    if (mode === 'paste') {
      const source = pasteSource.trim();
      setPasteError(!source);
      if (source) void importPasted(source);
      return;
    }
    const text = prompt.trim();
    if (!text) {
      setPromptError(true);
      promptRef.current?.focus();
      return;
    }
    setPromptError(false);
    void generate(text);
  };

  const submitRefine = (event: FormEvent) => {
    event.preventDefault();
    const text = refinePrompt.trim();
    if (!text || !saved || busy) return;
    void generate(text, saved.componentId);
  };

  const cancel = () => {
    controller.current?.abort();
    controller.current = null;
    setRun({ phase: 'cancelled' });
  };

  // The result follows the target and design system pickers once there is a spec.
  const changeTarget = (next: string) => {
    setTarget(next);
    if (spec && !busy) {
      void buildPreview({ spec }, next, designSystemId);
      void compileFor(spec, next, designSystemId).catch(() => undefined);
    }
  };
  const changeDesignSystem = (next: string) => {
    choices.chooseDesignSystem(next);
    if (spec && !busy) {
      void buildPreview({ spec }, target, next);
      void compileFor(spec, target, next).catch(() => undefined);
    }
  };

  return {
    signedIn,
    anonymous: auth.status === 'anonymous',
    credits,
    form: {
      mode,
      setMode,
      prompt,
      /** Typing clears the "describe it first" error. */
      changePrompt: (value: string) => {
        setPrompt(value);
        setPromptError(false);
      },
      promptError,
      promptRef,
      pasteSource,
      changePasteSource: (value: string) => {
        setPasteSource(value);
        setPasteError(false);
      },
      pasteError,
      refinePrompt,
      setRefinePrompt,
      submit,
      submitRefine,
      cancel,
    },
    choices: { ...choices, changeTarget, changeDesignSystem },
    run,
    busy,
    result: { spec, files, quality, done, notice, unsupported, saved, specText, specStatus, specEdited, onSpecChange },
    preview: {
      url: preview.url,
      loading: preview.loading,
      error: preview.error,
      audit,
      setAudit,
      perf,
      setPerf,
      highlight,
      /** Points the preview at an element a quality finding names; the count makes the same selector flash again. */
      highlightElement: (selector: string) => setHighlight((h) => ({ selector, seq: (h?.seq ?? 0) + 1 })),
    },
  };
}
