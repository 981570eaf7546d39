/**
 * Virtual Observatory access, independent of ZTF objects: VOTable to and from Tablesaw with column metadata
 * ({@link org.ztfkit.vo.Vo#readVotable}, {@link org.ztfkit.vo.Vo#writeVotable}, {@link org.ztfkit.vo.VoTable}),
 * TAP services with synchronous queries and asynchronous UWS jobs ({@link org.ztfkit.vo.TapService},
 * {@link org.ztfkit.vo.TapJob}), Simple Cone Search ({@link org.ztfkit.vo.ConeSearch}) and SAMP messaging to
 * TOPCAT and Aladin ({@link org.ztfkit.vo.Samp}). All HTTP goes through {@link org.ztfkit.net.Http}.
 *
 * <pre>{@code
 * TapService gaia = Vo.tap("https://gea.esac.esa.int/tap-server/tap");
 * VoTable bright = gaia.submit("SELECT TOP 100 source_id, ra, dec, phot_g_mean_mag FROM gaiadr3.gaia_source"
 *         + " ORDER BY phot_g_mean_mag").await(System.out::println);
 * try (Samp samp = Samp.connect()) {
 *     samp.send(bright);
 * }
 * }</pre>
 */
package org.ztfkit.vo;
