#!/usr/bin/python3
"""Reference for the science-image lookup of a DR point (external-services.md §3.2), computed with astropy 5.2.1.

For the first epoch of the recorded SNAD DR fixture (OID 633207400004730, HMJD 58250.31 at RA 247.4554247,
Dec 24.7728226) it solves t + ltt_helio(t, Palomar) = HMJD for the observer's UTC mid-exposure time t, takes the
exposure start (t - 15 s) as the archive names it, and writes:
  - science_image_reference.json: the times, the expected filefracday and the science-image path;
  - ../org/ztfkit/remote/irsa-ibe/day_<yyyymmdd>.html: a day listing shaped like IRSA's Apache index with the
    exposure, one 43 s before and one after the point;
  - ../org/ztfkit/remote/irsa-ibe/cutout_63.fits: a 63x63 float32 cutout with a TAN WCS centred on the object and a
    Gaussian star on it (pixel values are 1000*exp(-r^2/8) + 100).
Run: /usr/bin/python3 science_image_reference.py
"""
import json
import numpy as np
from astropy import units as u
from astropy.coordinates import EarthLocation, SkyCoord
from astropy.io import fits
from astropy.time import Time
from astropy.wcs import WCS

RA, DEC, HMJD = 247.4554247, 24.7728226, 58250.31
palomar = EarthLocation.from_geodetic(lon=-116.863 * u.deg, lat=33.356 * u.deg, height=1706 * u.m)
src = SkyCoord(RA * u.deg, DEC * u.deg)
t = HMJD
for _ in range(5):
    ltt = Time(t, format="mjd", scale="utc", location=palomar).light_travel_time(src, kind="heliocentric")
    t = HMJD - ltt.to_value(u.day)
mid = t
start = mid - 15.0 / 86400.0
day = Time(np.floor(start), format="mjd", scale="utc").datetime
frac6 = int(np.floor((start - np.floor(start)) * 1e6))
yyyymmdd = day.strftime("%Y%m%d")
entries = sorted([frac6 - 500, frac6, frac6 + 400])
ffd = f"{yyyymmdd}{frac6:06d}"
path = f"{yyyymmdd[:4]}/{yyyymmdd[4:]}/{frac6:06d}/ztf_{ffd}_000633_zr_c07_o_q4_sciimg.fits"
json.dump({"ra": RA, "dec": DEC, "hmjd": HMJD, "mid_exposure_mjd_utc": mid, "exposure_start_mjd_utc": start,
           "day": yyyymmdd, "listing_frac6": entries, "filefracday": int(ffd), "path": path},
          open("science_image_reference.json", "w"), indent=1)

rows = "\n".join(f'<tr><td valign="top"><img src="/icons/folder.gif" alt="[DIR]"></td><td><a href="{e:06d}/">{e:06d}/</a>'
                 f'</td><td align="right">2018-05-0{i + 1} 12:0{i}  </td><td align="right">  - </td></tr>'
                 for i, e in enumerate(entries))
html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<html>
 <head>
  <title>Index of /ibe/data/ztf/products/sci/{yyyymmdd[:4]}/{yyyymmdd[4:]}</title>
 </head>
 <body>
<h1>Index of /ibe/data/ztf/products/sci/{yyyymmdd[:4]}/{yyyymmdd[4:]}</h1>
  <table>
   <tr><th valign="top"><img src="/icons/blank.gif" alt="[ICO]"></th><th><a href="?C=N;O=D">Name</a></th><th><a href="?C=M;O=A">Last modified</a></th><th><a href="?C=S;O=A">Size</a></th></tr>
   <tr><th colspan="4"><hr></th></tr>
<tr><td valign="top"><img src="/icons/back.gif" alt="[PARENTDIR]"></td><td><a href="/ibe/data/ztf/products/sci/{yyyymmdd[:4]}/">Parent Directory</a></td><td>&nbsp;</td><td align="right">  - </td></tr>
{rows}
   <tr><th colspan="4"><hr></th></tr>
</table>
</body></html>
"""
open(f"../org/ztfkit/remote/irsa-ibe/day_{yyyymmdd}.html", "w").write(html)

w = WCS(naxis=2)
w.wcs.ctype = ["RA---TAN", "DEC--TAN"]
w.wcs.crval = [RA, DEC]
w.wcs.crpix = [32.0, 32.0]
w.wcs.cdelt = [-1.0119 / 3600, 1.0119 / 3600]
y, x = np.mgrid[0:63, 0:63]
data = (1000.0 * np.exp(-((x - 31) ** 2 + (y - 31) ** 2) / 8.0) + 100.0).astype(np.float32)
hdr = w.to_header()
hdr["MAGZP"] = 26.275
hdr["FILTER"] = "ZTF_r"
fits.PrimaryHDU(data=data, header=hdr).writeto("../org/ztfkit/remote/irsa-ibe/cutout_63.fits", overwrite=True)
print(ffd, path)
