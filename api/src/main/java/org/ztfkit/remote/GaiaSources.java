package org.ztfkit.remote;

import java.util.ArrayList;
import java.util.List;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.sky.SkyPosition;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Gaia DR3 source tables into {@link GaiaSource}s, in either naming: VizieR's {@code I/355/gaiadr3}
 * ({@code Source}, {@code RA_ICRS}, {@code Plx}, {@code Teff}, {@code EpochPh}, …, with the J2000 position VizieR
 * computes as {@code _RAJ2000}/{@code _DEJ2000}) or the Gaia archive's {@code gaiadr3.gaia_source} ({@code source_id},
 * {@code ra}, {@code parallax}, {@code teff_gspphot}, {@code has_epoch_photometry}, …, whose position at epoch
 * 2016.0 then serves as the position too). Missing columns and empty cells are NaN.
 *
 * <pre>{@code
 * List<GaiaSource> s = GaiaSources.of(Vo.readVotable(Path.of("gaia_source.vot")).toTable(), "gaia_source.vot");
 * }</pre>
 */
public final class GaiaSources {
    /** VizieR name, archive name; in the order of {@link GaiaSource}'s numbers after the positions. */
    private static final String[][] NUMBERS = {
        {"Gmag", "phot_g_mean_mag"}, {"BPmag", "phot_bp_mean_mag"}, {"RPmag", "phot_rp_mean_mag"},
        {"Plx", "parallax"}, {"e_Plx", "parallax_error"}, {"pmRA", "pmra"}, {"e_pmRA", "pmra_error"},
        {"pmDE", "pmdec"}, {"e_pmDE", "pmdec_error"},
        {"Teff", "teff_gspphot"}, {"b_Teff", "teff_gspphot_lower"}, {"B_Teff", "teff_gspphot_upper"},
        {"logg", "logg_gspphot"}, {"b_logg", "logg_gspphot_lower"}, {"B_logg", "logg_gspphot_upper"},
        {"[Fe/H]", "mh_gspphot"}, {"b_[Fe/H]", "mh_gspphot_lower"}, {"B_[Fe/H]", "mh_gspphot_upper"},
        {"A0", "azero_gspphot"}, {"b_A0", "azero_gspphot_lower"}, {"B_A0", "azero_gspphot_upper"},
        {"PQSO", "classprob_dsc_combmod_quasar"}, {"PGal", "classprob_dsc_combmod_galaxy"},
        {"PSS", "classprob_dsc_combmod_star"}};

    private GaiaSources() {
    }

    /**
     * The sources of a table in either naming, in row order.
     *
     * @throws InvalidInputException when the table has neither {@code Source} nor {@code source_id}
     */
    public static List<GaiaSource> of(Table t, String origin) {
        if (t.columnCount() == 0) {
            return List.of();
        }
        boolean vizier = t.columnNames().contains("Source");
        if (!vizier && !t.columnNames().contains("source_id")) {
            throw InvalidInputException.of("Gaia source table " + origin, "a table with Source (VizieR) or source_id "
                    + "(Gaia archive) and the positions", "columns " + t.columnNames(), "");
        }
        int v = vizier ? 0 : 1;
        List<GaiaSource> out = new ArrayList<>(t.rowCount());
        for (int i = 0; i < t.rowCount(); i++) {
            double ra2016 = num(t, vizier ? "RA_ICRS" : "ra", i);
            double dec2016 = num(t, vizier ? "DE_ICRS" : "dec", i);
            double ra = Double.isNaN(num(t, "_RAJ2000", i)) ? ra2016 : num(t, "_RAJ2000", i);
            double dec = Double.isNaN(num(t, "_DEJ2000", i)) ? dec2016 : num(t, "_DEJ2000", i);
            double[] n = new double[NUMBERS.length];
            for (int k = 0; k < n.length; k++) {
                n[k] = num(t, NUMBERS[k][v], i);
            }
            boolean epochPhot = vizier ? num(t, "EpochPh", i) == 1 : flag(t, "has_epoch_photometry", i);
            out.add(new GaiaSource(((Number) t.column(vizier ? "Source" : "source_id").get(i)).longValue(),
                    SkyPosition.wrapped(ra, dec), ra2016, dec2016, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8],
                    n[9], n[10], n[11], n[12], n[13], n[14], n[15], n[16], n[17], n[18], n[19], n[20], n[21], n[22],
                    n[23], epochPhot));
        }
        return out;
    }

    private static double num(Table t, String column, int row) {
        if (!t.columnNames().contains(column)) {
            return Double.NaN;
        }
        Column<?> c = t.column(column);
        return c.isMissing(row) ? Double.NaN : ((Number) c.get(row)).doubleValue();
    }

    private static boolean flag(Table t, String column, int row) {
        if (!t.columnNames().contains(column) || t.column(column).isMissing(row)) {
            return false;
        }
        Object v = t.column(column).get(row);
        return v instanceof Boolean b ? b : v instanceof Number x && x.intValue() != 0;
    }
}
