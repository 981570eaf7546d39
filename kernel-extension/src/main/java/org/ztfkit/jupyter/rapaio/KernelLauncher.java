package org.ztfkit.jupyter.rapaio;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.rapaio.jupyter.kernel.MainApp;
import org.ztfkit.jupyter.Displays;
import org.ztfkit.plot.Axis;
import org.ztfkit.plot.Plot;
import org.ztfkit.plot.PlotSeries;
import org.ztfkit.store.PackagedDatabase;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Starts the rapaio kernel ({@code MainApp}) for the "ztfkit" kernelspec, with progress bars already in place
 * ({@link RapaioBinding#install()}), after starting one background thread that
 * warms up what the first cells need: Tablesaw initialised (column types first), the demo sky extracted, DuckDB's
 * native library loaded, fonts, plotting and PNG encoding initialised. The kernel itself spends its first two
 * seconds starting JShell on one core; the warm-up uses the other, so the first object card appears sooner. A
 * warm-up failure only costs time: the cell that needs the same thing reports it.
 *
 * <pre>{@code
 * java -cp rapaio-jupyter-kernel.jar:ztfkit.jar org.ztfkit.jupyter.rapaio.KernelLauncher {connection_file}
 * }</pre>
 */
public final class KernelLauncher {
    private KernelLauncher() {
    }

    /** Installs progress bars, starts the warm-up, then runs the rapaio kernel with the same arguments. */
    public static void main(String[] args) throws Exception {
        RapaioBinding.install();
        Thread warmUp = new Thread(KernelLauncher::warmUp, "ztfkit-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        MainApp.main(args);
    }

    private static void warmUp() {
        try {
            // ColumnType first: made after a column type, Tablesaw 0.44 ends up with two DOUBLE types, and code
            // that compares them by identity (Tablesaw's own included) goes wrong.
            ColumnType.values();
            Table.create("warm-up", DoubleColumn.create("x", 2.0, 1.0)).sortOn("x");
            PackagedDatabase.demoSky();
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                s.execute("SELECT 1");
            }
            Plot plot = Plot.of("warm-up", Axis.of("x"), Axis.of("mag").invert(), List.of(
                    PlotSeries.points("p", new double[] {1, 2}, new double[] {15, 16})));
            Displays.standard().bundle(plot);
        } catch (Exception | LinkageError e) {
            System.err.println("ztfkit warm-up: " + e);   // the kernel's log, not a notebook
        }
    }
}
