#!/usr/bin/python3
"""Reference values for ztfkit's FITS stamps, WCS and display scaling, computed with astropy.

How it was produced (Debian 12, astropy 5.2.1 and numpy 1.24.2 from python3-astropy / python3-numpy):

    /usr/bin/python3 api/src/test/resources/reference/stamps_astropy.py ../shared/realdata \
        > api/src/test/resources/reference/stamps_astropy.json

Inputs are the real files of ../shared/realdata (MANIFEST.md sections 2 and 5) plus a few synthetic WCS headers
written below. Outputs (JSON):
  - per image: shape, pixel values at sample positions (zero-based x, y), the data sum, the position of the
    brightest pixel, ZScaleInterval() limits (astropy defaults), min/max, and ImageNormalize values at the sample
    positions for zscale+linear, minmax+AsinhStretch() (a=0.1) and zscale+AsinhStretch();
  - per image with a WCS: all_pix2world(origin=0) at sample pixels and all_world2pix(origin=0, tolerance=1e-12)
    at sample sky positions;
  - synthetic headers (PC+CDELT with rotation, PC and CD both present, CROTA2, LONPOLE) with the same conversions.
Nothing here is computed by ztfkit.
"""
import json
import sys
import warnings

import astropy
import numpy as np
from astropy.io import fits
from astropy.visualization import AsinhStretch, ImageNormalize, LinearStretch, MinMaxInterval, ZScaleInterval
from astropy.wcs import WCS

warnings.simplefilter("ignore")
root = sys.argv[1].rstrip("/")

CUTOUTS = [
    "cutouts/ZTF17aadcuwj_2475433850315015009_cutoutScience.fits.gz",
    "cutouts/ZTF17aadcuwj_2475433850315015009_cutoutTemplate.fits.gz",
    "cutouts/ZTF17aadcuwj_2475433850315015009_cutoutDifference.fits.gz",
]
WCS_IMAGES = [
    "fits_images/cfht_megaprime_SA110_tan.fits",
    "fits_images/ey_uma_thumbnail_tan_sip.fit.gz",
]


def sample_pixels(shape):
    h, w = shape
    return [(0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1), (w // 2, h // 2), (w // 3, (2 * h) // 3), (7, 11)]


def normalized(data, interval, stretch, pixels):
    norm = ImageNormalize(data, interval=interval, stretch=stretch, clip=True)
    out = norm(data.astype(np.float64) if data.dtype.kind in "iu" else data)
    return [float(out[y, x]) for x, y in pixels]


def describe(relative):
    with fits.open(f"{root}/{relative}") as hdul:
        data = hdul[0].data
        header = hdul[0].header
    pixels = sample_pixels(data.shape)
    vmin, vmax = ZScaleInterval().get_limits(data)
    peak_y, peak_x = np.unravel_index(np.nanargmax(data), data.shape)
    entry = {
        "file": relative,
        "width": int(data.shape[1]),
        "height": int(data.shape[0]),
        "sum": float(np.nansum(data.astype(np.float64))),
        "samples": [{"x": x, "y": y, "value": float(data[y, x])} for x, y in pixels],
        "peak": {"x": int(peak_x), "y": int(peak_y)},
        "zscale": [float(vmin), float(vmax)],
        "minmax": [float(np.nanmin(data)), float(np.nanmax(data))],
        "zscale_linear": normalized(data, ZScaleInterval(), LinearStretch(), pixels),
        "minmax_asinh": normalized(data, MinMaxInterval(), AsinhStretch(), pixels),
        "zscale_asinh": normalized(data, ZScaleInterval(), AsinhStretch(), pixels),
    }
    return entry, header, data.shape


def wcs_values(header, shape):
    w = WCS(header)
    h, wid = shape
    pixels = [(0.0, 0.0), ((wid - 1) / 2, (h - 1) / 2), (wid - 1.0, h - 1.0), (12.3, 45.6), (-500.0, 800.0)]
    world = w.all_pix2world(np.array(pixels), 0)
    centre = world[1]
    sky = [(float(centre[0]), float(centre[1])), (float(centre[0]) + 0.01, float(centre[1]) - 0.005),
           (float(world[4][0]), float(world[4][1]))]
    back = w.all_world2pix(np.array(sky), 0, tolerance=1e-12, maxiter=100)
    return {
        "pix2world": [{"x": p[0], "y": p[1], "ra": float(r[0]), "dec": float(r[1])} for p, r in zip(pixels, world)],
        "world2pix": [{"ra": s[0], "dec": s[1], "x": float(b[0]), "y": float(b[1])} for s, b in zip(sky, back)],
    }


SYNTHETIC = {
    "pc_cdelt_rotated": {
        "CTYPE1": "RA---TAN", "CTYPE2": "DEC--TAN", "CRVAL1": 201.6, "CRVAL2": 36.0, "CRPIX1": 1536.5,
        "CRPIX2": 1540.25, "CDELT1": -0.000281, "CDELT2": 0.000281, "PC1_1": 0.98, "PC1_2": -0.199,
        "PC2_1": 0.199, "PC2_2": 0.98,
    },
    "pc_wins_over_cd": {
        "CTYPE1": "RA---TAN", "CTYPE2": "DEC--TAN", "CRVAL1": 10.0, "CRVAL2": 20.0, "CRPIX1": 50.0, "CRPIX2": 50.0,
        "CD1_1": -0.001, "CD1_2": 0.0, "CD2_1": 0.0, "CD2_2": 0.001, "PC1_1": -0.002, "PC2_2": 0.002,
    },
    "crota2": {
        "CTYPE1": "RA---TAN", "CTYPE2": "DEC--TAN", "CRVAL1": 47.1, "CRVAL2": 8.08, "CRPIX1": 32.0,
        "CRPIX2": 32.0, "CDELT1": -0.000281, "CDELT2": 0.000281, "CROTA2": 23.5,
    },
    "lonpole_near_pole": {
        "CTYPE1": "RA---TAN", "CTYPE2": "DEC--TAN", "CRVAL1": 315.0, "CRVAL2": 89.5, "CRPIX1": 100.0,
        "CRPIX2": 100.0, "CD1_1": -0.01, "CD1_2": 0.0, "CD2_1": 0.0, "CD2_2": 0.01, "LONPOLE": 150.0,
    },
}


def synthetic_values(cards):
    header = fits.Header()
    header["NAXIS"] = 2
    header["NAXIS1"] = 200
    header["NAXIS2"] = 200
    for key, value in cards.items():
        header[key] = value
    return dict(header=cards, **wcs_values(header, (200, 200)))


result = {
    "astropy": astropy.__version__,
    "numpy": np.__version__,
    "cutouts": [describe(f)[0] for f in CUTOUTS],
    "images": [],
    "synthetic": {name: synthetic_values(cards) for name, cards in SYNTHETIC.items()},
}
for f in WCS_IMAGES:
    entry, header, shape = describe(f)
    entry.update(wcs_values(header, shape))
    result["images"].append(entry)
print(json.dumps(result, indent=1))
