#!/usr/bin/env bash
# The walkthrough notebooks, in the "ztfkit" Jupyter kernel (installed by notebooks/install-kernel.sh).
#   notebooks/run.sh            open JupyterLab (if installed, else the classic Notebook) on the notebooks
#   notebooks/run.sh --report   execute the quick start and write an HTML report; prints its path
#   notebooks/run.sh --ci       (re)install the kernel, execute every notebook headlessly, check errors and rich
#                               outputs, print the quick start's timings against plain Java
# Executed copies go to notebooks/out/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")"
die() { printf 'notebooks/run.sh: %s\n' "$*" >&2; exit 1; }

# Debian's Jupyter tools run on /usr/bin/python3 (the python3 first on PATH may be another interpreter); Binder's
# JupyterLab comes with its own python3.
python=""
for candidate in /usr/bin/python3 python3; do
  if "$candidate" -c 'import nbclient, nbconvert, nbformat' 2>/dev/null; then python=$candidate; break; fi
done

kernel_installed() {
  local dir; dir=$(jupyter --data-dir 2>/dev/null || echo "$HOME/.local/share/jupyter")
  [ -f "$dir/kernels/ztfkit/kernel.json" ]
}

case "${1:-}" in
  --ci)
    ./install-kernel.sh
    [ -n "$python" ] || die "no Python with nbclient and nbconvert (Debian: apt-get install jupyter-nbconvert python3-nbclient)"
    exec "$python" execute.py --ci
    ;;
  --report)
    kernel_installed || ./install-kernel.sh
    [ -n "$python" ] || die "no Python with nbclient and nbconvert (Debian: apt-get install jupyter-nbconvert python3-nbclient)"
    exec "$python" execute.py --report
    ;;
  "")
    kernel_installed || ./install-kernel.sh
    args=(--notebook-dir=. --ip=127.0.0.1)
    [ "$(id -u)" -ne 0 ] || args+=(--allow-root)
    if command -v jupyter-lab >/dev/null; then exec jupyter-lab "${args[@]}"; fi
    if [ -x /usr/bin/jupyter-notebook ]; then exec /usr/bin/jupyter-notebook "${args[@]}"; fi
    command -v jupyter-notebook >/dev/null || die "no Jupyter found: install JupyterLab (pip install jupyterlab) or Debian's jupyter-notebook"
    exec jupyter-notebook "${args[@]}"
    ;;
  *) die "unknown option '$1'; use no option, --report or --ci" ;;
esac
