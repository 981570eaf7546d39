#!/usr/bin/python3
"""Independent reference values for org.ztfkit.time, computed with astropy.

How it was produced:
    cd api/src/test/resources/reference && /usr/bin/python3 make_time_reference.py
with Debian bookworm's python3-astropy 5.2.1 (pyerfa 2.0.0.1, numpy 1.24.2). The machine is offline, so
    iers.conf.auto_download = False
makes astropy use the tables bundled with the package: the leap-second file (IERS Bulletin C 64, "expired"
June 2023, which only triggers a warning: no leap second has been introduced since 2017-01-01) and IERS-B
(UT1-UTC, polar motion). For dates after the bundled IERS-B, astropy assumes UT1-UTC = 0 when it rotates the
observatory into the celestial frame; that moves the site by at most ~0.4 km, i.e. ~1 microsecond of light
time, far below the tolerances of the tests. The Earth's position is astropy's built-in ephemeris
(erfa.epv00, fitted to JPL DE405).

Outputs (CSV, one header line; read by the Java tests):
    leap_seconds.csv        erfa's table of TAI-UTC steps since 1972
    time_scales.csv         UTC -> TAI/TT, TAI -> UTC (Pan-STARRS), TCB -> UTC (Gaia), each with the
                            representation difference (output - input) in seconds from the two-part JDs
    light_travel_time.csv   heliocentric light-travel time for positions x dates x {Palomar, Haleakala,
                            geocentre}, and the ZTF alert / Pan-STARRS times converted to HMJD
    earth_heliocentric.csv  Earth's heliocentric position (ICRS axes, au) at TT dates
"""
import csv
import warnings

import numpy as np
import astropy
import astropy.units as u
import erfa
from astropy.coordinates import EarthLocation, SkyCoord, get_body_barycentric
from astropy.time import Time
from astropy.utils import iers

iers.conf.auto_download = False
warnings.simplefilter("ignore")  # stale-file and "UT1-UTC assumed 0" warnings, see the header

PALOMAR = EarthLocation.from_geodetic(-116.863 * u.deg, 33.356 * u.deg, 1706 * u.m)
HALEAKALA = EarthLocation.from_geodetic(-156.169 * u.deg, 20.71552 * u.deg, 3048 * u.m)
GEOCENTRE = EarthLocation.from_geocentric(0, 0, 0, unit=u.m)
SITES = {"palomar": PALOMAR, "haleakala": HALEAKALA, "geocentre": GEOCENTRE}

# name, ra, dec (deg, ICRS)
POSITIONS = [
    ("snad101", 247.45543, 24.77282),
    ("north_ecliptic_pole", 270.0, 66.560708),
    ("south_ecliptic_pole", 90.0, -66.560708),
    ("vernal_equinox", 0.0, 0.0),
    ("summer_solstice_point", 90.0, 23.439281),
    ("north_celestial_pole", 12.0, 89.9),
    ("irsa_686103400034440", 298.002521, 29.871470),
    ("south_field", 150.0, -30.0),
]

# UTC dates 2010-01-01 .. 2026-12-31, 61 days apart with a varying fraction of day
START, END = Time("2010-01-01", scale="utc").mjd, Time("2026-12-31", scale="utc").mjd
DATES = [START + k * 61.0 + (0.137 * k) % 1.0 for k in range(int((END - START) / 61.0) + 1)]

fmt = "%.12f".__mod__


def seconds_between(later, earlier):
    """(later - earlier) in seconds, from the two-part JDs of two representations of times (any scales)."""
    return "%.9f" % (((later.jd1 - earlier.jd1) + (later.jd2 - earlier.jd2)) * 86400.0)


def write(name, header, rows):
    with open(name, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print(f"{name}: {len(rows)} rows")


def leap_seconds():
    rows = [(int(y), int(m), "%.0f" % d) for (y, m, d) in erfa.leap_seconds.get() if y >= 1972]
    write("leap_seconds.csv", ["year", "month", "tai_minus_utc_s"], rows)


def time_scales():
    rows = []
    # UTC -> TAI, TT: the regular dates plus seconds around the three leap seconds of the ZTF/PS1/Gaia era
    utc = list(DATES) + [Time(s, scale="utc").mjd for s in [
        "2012-06-30T23:59:30", "2012-07-01T00:00:10", "2015-06-30T12:00:00", "2015-07-01T00:00:00.5",
        "2016-12-31T23:59:59.5", "2017-01-01T00:00:00", "1972-01-01T00:00:00", "1999-12-31T12:00:00"]]
    for mjd in utc:
        t = Time(mjd, format="mjd", scale="utc")
        rows.append(("utc_to_tai", fmt(mjd), fmt(t.tai.mjd), seconds_between(t.tai, t)))
        rows.append(("utc_to_tt", fmt(mjd), fmt(t.tt.mjd), seconds_between(t.tt, t)))
    # Pan-STARRS obsTime is TAI
    for mjd in DATES[:40]:
        t = Time(mjd + 0.3, format="mjd", scale="tai")
        rows.append(("tai_to_utc", fmt(t.mjd), fmt(t.utc.mjd), seconds_between(t.utc, t)))
    # Gaia epoch photometry time: BJD(TCB) - 2455197.5 days
    for days in [0.0, 1666.4, 1700.123456, 1801.9, 2000.5, 2300.75, 2600.0, 2711.3, 3000.0, 5000.0]:
        t = Time(2455197.5, days, format="jd", scale="tcb")
        rows.append(("gaia_tcb_days_to_utc", fmt(days), fmt(t.utc.mjd), seconds_between(t.utc, t)))
    # TCB -> TDB -> TT separately (TDB - TT has a 1.66 ms annual term)
    for days in [0.0, 1000.0, 1700.0, 2711.3, 5000.0]:
        t = Time(2455197.5, days, format="jd", scale="tcb")
        rows.append(("gaia_tcb_days_to_tt", fmt(days), fmt(t.tt.mjd), seconds_between(t.tt, t)))
    write("time_scales.csv", ["kind", "input", "output_mjd", "output_minus_input_s"], rows)


def light_travel_time():
    rows = []
    for name, ra, dec in POSITIONS:
        c = SkyCoord(ra * u.deg, dec * u.deg, frame="icrs")
        for site, loc in SITES.items():
            t = Time(DATES, format="mjd", scale="utc", location=loc)
            ltt = t.light_travel_time(c, kind="heliocentric").to_value(u.s)
            for mjd, dt in zip(DATES, ltt):
                rows.append((name, "%.6f" % ra, "%.6f" % dec, site, "utc_mjd_to_helio_delta", fmt(mjd), "", "%.9f" % dt))
        # ZTF alert: JD UTC at exposure start, Palomar -> HMJD at mid-exposure
        for mjd in DATES[::3]:
            jd = mjd + 2400000.5
            t = Time(jd, format="jd", scale="utc", location=PALOMAR) + 15 * u.s
            hmjd = (t + t.light_travel_time(c, kind="heliocentric")).utc.mjd
            rows.append((name, "%.6f" % ra, "%.6f" % dec, "palomar", "ztf_alert_jd_to_hmjd", "%.10f" % jd, fmt(hmjd), ""))
        # Pan-STARRS: MJD TAI at mid-exposure, Haleakala -> HMJD (UTC)
        for mjd in DATES[1::3]:
            t = Time(mjd, format="mjd", scale="tai", location=HALEAKALA)
            hmjd = (t.utc + t.light_travel_time(c, kind="heliocentric")).utc.mjd
            rows.append((name, "%.6f" % ra, "%.6f" % dec, "haleakala", "ps1_tai_mjd_to_hmjd", fmt(mjd), fmt(hmjd), ""))
    write("light_travel_time.csv", ["position", "ra", "dec", "site", "kind", "input", "output_mjd", "delta_s"], rows)


def earth_heliocentric():
    rows = []
    for mjd in DATES:
        t = Time(mjd, format="mjd", scale="tt")
        r = (get_body_barycentric("earth", t) - get_body_barycentric("sun", t)).xyz.to_value(u.au)
        rows.append((fmt(mjd), "%.12f" % r[0], "%.12f" % r[1], "%.12f" % r[2]))
    write("earth_heliocentric.csv", ["tt_mjd", "x_au", "y_au", "z_au"], rows)


if __name__ == "__main__":
    print("astropy", astropy.__version__, "pyerfa", erfa.__version__, "numpy", np.__version__)
    leap_seconds()
    time_scales()
    light_travel_time()
    earth_heliocentric()
