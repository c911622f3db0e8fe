# syntax=docker/dockerfile:1.7
#
# Anclora Render images, one file, four targets:
#   docker build --target api    -t anclora/render-api .     # Fastify API (+ web app at /, preview origin on :3001)
#   docker build --target worker -t anclora/render-worker .  # BullMQ worker with Debian's Chromium for renders
#   docker build --target web    -t anclora/render-web .     # the static web app behind nginx (unprivileged)
#   docker build --target backup -t anclora/render-backup .  # scripts/backup.sh and restore.sh with their tools
#
# Stages follow the seed (base → deps / dev-deps → builder → runtime targets),
# corrected for this codebase: Node 24 LTS on Debian bookworm-slim (Node 18 and
# 20 are out of support, and Alpine's musl has no Debian chromium), npm workspaces
# installed from package-lock.json, esbuild bundles instead of Next.js/Prisma.
# Base images are pinned to exact versions; CI's image job pins digests
# through the registry (see docs/containers.md).

ARG NODE_IMAGE=node:24.21.0-bookworm-slim
# pg_dump refuses a server newer than itself, and pg_restore reads only dumps
# from its own major or older: keep this at or above the production server's
# major version (it dumps any older server).
ARG PG_CLIENT_MAJOR=17
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.28.0-alpine

# ============================================
# STAGE 1: base — toolchain and workspace manifests
# ============================================
FROM ${NODE_IMAGE} AS base
LABEL org.opencontainers.image.source="https://github.com/anclora/render" \
      org.opencontainers.image.vendor="Anclora" \
      org.opencontainers.image.licenses="UNLICENSED"
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
# The lockfile was written by npm 11, which also reads package.json's
# `allowScripts` (the reviewed list of dependencies that may run install
# scripts); Node 20 images ship npm 10, so pin the same npm as development.
RUN npm install -g npm@11.19.1 && npm cache clean --force
WORKDIR /app
# Only the manifests, so the dependency layers are rebuilt when they change and
# not on every source edit. npm ci needs every workspace's package.json.
COPY package.json package-lock.json .npmrc ./
COPY apps/api/package.json apps/api/
COPY apps/cli/package.json apps/cli/
COPY apps/cli/bin apps/cli/bin
COPY apps/web/package.json apps/web/
COPY apps/worker/package.json apps/worker/
COPY packages/ai/package.json packages/ai/
COPY packages/config/package.json packages/config/
COPY packages/db/package.json packages/db/
COPY packages/engine/package.json packages/engine/
COPY packages/infra/package.json packages/infra/
COPY packages/jobs/package.json packages/jobs/
COPY packages/observability/package.json packages/observability/
COPY packages/render/package.json packages/render/
COPY packages/shared/package.json packages/shared/

# ============================================
# STAGE 2: deps — production dependencies only
# ============================================
FROM base AS deps
# --ignore-scripts: the root `prepare` script bundles sources that are not in
# this layer yet, and no dependency runs install code unreviewed. The one
# dependency allowScripts lets run (esbuild: previews are compiled at run
# time) is rebuilt explicitly; msgpackr-extract stays denied (pure JS fallback).
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm rebuild esbuild

# ============================================
# STAGE 3: dev-deps — everything the build needs
# ============================================
FROM base AS dev-deps
RUN --mount=type=cache,target=/root/.npm \
    npm ci --ignore-scripts --no-audit --no-fund \
 && npm rebuild esbuild

# ============================================
# STAGE 4: builder — web app (Vite, bundle budget enforced) and server bundles
# ============================================
FROM dev-deps AS builder
COPY . .
ENV NODE_ENV=production
RUN npm run build

# ============================================
# runtime — what api and worker share
# ============================================
FROM ${NODE_IMAGE} AS runtime
# tini as PID 1: reaps zombies (Chromium leaves some) and forwards SIGTERM so
# the app's graceful shutdown (close-with-grace) runs.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
# A fixed numeric non-root user, so Kubernetes' runAsNonRoot can verify it.
RUN groupadd --system --gid 10001 anclora \
 && useradd --system --uid 10001 --gid anclora --home-dir /app --shell /usr/sbin/nologin anclora
WORKDIR /app
ENV NODE_ENV=production \
    DATA_DIR=/app/data
# Production dependencies with the workspace manifests (node_modules/@anclora/*
# are links to them), owned by root: the app cannot modify its own code.
COPY --from=deps /app ./
# The render package reads its in-page runtime sources at run time (compiled
# with esbuild on first use), so they ship next to the bundles.
COPY --from=builder /app/packages/render/src packages/render/src
COPY deploy/docker/healthcheck.mjs deploy/docker/worker-healthcheck.mjs /usr/local/lib/anclora/
RUN mkdir -p /app/data && chown anclora:anclora /app/data

# ============================================
# TARGET: api
# ============================================
FROM runtime AS api
LABEL service="anclora-render-api"
COPY --from=builder /app/apps/api/dist apps/api/dist
COPY --from=builder /app/apps/web/dist apps/web/dist
USER 10001:10001
ENV PORT=3000 \
    PREVIEW_PORT=3001
# 3000: app, API and /metrics; 3001: the preview origin (its own domain in production).
EXPOSE 3000 3001
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "/usr/local/lib/anclora/healthcheck.mjs"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "apps/api/dist/server.js"]

# ============================================
# TARGET: worker (renders need Debian's Chromium)
# ============================================
FROM runtime AS worker
LABEL service="anclora-render-worker"
# Debian's chromium (never a tool's own browser download) and fonts for stable screenshots.
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-liberation fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
# The migration bundle ships with the API image; the worker only needs its own.
COPY --from=builder /app/apps/worker/dist apps/worker/dist
USER 10001:10001
ENV CHROMIUM_PATH=/usr/bin/chromium
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "/usr/local/lib/anclora/worker-healthcheck.mjs"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "apps/worker/dist/main.js"]

# ============================================
# TARGET: backup (the nightly CronJob: deploy/k8s/base/backup-cronjob.yaml)
# ============================================
# scripts/backup.sh needs bash, pg_dump/pg_restore, sha256sum, tar, the aws CLI
# (off-site upload) and curl (notification); restore.sh ships too, so a restore
# uses the same client version that wrote the dump. Choices:
# - The same pinned Debian base as the app images rather than a third base to
#   track: its layers are already pulled, and it is patched with them. Node is
#   in it but unused; no app code or node_modules are copied.
# - PostgreSQL's client from the PGDG repository, not Debian's 15 (which cannot
#   dump a 16+ server). The repository is set up by Debian's own
#   postgresql-common script with the signing key that package ships, so no key
#   is downloaded at build time.
# - awscli from Debian (v2): `aws s3 cp/sync` with --endpoint-url for MinIO/R2.
# - tini with -g: on the Job's activeDeadlineSeconds Kubernetes sends SIGTERM;
#   tini passes it to the whole process group, so pg_dump stops and backup.sh's
#   exit trap removes the partial backup and sends the failure notification.
# - No HEALTHCHECK: a batch job has no steady state to probe; its exit code is
#   the result (0 ok, 4 upload failed, 5 notification failed: backup.sh --help).
FROM ${NODE_IMAGE} AS backup
ARG PG_CLIENT_MAJOR
LABEL service="anclora-render-backup"
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates postgresql-common \
 && /usr/share/postgresql-common/pgdg/apt.postgresql.org.sh -y \
 && apt-get install -y --no-install-recommends "postgresql-client-${PG_CLIENT_MAJOR}" awscli curl tini \
 && rm -rf /var/lib/apt/lists/* \
 && pg_dump --version | grep -q " ${PG_CLIENT_MAJOR}\."
RUN groupadd --system --gid 10001 anclora \
 && useradd --system --uid 10001 --gid anclora --home-dir /backups --shell /usr/sbin/nologin anclora \
 && mkdir -p /backups && chown anclora:anclora /backups
COPY --chmod=0555 scripts/backup.sh /usr/local/bin/backup.sh
COPY --chmod=0555 scripts/restore.sh /usr/local/bin/restore.sh
WORKDIR /backups
USER 10001:10001
# The CronJob mounts volumes on /backups (the backup being written) and /tmp (HOME, for the aws CLI).
ENV BACKUP_DIR=/backups \
    HOME=/tmp
ENTRYPOINT ["/usr/bin/tini", "-g", "--"]
CMD ["backup.sh"]

# ============================================
# TARGET: web (static files; /api, /share and /embed proxied to the API)
# ============================================
FROM ${NGINX_IMAGE} AS web
LABEL service="anclora-render-web"
# The image's entrypoint renders /etc/nginx/templates/*.template with envsubst
# into /etc/nginx/conf.d at start (API_UPSTREAM, PREVIEW_ORIGIN).
COPY deploy/nginx/default.conf.template /etc/nginx/templates/default.conf.template
COPY --from=builder /app/apps/web/dist /usr/share/nginx/html
ENV API_UPSTREAM=http://api:3000 \
    PREVIEW_ORIGIN=http://localhost:3001 \
    NGINX_ENVSUBST_FILTER=API_UPSTREAM|PREVIEW_ORIGIN
# nginx-unprivileged runs as uid 101 and listens on 8080.
USER 101
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/healthz"]
