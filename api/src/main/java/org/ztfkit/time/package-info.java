/**
 * Time scales and the conversions that put every survey's times on the light-curve axis: heliocentric MJD, UTC,
 * mid-exposure (HMJD, the ZTF DR's {@code hmjd}). Pure science: no I/O.
 *
 * <ul>
 *   <li>{@link org.ztfkit.time.LeapSeconds}: TAI − UTC since 1972.</li>
 *   <li>{@link org.ztfkit.time.TimeScales}: UTC ↔ TAI ↔ TT, TCB → TDB → TT (IAU 2006 B3).</li>
 *   <li>{@link org.ztfkit.time.SolarEphemeris}: the Earth's heliocentric position (truncated VSOP87).</li>
 *   <li>{@link org.ztfkit.time.Observatory}: Palomar and Haleakala, and their geocentric offsets.</li>
 *   <li>{@link org.ztfkit.time.LightTravelTime}: the heliocentric light-travel time toward a source.</li>
 *   <li>{@link org.ztfkit.time.SurveyTimes}: ZTF alert JD, Pan-STARRS TAI, Gaia TCB → the HMJD axis, and back.</li>
 *   <li>{@link org.ztfkit.time.Mjd}: MJD ↔ JD, calendar date-time (UTC) and ZTF {@code filefracday}.</li>
 * </ul>
 * Every time is a {@code double} MJD (or JD) whose scale is in the method and parameter names. NaN in gives NaN
 * out (a missing time stays missing).
 */
package org.ztfkit.time;
