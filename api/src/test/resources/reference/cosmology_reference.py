#!/usr/bin/python3
"""Reference luminosity distances for ztfkit's Cosmology test, computed with astropy (Debian python3-astropy 5.2.1).

Run:  /usr/bin/python3 cosmology_reference.py   (writes cosmology_luminosity_distance.csv here)

astropy.cosmology.FlatLambdaCDM(H0=70, Om0=0.3) with its default Tcmb0 = 0 K (no radiation), the cosmology the SNAD
Viewer uses for redshift-based distances (external-services.md §7.1). Columns: z, luminosity distance in Mpc.
"""
import csv
import os
from astropy.cosmology import FlatLambdaCDM

here = os.path.dirname(os.path.abspath(__file__))
cosmo = FlatLambdaCDM(H0=70, Om0=0.3)
redshifts = [0.001, 0.01, 0.043, 0.074, 0.1, 0.3, 0.5, 1.0, 2.0, 3.5, 6.0]
with open(os.path.join(here, "cosmology_luminosity_distance.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["z", "luminosity_distance_mpc"])
    for z in redshifts:
        w.writerow([repr(z), repr(cosmo.luminosity_distance(z).value)])
