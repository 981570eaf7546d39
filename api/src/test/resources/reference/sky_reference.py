#!/usr/bin/python3
"""Reference values for ztfkit's sky tests, computed with astropy (Debian python3-astropy 5.2.1).

Run:  /usr/bin/python3 sky_reference.py   (writes sky_galactic.csv, sky_parse.csv, sky_separation.csv here)

- sky_galactic.csv: ICRS (ra, dec) -> astropy Galactic (l, b), degrees.
- sky_parse.csv: coordinate strings and the ICRS degrees astropy reads from them (given explicit units:
  hourangle for sexagesimal RA, degrees otherwise), for the parser test.
- sky_separation.csv: pairs of positions and astropy's angular separation in degrees.
"""
import csv
import os
import numpy as np
from astropy.coordinates import SkyCoord
import astropy.units as u

here = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261121)

with open(os.path.join(here, "sky_galactic.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["ra", "dec", "l", "b"])
    fixed = [(247.45543, 24.77282), (266.40499, -28.93617), (0.0, 0.0), (359.999, 89.999), (192.85948, 27.12825),
             (83.6287, 22.0147), (10.0, -89.5), (295.2685546875, 30.65905964912447)]
    ras = list(rng.uniform(0, 360, 40))
    decs = list(np.degrees(np.arcsin(rng.uniform(-1, 1, 40))))
    for ra, dec in fixed + list(zip(ras, decs)):
        g = SkyCoord(ra=ra * u.deg, dec=dec * u.deg, frame="icrs").galactic
        w.writerow([repr(float(ra)), repr(float(dec)), repr(float(g.l.deg)), repr(float(g.b.deg))])

cases = [
    ("16:29:49.3 +24:46:22", "16:29:49.3", "+24:46:22", u.hourangle),
    ("16 29 49.3 +24 46 22", "16h29m49.3s", "+24d46m22s", u.hourangle),
    ("16h29m49.3s +24d46m22s", "16h29m49.3s", "+24d46m22s", u.hourangle),
    ("16h 29m 49.3s, 24d 46m 22s", "16h29m49.3s", "+24d46m22s", u.hourangle),
    ("16h29m49.3s +24°46′22″", "16h29m49.3s", "+24d46m22s", u.hourangle),
    ("16:29:49.3\u221224:46:22", "16:29:49.3", "-24:46:22", u.hourangle),
    ("00:00:00.0 -00:30:00", "00:00:00.0", "-00:30:00", u.hourangle),
    ("23:59:59.99 +89:59:59.9", "23:59:59.99", "+89:59:59.9", u.hourangle),
    ("247.45543 +24.77282", "247.45543", "24.77282", u.deg),
    ("247.45543, 24.77282", "247.45543", "24.77282", u.deg),
    ("247.45543d -24.77282d", "247.45543", "-24.77282", u.deg),
    ("0.5 -89.9", "0.5", "-89.9", u.deg),
    ("J162949.30+244622.0", "16h29m49.30s", "+24d46m22.0s", u.hourangle),
    ("SDSS J162949.30-244622.0", "16h29m49.30s", "-24d46m22.0s", u.hourangle),
    ("J1629+2446", "16h29m", "+24d46m", u.hourangle),
    ("PSO J253.1577+25.8226", "253.1577", "25.8226", u.deg),
    ("247d27m19.5s +24d46m22s", "247d27m19.5s", "+24d46m22s", u.deg),
]
with open(os.path.join(here, "sky_parse.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["text", "ra", "dec"])
    for text, ra_text, dec_text, ra_unit in cases:
        c = SkyCoord(ra_text, dec_text, unit=(ra_unit, u.deg), frame="icrs")
        w.writerow([text, repr(float(c.ra.deg)), repr(float(c.dec.deg))])
    for l, b in [(45.19, 40.33), (0.0, 0.0), (180.0, -60.0)]:
        c = SkyCoord(l=l * u.deg, b=b * u.deg, frame="galactic").icrs
        w.writerow([f"l={l} b={b}", repr(float(c.ra.deg)), repr(float(c.dec.deg))])

with open(os.path.join(here, "sky_separation.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["ra1", "dec1", "ra2", "dec2", "sep_deg"])
    pairs = [(247.45543, 24.77282, 247.45543 + 1e-6, 24.77282), (0, 0, 180, 0), (0, 89.9999, 180, 89.9999),
             (359.9999, 10, 0.0001, 10), (10, -30, 10.0003, -30.0004), (0, 0, 0, 0), (120, 45, 300, -45)]
    for ra1, dec1, ra2, dec2 in pairs:
        s = SkyCoord(ra1 * u.deg, dec1 * u.deg).separation(SkyCoord(ra2 * u.deg, dec2 * u.deg))
        w.writerow([ra1, dec1, ra2, dec2, repr(float(s.deg))])
