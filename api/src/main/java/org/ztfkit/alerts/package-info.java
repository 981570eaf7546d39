/**
 * ZTF alert packets as values: {@link org.ztfkit.alerts.AlertPacket} (candidate, history split into detections
 * and upper limits, forced photometry, cutouts), {@link org.ztfkit.alerts.Alerts} (the packets of one object) and
 * {@link org.ztfkit.alerts.AlertLightCurve} (their de-duplicated photometry as a Tablesaw table). Times are native
 * (JD at exposure start, UTC); reading Avro files lives in {@code org.ztfkit.alerts.io}.
 */
package org.ztfkit.alerts;
