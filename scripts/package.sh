#!/usr/bin/env bash
# Build the deployable Lambda zip offline, without AWS credentials:
#
#   scripts/package.sh [STAGE]        # STAGE from zappa_settings.json, default dev
#   -> dist/jobfit-STAGE.zip, and dist/jobfit-STAGE.freeze.txt listing the distributions inside
#
# Then `zappa update STAGE --zip dist/jobfit-STAGE.zip` ships it. The zip is built by `zappa package`
# from a throwaway venv that holds only requirements-deploy.txt (the runtime set plus Zappa; Zappa's
# own dependencies are excluded by zappa_settings.json) and from the files git tracks or would track,
# so .env, node_modules and local leftovers never ship. JOBFIT_PACKAGE_OUT overrides the output path.
# The project ships as source plus bytecode, the dependencies as bytecode only (see below).
#
# It must run on linux x86_64 with the Python of the Lambda runtime: the zip carries the compiled
# wheels (pydantic-core, jiter) of the machine that builds it. Elsewhere, run it inside
# public.ecr.aws/sam/build-python3.11.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
stage="${1:-dev}"
out="${JOBFIT_PACKAGE_OUT:-$root/dist/jobfit-$stage.zip}"
python="${PYTHON:-python3.11}"

runtime="$("$python" - "$stage" <<'EOF'
import json, sys

settings, stage = json.load(open("zappa_settings.json")), sys.argv[1]
if stage not in settings:
    sys.exit(f"package.sh: no stage {stage!r} in zappa_settings.json")
config = {}
while stage:  # a stage's own keys win over those of the stage it extends (shallow, as Zappa does)
    config = {**settings[stage], **config}
    stage = settings[stage].get("extends")
print(config["runtime"])
EOF
)"
have="python$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$have" != "$runtime" ] || [ "$(uname -sm)" != "Linux x86_64" ]; then
  echo "package.sh: needs Linux x86_64 and $runtime (have $(uname -sm), $have)" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$python" -m venv "$work/venv"
# Only pip's own noise about this machine's index configuration is filtered out.
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check --no-compile \
  -r requirements-deploy.txt 2> >(grep -v "^WARNING: Location 'file:" >&2)
site="$work/venv/lib/$runtime/site-packages"

# The project as git sees it: tracked files plus new files not ignored; deleted files are skipped.
mkdir "$work/jobfit"
git ls-files -z --cached --others --exclude-standard \
  | while IFS= read -r -d '' file; do if [ -e "$file" ]; then printf '%s\0' "$file"; fi; done \
  | tar --null --files-from=- -cf - | tar -xf - -C "$work/jobfit"

# Lambda's /var/task is read-only, so Python cannot cache bytecode there and would compile every
# module at each cold start. Ship unchecked-hash .pyc files: valid whatever the zip's timestamps.
# The project keeps its sources next to __pycache__, for readable tracebacks.
"$work/venv/bin/python" -m compileall -q -j0 --invalidation-mode unchecked-hash \
  -s "$work/jobfit" -p /var/task "$work/jobfit" >/dev/null
# Dependencies ship as bytecode only, to fit the size budget: each X.py is compiled to a legacy
# X.pyc beside it (-b), which Python imports when X.py is absent, and the sources are dropped from
# the zip below. PYTHONNODEBUGRANGES leaves out the column tables that only draw ^^^ under
# traceback lines, a sixth of the zip; line numbers stay.
PYTHONNODEBUGRANGES=1 "$work/venv/bin/python" -m compileall -q -j0 -b \
  --invalidation-mode unchecked-hash -s "$site" -p /var/task "$site" >/dev/null

mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
rm -f "$out"
(
  cd "$work/jobfit"
  export VIRTUAL_ENV="$work/venv" PATH="$work/venv/bin:$PATH"
  PYTHONWARNINGS="ignore:Setuptools is replacing distutils" zappa package "$stage" -o "$out" >/dev/null
)
# Zappa leaves out an X.py when it finds X.pyc newer, but its copies' timestamps decide that file
# by file, so every such source is dropped here instead. The sources had to stay on disk for
# `zappa package`: it adds an empty __init__.py to each folder without one, which would hide the
# package's __init__.pyc. Zappa's copy of its handler.py at the top gets bytecode like app.py.
"$work/venv/bin/python" - "$out" "$work/handler.py" <<'EOF'
import os, py_compile, sys, zipfile
from pathlib import Path

out, handler = sys.argv[1:]
with zipfile.ZipFile(out) as old, zipfile.ZipFile(out + ".new", "w", zipfile.ZIP_DEFLATED) as new:
    names = set(old.namelist())
    Path(handler).write_bytes(old.read("handler.py"))
    for info in old.infolist():
        if not (info.filename.endswith(".py") and info.filename + "c" in names):
            new.writestr(info, old.read(info))  # (this rewrites info's offsets: read it first)
    mode = py_compile.PycInvalidationMode.UNCHECKED_HASH
    pyc = py_compile.compile(handler, None, "/var/task/handler.py", True, invalidation_mode=mode)
    info = zipfile.ZipInfo(f"__pycache__/{os.path.basename(pyc)}", (1980, 1, 1, 0, 0, 0))
    info.external_attr = 0o755 << 16
    new.writestr(info, Path(pyc).read_bytes(), zipfile.ZIP_DEFLATED)
os.replace(out + ".new", out)
EOF
# Record which distributions the zip holds, by their dist-info folders.
"$python" - "$out" >"${out%.zip}.freeze.txt" <<'EOF'
import re, sys, zipfile

names = zipfile.ZipFile(sys.argv[1]).namelist()
found = {m.groups() for n in names if (m := re.match(r"([^/]+)-([^-/]+)\.dist-info/", n))}
print("\n".join(f"{name}=={version}" for name, version in sorted(found, key=lambda nv: nv[0].lower())))
EOF
echo "$out ($(du -h "$out" | cut -f1))"
