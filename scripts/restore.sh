#!/usr/bin/env bash
# scripts/restore.sh — restores a backup made by scripts/backup.sh.
#
# Order matters: checksums first (a damaged or tampered backup is refused before anything is
# touched), then the database in one transaction (all or nothing), then the objects.
#
# Exit codes: 0 restored; 1 restore failed; 2 usage; 3 missing tool; 4 checksum or integrity
# failure (nothing was changed); 5 the target is not empty and --force was not given.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: scripts/restore.sh BACKUP TARGET_DATABASE_URL [options]

  BACKUP                a backup folder (backups/anclora-20261127T030000Z) or its S3 copy
                        (s3://bucket/daily/anclora-…/, fetched with the aws CLI; BACKUP_S3_ENDPOINT applies)
  TARGET_DATABASE_URL   where to restore, postgres://user:pass@host:port/db; the database is
                        created when missing (through the server's "postgres" database)

Options:
  --objects-dir DIR     restore the local object store here (env OBJECTS_DIR, default $DATA_DIR/objects)
  --objects-to-s3 BUCKET  put the objects back into an S3 bucket instead (aws s3 sync; S3_ENDPOINT applies)
  --no-objects          restore the database only
  --verify-only         check the checksums and the dump, change nothing
  --force               restore into a database (or object folder) that already holds data; its
                        tables are dropped and recreated from the backup
  -h, --help            this text

Exit codes: 0 ok, 1 restore failed, 2 usage, 3 missing tool, 4 checksum/integrity failure,
5 target not empty (use --force).
EOF
}

log() { printf '[restore] %s\n' "$*" >&2; }
die() { local code=$1; shift; log "error: $*"; exit "$code"; }

positional=()
objects_dir=${OBJECTS_DIR:-${DATA_DIR:-./data}/objects}
objects_bucket=''
with_objects=1
verify_only=0
force=0
while (($# > 0)); do
  case $1 in
    --objects-dir) objects_dir=${2:?--objects-dir needs a value}; shift 2 ;;
    --objects-to-s3) objects_bucket=${2:?--objects-to-s3 needs a bucket}; shift 2 ;;
    --no-objects) with_objects=0; shift ;;
    --verify-only) verify_only=1; shift ;;
    --force) force=1; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) usage >&2; die 2 "unknown option: $1" ;;
    *) positional+=("$1"); shift ;;
  esac
done
if ((verify_only)); then
  ((${#positional[@]} == 1)) || { usage >&2; die 2 'expected BACKUP'; }
else
  ((${#positional[@]} == 2)) || { usage >&2; die 2 'expected BACKUP and TARGET_DATABASE_URL'; }
fi
backup=${positional[0]}
target_url=${positional[1]:-}

for tool in pg_restore psql sha256sum tar; do
  command -v "$tool" >/dev/null || die 3 "$tool not found: install the PostgreSQL client tools (Debian: apt-get install postgresql-client) and coreutils/tar"
done

started_epoch=$(date +%s)
workdir=''
trap '[[ -z $workdir ]] || rm -rf "$workdir"' EXIT

# An S3 copy is fetched first, then treated like a local folder.
if [[ $backup == s3://* ]]; then
  command -v aws >/dev/null || die 3 'aws CLI not found: needed to fetch a backup from S3'
  workdir=$(mktemp -d)
  log "fetching $backup"
  aws s3 cp --only-show-errors --recursive ${BACKUP_S3_ENDPOINT:+--endpoint-url "$BACKUP_S3_ENDPOINT"} "$backup" "$workdir/backup"
  backup="$workdir/backup"
fi
[[ -f $backup/SHA256SUMS && -f $backup/database.dump ]] || die 2 "$backup is not a backup made by scripts/backup.sh (no SHA256SUMS or database.dump)"

# 1. Integrity: every file listed must match, and the dump must be readable.
(cd "$backup" && sha256sum --check --quiet --strict SHA256SUMS) || die 4 "checksum mismatch in $backup — refusing to restore a damaged backup"
pg_restore --list "$backup/database.dump" >/dev/null || die 4 'pg_restore cannot read database.dump'
if [[ -f $backup/objects.tar.gz ]]; then
  tar -tzf "$backup/objects.tar.gz" >/dev/null || die 4 'objects.tar.gz is unreadable'
fi
log "verified $(wc -l <"$backup/SHA256SUMS") checksums in $backup"
if ((verify_only)); then exit 0; fi

# Objects are checked before anything is written, so a refusal leaves everything untouched.
restore_objects=0
if ((with_objects)) && [[ -f $backup/objects.tar.gz ]]; then
  restore_objects=1
  source=$(sed -n 's/.*"source": "\([^"]*\)".*/\1/p' "$backup/backup.json")
  if [[ -n $objects_bucket ]]; then
    command -v aws >/dev/null || die 3 'aws CLI not found: needed for --objects-to-s3'
    [[ $source == s3://* ]] || die 2 "--objects-to-s3 needs a backup taken from S3 (this one's objects came from: $source)"
  else
    [[ $source == local ]] || die 2 "these objects came from $source: restore them with --objects-to-s3 BUCKET"
    if [[ -d $objects_dir ]] && [[ -n $(ls -A "$objects_dir") ]] && ((!force)); then
      die 5 "$objects_dir is not empty; pass --force to restore over it"
    fi
  fi
fi

# 2. The target database: create it when missing (names are restricted so they can be quoted safely).
base=${target_url%%\?*}
query=${target_url#"$base"}
dbname=${base##*/}
[[ $dbname =~ ^[A-Za-z0-9_-]+$ ]] || die 2 "target database name '$dbname' must be letters, digits, _ or -"
admin_url="${base%/*}/${RESTORE_ADMIN_DATABASE:-postgres}$query"
exists=$(psql --no-password --quiet --tuples-only --no-align --dbname="$admin_url" \
  --command="select 1 from pg_database where datname = '$dbname'") || die 1 'cannot connect to the target server'
if [[ $exists == 1 ]]; then
  tables=$(psql --no-password --quiet --tuples-only --no-align --dbname="$target_url" \
    --command="select count(*) from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')")
  if ((tables > 0 && !force)); then
    die 5 "database '$dbname' already has $tables tables; pass --force to replace them with the backup's"
  fi
else
  log "creating database $dbname"
  psql --no-password --quiet --dbname="$admin_url" --command="create database \"$dbname\"" >/dev/null
fi

# 3. Database: --clean --if-exists replaces what the backup holds; --no-owner gives everything to
# the restoring role (the original role may not exist on a new server); one transaction, so a
# failure leaves the target as it was.
log "restoring database into $dbname"
pg_restore --no-password --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
  --dbname="$target_url" "$backup/database.dump"

# 4. Objects.
if ((restore_objects)); then
  if [[ -n $objects_bucket ]]; then
    staging=$(mktemp -d)
    tar -C "$staging" -xzf "$backup/objects.tar.gz"
    aws s3 sync --only-show-errors ${S3_ENDPOINT:+--endpoint-url "$S3_ENDPOINT"} "$staging" "s3://$objects_bucket"
    rm -rf "$staging"
    log "objects synced to s3://$objects_bucket"
  else
    mkdir -p "$objects_dir"
    tar -C "$objects_dir" -xzf "$backup/objects.tar.gz"
    log "objects restored into $objects_dir"
  fi
fi

log "restore completed in $(($(date +%s) - started_epoch))s"
