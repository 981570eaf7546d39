#!/usr/bin/python3
"""Times of the recorded-response fixtures on the light-curve axis (HMJD, UTC, mid-exposure), by astropy 5.2.1.

- Pan-STARRS: the first detection of mast-ps1/detection_137732474554134521.json, obsTime 55280.54112 (MJD TAI,
  mid-exposure) at the detection's RA/Dec: TAI -> UTC, plus the heliocentric light-travel time at Haleakala.
- Gaia: the first G transit of gaia/epoch_photometry_1299840417592340992.vot, g_transit_time 1705.94373602 (BJD TCB
  - 2455197.5): TCB -> UTC as MJD, no barycentric-to-heliocentric correction (as the Viewer does).
- ALeRCE: the first detection of alerce/lightcurve_ZTF18abqkqdm.json, mjd at exposure start (UTC, Palomar):
  + 15 s, plus the heliocentric light-travel time at Palomar toward the alert object's mean position.
Run: /usr/bin/python3 external_times_reference.py  (writes external_times_reference.json)
"""
import json
from astropy import units as u
from astropy.coordinates import EarthLocation, SkyCoord
from astropy.time import Time

haleakala = EarthLocation.from_geodetic(lon=-156.169 * u.deg, lat=20.71552 * u.deg, height=3048 * u.m)
palomar = EarthLocation.from_geodetic(lon=-116.863 * u.deg, lat=33.356 * u.deg, height=1706 * u.m)

ps1 = Time(55280.54112, format="mjd", scale="tai", location=haleakala)
ps1_src = SkyCoord(247.4554260 * u.deg, 24.7728230 * u.deg)
ps1_hmjd = ps1.utc.mjd + ps1.utc.light_travel_time(ps1_src, kind="heliocentric").to_value(u.day)

gaia = Time(2455197.5 + 1705.94373602, format="jd", scale="tcb")
gaia_mjd_utc = gaia.utc.mjd

alerce_jd = 2458354.6923611
alert_src = SkyCoord(247.4554312 * u.deg, 24.7728197 * u.deg)
mid = Time(alerce_jd - 2400000.5 + 15.0 / 86400.0, format="mjd", scale="utc", location=palomar)
alert_hmjd = mid.mjd + mid.light_travel_time(alert_src, kind="heliocentric").to_value(u.day)

json.dump({"ps1_first_detection_hmjd": ps1_hmjd, "gaia_first_g_mjd_utc": gaia_mjd_utc,
           "alerce_first_detection_hmjd": alert_hmjd}, open("external_times_reference.json", "w"), indent=1)
print(ps1_hmjd, gaia_mjd_utc, alert_hmjd)
