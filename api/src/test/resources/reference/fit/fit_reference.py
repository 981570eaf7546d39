#!/usr/bin/python3
"""Independent reference fits for org.ztfkit.fit tests (FitReferenceTest).

How it was produced: `/usr/bin/python3 fit_reference.py` in this folder, with Debian's numpy 1.24.2 and scipy 1.10.1
(scipy.optimize.curve_fit, MINPACK Levenberg-Marquardt, absolute_sigma=True). It writes:

- bazin_data.csv, villar_data.csv, linexp_data.csv: synthetic light curves (t, y, dy) with Gaussian noise drawn by
  numpy.random.default_rng(seed), the model formulas written out below from the papers / the light-curve crate;
- fit_reference.json: for each of those, and for the real SN Ia ZTF19aaxqsbn (SN 2019gzd, ANTARES alert photometry,
  ../shared/realdata/lightcurves/ztf_alert_antares/ZTF19aaxqsbn.csv, band 'R', MJD < 58760, converted to μJy with
  f = 10^(-0.4 (mag - 23.9)), σ_f = 0.4 ln10 f σ_mag), the curve_fit parameters, their 1σ errors
  (sqrt of the covariance diagonal) and χ². The real light curve itself is not copied here: the test reads it from
  ../shared/realdata and applies the same selection and conversion.
"""
import csv
import json
import os

import numpy as np
from scipy.optimize import curve_fit

HERE = os.path.dirname(os.path.abspath(__file__))
REALDATA = os.path.join(HERE, *[".."] * 7, "shared", "realdata")


def bazin(t, a, b, t0, rise, fall):
    return a * np.exp(-(t - t0) / fall) / (1 + np.exp(-(t - t0) / rise)) + b


def villar(t, a, c, t0, rise, fall, nu, gamma):
    dt = t - t0
    rising = 1 / (1 + np.exp(-dt / rise))
    plateau = a * rising * (1 - nu * dt / gamma)
    decline = a * rising * (1 - nu) * np.exp(-(dt - gamma) / fall)
    return c + np.where(dt <= gamma, plateau, decline)


def linexp(t, a, t0, tau, b):
    x = (t - t0) / tau
    return a * x * np.exp(-x) + b


CASES = {
    # name: (model, truth, t grid, sigma, seed)
    "bazin": (bazin, [1000.0, 100.0, 60030.0, 5.0, 20.0], np.linspace(60000, 60140, 80), 30.0, 1),
    "villar": (villar, [1000.0, 50.0, 60020.0, 4.0, 30.0, 0.3, 25.0], np.linspace(60000, 60150, 100), 10.0, 2),
    "linexp": (linexp, [2000.0, 60010.0, 15.0, 50.0], np.linspace(60000, 60120, 60), 20.0, 3),
}


def fit(model, t, y, dy, p0):
    popt, pcov = curve_fit(model, t, y, p0=p0, sigma=dy, absolute_sigma=True, method="lm", maxfev=100000,
                           xtol=1e-14, ftol=1e-14)
    chi2 = float(np.sum(((y - model(t, *popt)) / dy) ** 2))
    return {"parameters": popt.tolist(), "errors": np.sqrt(np.diag(pcov)).tolist(), "chi2": chi2, "n": len(t)}


def main():
    out = {}
    for name, (model, truth, t, sigma, seed) in CASES.items():
        rng = np.random.default_rng(seed)
        dy = np.full_like(t, sigma)
        y = model(t, *truth) + sigma * rng.standard_normal(t.size)
        with open(os.path.join(HERE, name + "_data.csv"), "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["t", "y", "dy"])
            for row in zip(t, y, dy):
                w.writerow([repr(float(v)) for v in row])
        out[name] = fit(model, t, y, dy, truth)
        out[name]["truth"] = truth

    rows = list(csv.DictReader(open(os.path.join(REALDATA, "lightcurves/ztf_alert_antares/ZTF19aaxqsbn.csv"))))
    rows = [r for r in rows if r["band"] == "R" and float(r["time"]) < 58760]
    t = np.array([float(r["time"]) for r in rows])
    mag = np.array([float(r["mag"]) for r in rows])
    magerr = np.array([float(r["magerr"]) for r in rows])
    flux = 10 ** (-0.4 * (mag - 23.9))
    fluxerr = 0.4 * np.log(10) * flux * magerr
    peak = t[np.argmax(flux)]
    out["ZTF19aaxqsbn_R_bazin"] = fit(bazin, t, flux, fluxerr, [flux.max(), flux.min(), peak - 5, 3.0, 30.0])
    out["ZTF19aaxqsbn_R_bazin"]["selection"] = "band == 'R' and time < 58760; flux uJy = 10^(-0.4 (mag - 23.9))"

    with open(os.path.join(HERE, "fit_reference.json"), "w") as f:
        json.dump(out, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
