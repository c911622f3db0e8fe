import type { HealthResponse, ReadinessResult } from './api';
import { formatTime, formatUptime } from './format';
import { API_DOCS_URL } from './links';
import { ReadinessCheckList } from './ReadinessCheckList';
import { StatusBadge } from './StatusBadge';
import type { Outcome, ServiceStatusState } from './useServiceStatus';
import { useServiceStatus } from './useServiceStatus';

const READINESS_SUMMARY = {
  ok: 'All systems operational.',
  degraded: 'Running with reduced capacity: a dependency is degraded or an optional one is down.',
  down: 'Not ready: a required dependency is down.',
} as const;

const NOTICE_TONE = { ok: 'good', degraded: 'warn', down: 'bad' } as const;

/** Live panel: polls the API and renders the result. */
export function ServiceStatus() {
  const { state, checking, refresh } = useServiceStatus();
  return <ServiceStatusView state={state} checking={checking} onRefresh={refresh} />;
}

interface ServiceStatusViewProps {
  state: ServiceStatusState;
  checking: boolean;
  onRefresh: () => void;
}

export function ServiceStatusView({ state, checking, onRefresh }: ServiceStatusViewProps) {
  return (
    <section id="status" className="card status" aria-labelledby="status-title" aria-busy={checking}>
      <div className="status__header">
        <h2 id="status-title">Service status</h2>
        {state.phase === 'loaded' && (
          <RefreshButton checking={checking} onRefresh={onRefresh} label="Check again" />
        )}
      </div>

      {state.phase === 'loading' && (
        <p role="status" className="muted">
          Checking…
        </p>
      )}

      {state.phase === 'unreachable' && (
        <div role="alert" className="notice notice--bad">
          <p>
            <strong>Cannot reach the API.</strong> {state.error}.
          </p>
          <RefreshButton checking={checking} onRefresh={onRefresh} label="Retry" />
        </div>
      )}

      {state.phase === 'loaded' && (
        <>
          <ReadinessSummary ready={state.ready} />
          <HealthSummary health={state.health} />
          {state.ready.ok && <ReadinessCheckList checks={state.ready.value.checks} />}
        </>
      )}

      <p className="status__footer muted">
        {state.phase !== 'loading' && <>Last checked at {formatTime(state.checkedAt)}. </>}
        Endpoints: <code>/api/health</code>, <code>/api/ready</code>. <a href={API_DOCS_URL}>API docs</a>
      </p>
    </section>
  );
}

interface RefreshButtonProps {
  checking: boolean;
  onRefresh: () => void;
  label: string;
}

/** Uses aria-disabled rather than disabled so keyboard focus stays on the button while checking. */
function RefreshButton({ checking, onRefresh, label }: RefreshButtonProps) {
  return (
    <button
      type="button"
      className="button"
      aria-disabled={checking}
      onClick={() => {
        if (!checking) onRefresh();
      }}
    >
      {checking ? 'Checking…' : label}
    </button>
  );
}

function ReadinessSummary({ ready }: { ready: Outcome<ReadinessResult> }) {
  if (!ready.ok) {
    return <p className="notice notice--bad">Readiness unknown: {ready.error}.</p>;
  }
  const { status, httpStatus } = ready.value;
  return (
    <p role="status" className={`notice notice--${NOTICE_TONE[status]}`}>
      <StatusBadge status={status} /> {READINESS_SUMMARY[status]}
      {httpStatus !== 200 && <span className="muted"> (HTTP {httpStatus})</span>}
    </p>
  );
}

function HealthSummary({ health }: { health: Outcome<HealthResponse> }) {
  if (!health.ok) return <p className="muted">Health endpoint unavailable: {health.error}.</p>;
  const { status, version, uptime } = health.value;
  return (
    <dl className="facts">
      <div>
        <dt>Health</dt>
        <dd>{status}</dd>
      </div>
      <div>
        <dt>Version</dt>
        <dd>{version}</dd>
      </div>
      <div>
        <dt>Uptime</dt>
        <dd>{formatUptime(uptime)}</dd>
      </div>
    </dl>
  );
}
