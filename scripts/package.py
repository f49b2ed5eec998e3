#!/usr/bin/env python3.11
"""Build the deployable Lambda zip offline, without AWS credentials.

    python3.11 scripts/package.py [STAGE]     # STAGE from zappa_settings.json, default dev
    -> dist/jobfit-STAGE.zip, and dist/jobfit-STAGE.freeze.txt listing the distributions inside

Then `zappa update STAGE --zip dist/jobfit-STAGE.zip` ships it. The zip is built by `zappa package`
from a throwaway venv that holds only requirements-deploy.txt (the runtime set plus Zappa; Zappa's
own dependencies are excluded by zappa_settings.json) and from the files git tracks or would track,
so .env, node_modules and local leftovers never ship. JOBFIT_PACKAGE_OUT overrides the output path.
The project ships as source plus bytecode, the dependencies as bytecode only (see compile_all).

It must run on Linux x86_64 with the Python of the Lambda runtime: the zip carries the compiled
wheels (pydantic-core, jiter) of the machine that builds it. Elsewhere, run it inside
public.ecr.aws/sam/build-python3.11.
"""

from __future__ import annotations

import json
import os
import platform
import py_compile
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def runtime_of(stage: str) -> str:
    """The stage's `runtime` (e.g. python3.11), following `extends` as Zappa does."""
    settings = json.loads((ROOT / "zappa_settings.json").read_text())
    if stage not in settings:
        sys.exit(f"package.py: no stage {stage!r} in zappa_settings.json")
    config: dict = {}
    while stage:  # a stage's own keys win over those of the stage it extends (shallow)
        config = {**settings[stage], **config}
        stage = settings[stage].get("extends")
    return config["runtime"]


def make_venv(venv: Path) -> Path:
    """A venv with requirements-deploy.txt installed; returns its site-packages."""
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin/python"), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    done = subprocess.run(
        [*pip, "--no-compile", "-r", "requirements-deploy.txt"],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Only pip's own noise about this machine's index configuration is left out.
    noise = "WARNING: Location 'file:"
    sys.stderr.writelines(line for line in done.stderr.splitlines(True) if noise not in line)
    done.check_returncode()
    return venv / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}/site-packages"


def copy_project(dest: Path) -> None:
    """Copy the files git tracks plus new ones it does not ignore; deleted files are skipped."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if os.path.lexists(source):
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name, follow_symlinks=False)


def compile_all(python: Path, project: Path, site: Path) -> None:
    """Precompile the project (beside its sources) and the dependencies (instead of them)."""
    # Lambda's /var/task is read-only, so Python cannot cache bytecode there and would compile
    # every module at each cold start. Ship unchecked-hash .pyc files: valid whatever the zip's
    # timestamps. The project keeps its sources next to __pycache__, for readable tracebacks.
    common = ["-m", "compileall", "-q", "-j0", "--invalidation-mode", "unchecked-hash"]
    quiet = {"stdout": subprocess.DEVNULL, "check": True}
    subprocess.run([python, *common, "-s", project, "-p", "/var/task", project], **quiet)
    # Dependencies ship as bytecode only, to fit the size budget: each X.py is compiled to a
    # legacy X.pyc beside it (-b), which Python imports when X.py is absent, and the sources are
    # dropped from the zip (drop_sources). PYTHONNODEBUGRANGES leaves out the column tables that
    # only draw ^^^ under traceback lines, a sixth of the zip; line numbers stay.
    env = {**os.environ, "PYTHONNODEBUGRANGES": "1"}
    subprocess.run([python, *common, "-b", "-s", site, "-p", "/var/task", site], env=env, **quiet)


def zappa_package(stage: str, project: Path, venv: Path, out: Path) -> None:
    """Run `zappa package` from the copied project, inside the throwaway venv."""
    env = {
        **os.environ,
        "VIRTUAL_ENV": str(venv),
        "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONWARNINGS": "ignore:Setuptools is replacing distutils",
    }
    command = ["zappa", "package", stage, "-o", str(out)]
    subprocess.run(command, cwd=project, env=env, stdout=subprocess.DEVNULL, check=True)


def drop_sources(out: Path, work: Path) -> None:
    """Drop each X.py that has an X.pyc beside it, and give Zappa's handler.py its bytecode."""
    # Zappa leaves out an X.py when it finds X.pyc newer, but its copies' timestamps decide that
    # file by file, so every such source is dropped here instead. The sources had to stay on disk
    # for `zappa package`: it adds an empty __init__.py to each folder without one, which would
    # hide the package's __init__.pyc. Zappa's handler.py at the top gets bytecode like app.py.
    new_zip = out.with_name(out.name + ".new")
    handler = work / "handler.py"
    with zipfile.ZipFile(out) as old, zipfile.ZipFile(new_zip, "w", zipfile.ZIP_DEFLATED) as new:
        names = set(old.namelist())
        handler.write_bytes(old.read("handler.py"))
        for info in old.infolist():
            if not (info.filename.endswith(".py") and info.filename + "c" in names):
                new.writestr(info, old.read(info))  # (this rewrites info's offsets: read it first)
        mode = py_compile.PycInvalidationMode.UNCHECKED_HASH
        pyc = py_compile.compile(
            str(handler), None, "/var/task/handler.py", True, invalidation_mode=mode
        )
        info = zipfile.ZipInfo(f"__pycache__/{os.path.basename(pyc)}", (1980, 1, 1, 0, 0, 0))
        info.external_attr = 0o755 << 16
        new.writestr(info, Path(pyc).read_bytes(), zipfile.ZIP_DEFLATED)
    os.replace(new_zip, out)


def freeze(out: Path) -> str:
    """The distributions the zip holds, by their dist-info folders, as name==version lines."""
    names = zipfile.ZipFile(out).namelist()
    found = {m.groups() for n in names if (m := re.match(r"([^/]+)-([^-/]+)\.dist-info/", n))}
    return "".join(f"{name}=={version}\n" for name, version in sorted(found, key=_lower_name))


def _lower_name(name_version: tuple[str, str]) -> str:
    return name_version[0].lower()


def main() -> None:
    """Build dist/jobfit-STAGE.zip and its freeze list."""
    stage = sys.argv[1] if len(sys.argv) > 1 else "dev"
    out = Path(os.environ.get("JOBFIT_PACKAGE_OUT") or ROOT / "dist" / f"jobfit-{stage}.zip")
    out = out.resolve()
    runtime = runtime_of(stage)
    have = f"python{sys.version_info.major}.{sys.version_info.minor}"
    where = f"{platform.system()} {platform.machine()}"
    if have != runtime or where != "Linux x86_64":
        print(
            f"package.py: needs Linux x86_64 and {runtime} (have {where}, {have})", file=sys.stderr
        )
        sys.exit(2)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        site = make_venv(work / "venv")
        copy_project(work / "jobfit")
        compile_all(work / "venv/bin/python", work / "jobfit", site)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.unlink(missing_ok=True)
        zappa_package(stage, work / "jobfit", work / "venv", out)
        drop_sources(out, work)
    out.with_suffix(".freeze.txt").write_text(freeze(out))
    print(f"{out} ({out.stat().st_size / 2**20:.1f} MiB)")


if __name__ == "__main__":
    main()
