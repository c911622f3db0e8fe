#!/usr/bin/env bash
# scripts/backup.sh — a verified, self-describing backup of Anclora Render.
#
# What is kept, and why only this (see docs/disaster-recovery.md):
#   database.dump   pg_dump --format=custom of DATABASE_URL: compressed, restorable table by
#                   table and in parallel, and checkable with `pg_restore --list` (the seed's
#                   `pg_dump | gzip` gives none of that).
#   objects.tar.gz  the object store: the local folder on embedded defaults, or (S3_BUCKET set and
#                   the aws CLI present) an `aws s3 sync` copy of the bucket.
#   backup.json     what was backed up, from where, sizes and counts.
#   SHA256SUMS      checksums of the files above (`sha256sum -c` format); restore.sh refuses a
#                   backup whose checksums do not match.
# Redis is NOT dumped, unlike the seed: it holds only the cache, rate-limit counters and queue
# state, all rebuilt or re-derivable; the durable record of every job is in PostgreSQL.
#
# Exit codes: 0 done; 1 backup failed (nothing kept); 2 usage or configuration error;
# 3 a required tool is missing; 4 backup kept but the upload failed; 5 backup kept (and
# uploaded, if asked) but the notification failed.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: scripts/backup.sh [options]

Backs up the PostgreSQL database and the object store into BACKUP_DIR/anclora-<UTC stamp>/,
verifies it, deletes backups older than the retention period, optionally uploads it to
S3-compatible storage and POSTs a JSON summary to a notification URL.

Options:
  --dir DIR             where backups are kept            (env BACKUP_DIR, default ./backups)
  --retention-days N    delete backups older than N days  (env BACKUP_RETENTION_DAYS, default 30; 0 keeps all)
  --objects-dir DIR     the local object store folder     (env OBJECTS_DIR, default $DATA_DIR/objects, DATA_DIR default ./data)
  --no-objects          back up the database only
  -h, --help            this text

Environment:
  DATABASE_URL          the database to back up (required), postgres://user:pass@host:port/db
  S3_BUCKET, S3_ENDPOINT  when the app stores objects in S3: the bucket is copied with `aws s3 sync`
  BACKUP_S3_BUCKET      upload the finished backup to s3://BACKUP_S3_BUCKET/BACKUP_S3_PREFIX/<name>/
  BACKUP_S3_PREFIX      default "daily"
  BACKUP_S3_ENDPOINT    --endpoint-url for S3-compatible storage (MinIO, R2, …)
  BACKUP_NOTIFY_URL     POST a JSON summary here on success and on failure (Slack-compatible "text")

Exit codes: 0 ok, 1 backup failed, 2 usage/configuration, 3 missing tool, 4 upload failed,
5 notification failed (the backup itself is good).
EOF
}

log() { printf '[backup] %s\n' "$*" >&2; }
die() { local code=$1; shift; log "error: $*"; exit "$code"; }
json_escape() { local s=${1//\\/\\\\}; s=${s//\"/\\\"}; s=${s//$'\n'/\\n}; printf '%s' "$s"; }

backup_dir=${BACKUP_DIR:-./backups}
retention_days=${BACKUP_RETENTION_DAYS:-30}
objects_dir=${OBJECTS_DIR:-${DATA_DIR:-./data}/objects}
with_objects=1
while (($# > 0)); do
  case $1 in
    --dir) backup_dir=${2:?--dir needs a value}; shift 2 ;;
    --retention-days) retention_days=${2:?--retention-days needs a value}; shift 2 ;;
    --objects-dir) objects_dir=${2:?--objects-dir needs a value}; shift 2 ;;
    --no-objects) with_objects=0; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die 2 "unknown argument: $1" ;;
  esac
done

[[ -n ${DATABASE_URL:-} ]] || { usage >&2; die 2 'DATABASE_URL is not set (the embedded PGlite database is backed up by stopping the app and copying DATA_DIR; see docs/disaster-recovery.md)'; }
[[ $retention_days =~ ^[0-9]+$ ]] || die 2 "--retention-days must be a whole number, got '$retention_days'"
for tool in pg_dump pg_restore sha256sum tar; do
  command -v "$tool" >/dev/null || die 3 "$tool not found: install the PostgreSQL client tools (Debian: apt-get install postgresql-client) and coreutils/tar"
done

stamp=$(date -u +%Y%m%dT%H%M%SZ)
name="anclora-$stamp"
mkdir -p "$backup_dir"
target="$backup_dir/$name"
partial="$target.partial"
started_epoch=$(date +%s)
status=failed
upload_state=none
failure=''
# Redact the password from anything we print or send.
safe_url=$(printf '%s' "$DATABASE_URL" | sed -E 's#(://[^:/@]+):[^@]*@#\1:***@#')

notify() { # $1 = ok|failed; returns non-zero when the POST fails
  [[ -n ${BACKUP_NOTIFY_URL:-} ]] || return 0
  command -v curl >/dev/null || { log 'notification not sent: curl not found'; return 1; }
  local seconds=$(($(date +%s) - started_epoch)) icon='✅' text
  [[ $1 == ok ]] || icon='❌'
  text="$icon Anclora Render backup $name: $1 in ${seconds}s${failure:+ — $failure}"
  local body
  body=$(printf '{"text":"%s","status":"%s","backup":"%s","database":"%s","durationSeconds":%d,"upload":"%s","error":"%s"}' \
    "$(json_escape "$text")" "$1" "$name" "$(json_escape "$safe_url")" "$seconds" "$(json_escape "$upload_state")" "$(json_escape "$failure")")
  if ! curl --silent --show-error --fail --max-time 15 -X POST -H 'content-type: application/json' --data "$body" "$BACKUP_NOTIFY_URL" >/dev/null; then
    log "notification to BACKUP_NOTIFY_URL failed"
    return 1
  fi
  log 'notification sent'
}

on_exit() {
  local code=$?
  if [[ $status != ok ]]; then
    rm -rf "$partial"
    [[ -n $failure ]] || failure="exited with code $code"
    notify failed || true
  fi
}
trap on_exit EXIT
trap 'failure="failed at line $LINENO: $BASH_COMMAND"' ERR

log "backing up $safe_url into $target"
mkdir "$partial"

# 1. Database: one consistent snapshot (pg_dump runs in a repeatable-read transaction).
pg_dump --format=custom --compress=6 --no-password --file="$partial/database.dump" "$DATABASE_URL"
pg_restore --list "$partial/database.dump" >"$partial/database.toc" || { failure='pg_restore --list rejected the dump'; exit 1; }
tables=$(grep -c ' TABLE DATA ' "$partial/database.toc" || true)
rm "$partial/database.toc"
log "database: $(stat -c %s "$partial/database.dump") bytes, $tables tables"

# 2. Objects.
objects_source=none
objects_files=0
if ((with_objects)); then
  if [[ -n ${S3_BUCKET:-} ]]; then
    if command -v aws >/dev/null; then
      mkdir "$partial/objects-s3"
      aws s3 sync --only-show-errors ${S3_ENDPOINT:+--endpoint-url "$S3_ENDPOINT"} "s3://$S3_BUCKET" "$partial/objects-s3"
      objects_files=$(find "$partial/objects-s3" -type f | wc -l)
      tar -C "$partial/objects-s3" -czf "$partial/objects.tar.gz" .
      rm -rf "$partial/objects-s3"
      objects_source="s3://$S3_BUCKET"
    else
      log "objects: S3_BUCKET is set but the aws CLI is not installed — objects skipped (rely on bucket versioning/replication, see docs/disaster-recovery.md)"
      objects_source="skipped: aws CLI not found"
    fi
  elif [[ -d $objects_dir ]]; then
    # objects/ holds the bytes, meta/ the content types; tmp/ is in-flight writes.
    objects_files=$(find "$objects_dir" -path "$objects_dir/tmp" -prune -o -type f -print | wc -l)
    tar -C "$objects_dir" --exclude=./tmp -czf "$partial/objects.tar.gz" .
    objects_source=local
  else
    log "objects: no folder at $objects_dir — nothing to copy"
    objects_source="none: $objects_dir not found"
  fi
  if [[ -f $partial/objects.tar.gz ]]; then
    tar -tzf "$partial/objects.tar.gz" >/dev/null || { failure='objects archive unreadable'; exit 1; }
    log "objects: $objects_files files, $(stat -c %s "$partial/objects.tar.gz") bytes"
  fi
fi

# 3. Description and checksums, then verify what was written.
server_version=$(pg_restore --list "$partial/database.dump" | sed -n 's/^;[[:space:]]*Dumped from database version: //p')
cat >"$partial/backup.json" <<EOF
{
  "name": "$name",
  "createdAt": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "database": { "url": "$(json_escape "$safe_url")", "serverVersion": "$(json_escape "$server_version")", "tables": $tables, "format": "pg_dump custom" },
  "objects": { "source": "$(json_escape "$objects_source")", "files": $objects_files },
  "tool": "scripts/backup.sh"
}
EOF
(cd "$partial" && sha256sum -- * >SHA256SUMS && sha256sum --check --quiet SHA256SUMS) || { failure='checksum verification failed'; exit 1; }
mv "$partial" "$target"
log "verified: $(cd "$target" && wc -l <SHA256SUMS) files checksummed, dump readable by pg_restore"

# 4. Retention by age: whole backup folders, never anything else in BACKUP_DIR.
if ((retention_days > 0)); then
  while IFS= read -r old; do
    log "retention: deleting $old (older than $retention_days days)"
    rm -rf -- "$old"
  done < <(find "$backup_dir" -mindepth 1 -maxdepth 1 -type d -name 'anclora-*' ! -name "$name" -mtime "+$retention_days")
fi

# The backup is complete and verified: from here on, failures are reported but keep it.
status=ok
exit_code=0

# 5. Off-site copy.
if [[ -n ${BACKUP_S3_BUCKET:-} ]]; then
  dest="s3://$BACKUP_S3_BUCKET/${BACKUP_S3_PREFIX:-daily}/$name/"
  if ! command -v aws >/dev/null; then
    log "upload skipped: BACKUP_S3_BUCKET is set but the aws CLI is not installed"
    upload_state='skipped: aws CLI not found'
  elif aws s3 cp --only-show-errors --recursive ${BACKUP_S3_ENDPOINT:+--endpoint-url "$BACKUP_S3_ENDPOINT"} "$target" "$dest"; then
    log "uploaded to $dest"
    upload_state="$dest"
  else
    log "upload to $dest failed"
    upload_state="failed: $dest"
    failure="upload to $dest failed"
    exit_code=4
  fi
fi

# 6. Notification (success, or success with a failed upload).
notify "$( ((exit_code == 0)) && echo ok || echo upload-failed)" || { ((exit_code != 0)) || exit_code=5; }

log "backup completed in $(($(date +%s) - started_epoch))s: $target"
printf '%s\n' "$target"
exit "$exit_code"
