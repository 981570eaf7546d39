#!/usr/bin/env bash
# Installs the Jupyter kernel "ztfkit": the rapaio Java kernel from Maven Central, with ztfkit's shaded jar on its
# class path (RJK_CLASSPATH) and ztfkit's default imports as its init script (RJK_INIT_SCRIPT). Safe to run twice:
# it replaces the previous install. Needs Java 17, Maven and the built jar (./ztfkit setup, or mvn install).
# Used by ./ztfkit setup and binder/postBuild.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
die() { printf 'install-kernel: %s\n' "$*" >&2; exit 1; }

version=$(sed -n 's:.*<rapaio.version>\(.*\)</rapaio.version>.*:\1:p' pom.xml)
[ -n "$version" ] || die "cannot read rapaio.version from pom.xml"
ztfkit_jar=$(ls kernel-extension/target/ztfkit-kernel-extension-*-kernel.jar 2>/dev/null | head -1)
[ -n "$ztfkit_jar" ] || die "kernel-extension/target/ztfkit-kernel-extension-*-kernel.jar is missing: run ./ztfkit setup (or mvn install) first"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The kernel jar from Maven Central, through the local repository.
mvn -B -ntp -q -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
  -Dartifact="io.github.padreati:rapaio-jupyter-kernel:$version" -DoutputDirectory="$work/jar"
kernel_jar="$work/jar/rapaio-jupyter-kernel-$version.jar"
[ -f "$kernel_jar" ] || die "Maven did not fetch rapaio-jupyter-kernel $version"

# The kernel's own installer writes its kernelspec (kernel.json and the jar) under ~/.local/share/jupyter; run it in
# a scratch home and move the result, so a rapaio kernel the user installed themselves is left alone.
java -Duser.home="$work/home" -jar "$kernel_jar" -i -auto >/dev/null
spec=$(find "$work/home" -name kernel.json -path '*kernels*' | head -1)
[ -n "$spec" ] || die "the rapaio installer wrote no kernel.json"

data_dir=$(jupyter --data-dir 2>/dev/null || echo "$HOME/.local/share/jupyter")
target="$data_dir/kernels/ztfkit"
rm -rf "$target"
mkdir -p "$(dirname "$target")"
mv "$(dirname "$spec")" "$target"
cp "$ztfkit_jar" "$target/ztfkit.jar"
java -cp "$target/ztfkit.jar" org.ztfkit.jupyter.rapaio.RapaioBinding > "$target/init.jsh"

# kernel.json: the moved jars, ztfkit's class path and init script, and the JVM options. Debian's python3 has json
# (the python3 first on PATH may be another interpreter; any python3 will do here).
write_spec() {
  /usr/bin/env python3 - "$target" "$@" <<'PY'
import glob, json, os, sys
target, jvm_options = sys.argv[1], sys.argv[2:]
path = os.path.join(target, "kernel.json")
spec = json.load(open(path))
jar = glob.glob(os.path.join(target, "rapaio-jupyter-kernel-*.jar"))[0]
# ztfkit's launcher starts a warm-up thread, then the rapaio kernel's own main class.
spec["argv"] = ["java", "-XX:+UseSerialGC", *jvm_options, "-cp",
                jar + os.pathsep + os.path.join(target, "ztfkit.jar"),
                "org.ztfkit.jupyter.rapaio.KernelLauncher", "{connection_file}"]
spec["display_name"] = "Java (ztfkit)"
spec["env"].update({
    "RJK_CLASSPATH": os.path.join(target, "ztfkit.jar"),
    "RJK_INIT_SCRIPT": os.path.join(target, "init.jsh"),
    "RJK_MIMA_CACHE": os.path.join(os.path.expanduser("~"), ".cache", "ztfkit", "mima"),
})
json.dump(spec, open(path, "w"), indent=2)
PY
}

# Class-data sharing: one run of the quick start records the classes the kernel loads (JDK, javac, JShell, AWT,
# ztfkit) into an archive that later kernels map instead of parsing and verifying them again; it halves the
# time to the first object card. Without Python's nbclient the kernel simply starts without it.
archive="$target/kernel.jsa"
write_spec "-XX:ArchiveClassesAtExit=$archive"
for python in /usr/bin/python3 python3; do
  if "$python" -c 'import nbclient, nbformat' 2>/dev/null; then
    "$python" notebooks/execute.py --train || echo "install-kernel: the training run failed; the kernel starts without a class-data archive" >&2
    break
  fi
done
if [ -f "$archive" ]; then write_spec "-XX:SharedArchiveFile=$archive"; else write_spec; fi
echo "installed the Jupyter kernel 'ztfkit' (rapaio-jupyter-kernel $version + $(basename "$ztfkit_jar")$([ -f "$archive" ] && echo ', class-data archive')) in $target"
