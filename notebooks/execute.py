"""Executes the walkthrough notebooks headlessly in the "ztfkit" Jupyter kernel (notebooks/run.sh calls this).

  execute.py --train    run the quick start without checks or outputs (install-kernel.sh uses it to record the
                        kernel's class-data-sharing archive)
  execute.py --report   run the quick start, write out/01-quick-start.html, print its path
  execute.py --ci       run every notebook into out/; fail on any error or stderr output, or when a cell tagged
                        expect-html / expect-png lacks that output; print the quick start's per-cell times, the time
                        from kernel start to the first object card, and the same steps in plain Java (the
                        NotebookColdStartBench main, in a fresh JVM) for comparison

Needs nbformat, nbclient and nbconvert (Debian: jupyter-nbconvert, python3-nbclient).
"""
import atexit
import datetime
import os
import subprocess
import sys
import time

import nbformat
from nbclient import NotebookClient

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
QUICK_START = "01-quick-start.ipynb"
KERNEL = "ztfkit"
FIRST_CARD_TARGET_S = 4.0
EXPECTED = {"expect-html": "text/html", "expect-png": "image/png"}
START_TIMEOUT_S = 30
START_ATTEMPTS = 4


def run(nb, log):
    """Executes the notebook in place; returns the wall-clock start of the kernel that ran it.

    About one start in five, the rapaio kernel (3.0.1) binds its sockets but never answers on its shell channel
    (reproduced with an empty class path; its threads keep polling). Such a start is abandoned after
    START_TIMEOUT_S and the kernel started again, at most START_ATTEMPTS times."""
    for attempt in range(1, START_ATTEMPTS + 1):
        client = NotebookClient(nb, kernel_name=KERNEL, timeout=900, startup_timeout=START_TIMEOUT_S,
                                record_timing=True, resources={"metadata": {"path": HERE}})
        started = datetime.datetime.now(datetime.timezone.utc)
        try:
            client.execute(stdout=log, stderr=subprocess.STDOUT)
            return started
        except RuntimeError as e:
            if "didn't respond" not in str(e) or attempt == START_ATTEMPTS:
                raise
            atexit.unregister(client._cleanup_kernel)   # its kernel is already gone; the hook would only complain
            print(f"  the kernel did not answer within {START_TIMEOUT_S} s of its start; starting it again",
                  file=sys.stderr)


def execute(name):
    """Runs one notebook top to bottom (the kernel's own log goes to out/NAME.kernel.log); returns it, with its
    outputs, and the wall-clock start of its kernel."""
    nb = nbformat.read(os.path.join(HERE, name), as_version=4)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name.replace(".ipynb", ".kernel.log")), "w") as log:
        started = run(nb, log)
    nbformat.write(nb, os.path.join(OUT, name))
    return nb, started


def problems(name, nb):
    """Error or stderr outputs, and tagged cells without their expected rich output."""
    found = []
    tagged = 0
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        kinds = set()
        for out in cell.outputs:
            if out.output_type == "error":
                found.append(f"{name} cell {i}: {out.ename}: {out.evalue}")
            elif out.output_type == "stream" and out.name == "stderr":
                found.append(f"{name} cell {i} wrote to stderr: {out.text.strip()[:300]}")
            kinds.update(out.get("data", {}).keys())
        for tag in cell.metadata.get("tags", []):
            if tag in EXPECTED:
                tagged += 1
                if EXPECTED[tag] not in kinds:
                    found.append(f"{name} cell {i}: expected {EXPECTED[tag]} output, got {sorted(kinds) or 'none'}")
    if tagged == 0:
        found.append(f"{name}: no cell is tagged expect-html or expect-png, so its rich output is not checked")
    return found


def when(cell, key):
    return datetime.datetime.fromisoformat(cell.metadata["execution"][key].replace("Z", "+00:00"))


def cell_seconds(cell):
    return (when(cell, "shell.execute_reply") - when(cell, "iopub.execute_input")).total_seconds()


def bench_step(cell):
    return next((t[len("bench:"):] for t in cell.metadata.get("tags", []) if t.startswith("bench:")), None)


def plain_java():
    """The NotebookColdStartBench main in a fresh JVM: {step: seconds}, plus 'first card'."""
    root = os.path.dirname(HERE)
    kernel_jar = os.path.join(os.popen("jupyter --data-dir 2>/dev/null").read().strip()
                              or os.path.expanduser("~/.local/share/jupyter"), "kernels", KERNEL, "ztfkit.jar")
    classes = os.path.join(root, "bench", "target", "classes")
    if os.path.isdir(os.path.join(classes, "org", "ztfkit", "bench")):
        cmd = ["java", "-XX:+UseSerialGC", "-cp", classes + os.pathsep + kernel_jar,
               "org.ztfkit.bench.NotebookColdStartBench", "--machine"]
    else:
        cmd = [os.path.join(root, "bench", "run.sh"), "NotebookColdStartBench", "--machine"]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=HERE).stdout
    steps = {}
    for line in out.splitlines():
        if line.startswith("step "):
            _, step, ms = line.split()
            steps[step] = float(ms) / 1000
    return steps


def report_timings(nb, started):
    cells = [c for c in nb.cells if c.cell_type == "code"]
    card = next(c for c in cells if "object-card" in c.metadata.get("tags", []))
    first_card = (when(card, "shell.execute_reply") - started).total_seconds()
    java = plain_java()
    print("\nQuick start, rapaio kernel vs the same steps in plain Java (fresh JVM, same run):")
    print(f"  {'step':<14} {'kernel s':>9} {'plain Java s':>13} {'ratio':>6}")
    kernel_total = java_total = 0.0
    for cell in cells:
        step = bench_step(cell)
        k = cell_seconds(cell)
        j = java.get(step)
        kernel_total += k
        java_total += j or 0.0
        ratio = f"{k / j:6.1f}" if j else "     -"
        print(f"  {step or '-':<14} {k:9.3f} {j if j is not None else float('nan'):13.3f} {ratio}")
    print(f"  {'all cells':<14} {kernel_total:9.3f} {java_total:13.3f} {kernel_total / java_total:6.1f}")
    verdict = "within" if first_card <= FIRST_CARD_TARGET_S else "over"
    print(f"  kernel start -> first object card: {first_card:.2f} s ({verdict} the {FIRST_CARD_TARGET_S:.0f} s "
          f"target); plain Java, JVM start -> first card: {java['first-card']:.2f} s "
          f"(ratio {first_card / java['first-card']:.1f})")


def train():
    run(nbformat.read(os.path.join(HERE, QUICK_START), as_version=4), subprocess.DEVNULL)


def report():
    from nbconvert import HTMLExporter
    nb, _ = execute(QUICK_START)
    found = problems(QUICK_START, nb)
    html, _ = HTMLExporter().from_notebook_node(nb)
    path = os.path.join(OUT, QUICK_START.replace(".ipynb", ".html"))
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    for p in found:
        print("warning:", p, file=sys.stderr)
    print(path)


def ci():
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".ipynb"))
    failures = []
    for name in names:
        t0 = time.monotonic()
        try:
            nb, started = execute(name)
        except Exception as e:  # nbclient raises on the first failing cell, with the kernel's message
            failures.append(f"{name}: {e}")
            print(f"FAIL {name}")
            continue
        found = problems(name, nb)
        failures += found
        print(f"{'FAIL' if found else 'ok  '} {name} ({time.monotonic() - t0:.1f} s)")
        if name == QUICK_START:
            report_timings(nb, started)
    if failures:
        print("\n".join(["", "notebook failures:"] + failures), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    {"--train": train, "--report": report, "--ci": ci}.get(sys.argv[1] if len(sys.argv) > 1 else "", lambda: sys.exit(__doc__))()
