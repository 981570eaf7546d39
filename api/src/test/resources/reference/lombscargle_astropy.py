#!/usr/bin/python3
"""Reference values for org.ztfkit.period from astropy's LombScargle.

Produced with Debian's astropy 5.2.1 / numpy 1.24.2 (/usr/bin/python3) by running, from this folder:

    /usr/bin/python3 lombscargle_astropy.py [path/to/shared/realdata]

Inputs (written here, so the Java tests read exactly the same numbers):
  lombscargle_input_synthetic.csv  t,y,dy: 150 ZTF-like epochs (nightly cadence with seasonal gaps, 2 visits on some
                                   nights) over ~900 d, a 0.731 d sinusoid (amplitude 0.3) plus Gaussian noise, seed 1.
  real light curve                 realdata lightcurves/ztf_dr/640202200001881.csv (time, mag, magerr), read in place.

Output lombscargle_astropy.csv has rows  case,quantity,index,value  with
  grid_fmin/grid_fmax/grid_size       autofrequency limits and size (astropy return_freq_limits + len(autofrequency()))
                                      for option sets: default (spp 5, nyq 5), spp10_nyq2, minmax (min 0.02, max 3.3 /d)
  power_<norm>_<w|u>                  exact power (method='slow') at the frequencies power_freq (index k), weighted (dy)
                                      or unweighted (dy=None), for normalization standard/model/log/psd
  fast_standard_w, exact_standard_w   method='fast' and method='slow' standard power on the default autofrequency
                                      grid at indices k (weighted)
  fast_best_freq, best_freq           frequency of the maximum of the fast and of the exact power on that grid
  best_power, best_fap                the exact maximum power and its Baluev false-alarm probability
  fap_<norm>_w                        false_alarm_probability(fap_z[k], method='baluev') with default autofrequency
                                      limits, weighted data
"""
import csv
import os
import sys

import numpy as np
from astropy.timeseries import LombScargle

here = os.path.dirname(os.path.abspath(__file__))
realdata = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "../../../../../../shared/realdata")


def synthetic():
    rng = np.random.default_rng(1)
    nights = []
    for season in range(3):
        start = 58300 + 365.25 * season
        nights += list(start + np.sort(rng.choice(np.arange(240), size=55, replace=False)))
    t = []
    for night in nights[:130]:
        base = night + 0.25 + 0.2 * rng.random()
        t.append(base)
        if rng.random() < 0.15:
            t.append(base + 0.03 + 0.05 * rng.random())
    t = np.array(t[:150])
    dy = 0.02 + 0.05 * rng.random(t.size)
    y = 17.0 + 0.3 * np.sin(2 * np.pi * t / 0.731 + 0.4) + dy * rng.standard_normal(t.size)
    return t, y, dy


def real():
    path = os.path.join(realdata, "lightcurves/ztf_dr/640202200001881.csv")
    data = np.genfromtxt(path, delimiter=",", names=True)
    return data["time"], data["mag"], data["magerr"]


rows = []


def put(case, quantity, index, value):
    rows.append((case, quantity, index, repr(float(value))))


t, y, dy = synthetic()
with open(os.path.join(here, "lombscargle_input_synthetic.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["t", "y", "dy"])
    for row in zip(t, y, dy):
        w.writerow([repr(float(x)) for x in row])

OPTION_SETS = {
    "default": dict(),
    "spp10_nyq2": dict(samples_per_peak=10, nyquist_factor=2),
    "minmax": dict(minimum_frequency=0.02, maximum_frequency=3.3),
}
FREQS = np.concatenate([np.linspace(0.01, 3.0, 37), [1 / 0.731, 2 / 0.731, 1.0, 1.0027, 0.5]])
NORMS = ["standard", "model", "log", "psd"]
FAP_Z = {"standard": [0.05, 0.1, 0.2, 0.3, 0.5], "model": [0.05, 0.2, 0.5], "log": [0.05, 0.2, 0.5],
         "psd": [5.0, 10.0, 20.0]}

for case, (t, y, dy) in {"synthetic": (t, y, dy), "real640202200001881": real()}.items():
    for name, opts in OPTION_SETS.items():
        ls = LombScargle(t, y, dy)
        fmin, fmax = ls.autofrequency(return_freq_limits=True, **opts)
        put(case, "grid_fmin_" + name, 0, fmin)
        put(case, "grid_fmax_" + name, 0, fmax)
        put(case, "grid_size_" + name, 0, len(ls.autofrequency(**opts)))
    for k, f in enumerate(FREQS):
        put(case, "power_freq", k, f)
    for norm in NORMS:
        for tag, err in (("w", dy), ("u", None)):
            if norm == "psd" and err is None:
                continue
            p = LombScargle(t, y, err, normalization=norm).power(FREQS, method="slow")
            for k, v in enumerate(p):
                put(case, "power_%s_%s" % (norm, tag), k, v)
    ls = LombScargle(t, y, dy)
    freq, power = ls.autopower(method="fast")
    exact = ls.power(freq, method="slow")
    for k in range(0, len(freq), max(1, len(freq) // 40)):
        put(case, "fast_standard_w", k, power[k])
        put(case, "exact_standard_w", k, exact[k])
    put(case, "fast_best_freq", 0, freq[np.argmax(power)])
    put(case, "best_freq", 0, freq[np.argmax(exact)])
    put(case, "best_power", 0, exact.max())
    put(case, "best_fap", 0, ls.false_alarm_probability(exact.max(), method="baluev"))
    for norm, zs in FAP_Z.items():
        lsn = LombScargle(t, y, dy, normalization=norm)
        for k, z in enumerate(zs):
            put(case, "fap_z_" + norm, k, z)
            put(case, "fap_%s_w" % norm, k, lsn.false_alarm_probability(z, method="baluev"))

with open(os.path.join(here, "lombscargle_astropy.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case", "quantity", "index", "value"])
    w.writerows(rows)
print("wrote", len(rows), "rows")
