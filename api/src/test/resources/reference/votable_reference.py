#!/usr/bin/python3
"""Independent reference for ztfkit's VOTable reader (org.ztfkit.vo.VotableRealDataTest).

Produced with Debian's astropy 5.2.1 (/usr/bin/python3) by reading every real VOTable of ../shared/realdata
(see its MANIFEST.md) with astropy.io.votable, which shares no code with STIL:

    /usr/bin/python3 api/src/test/resources/reference/votable_reference.py ../shared/realdata \
        > api/src/test/resources/reference/votable_reference.json

For each file and each TABLE: the row count and, per FIELD, its raw XML attributes name, ID, datatype, arraysize,
unit and ucd (read with xml.etree, as written in the file; absent = ""), and from astropy's values: the number of
non-null cells; for integer columns the exact sum; for floating-point columns the float64 sum; for booleans the
number of true values; for text the number of non-empty values and the SHA-256 of the values joined by newlines
(missing = ""). Only metadata and aggregates are written, never the data themselves.
"""
import hashlib
import json
import sys
import warnings

import xml.etree.ElementTree as ET

import numpy as np
from astropy.io.votable import parse

FILES = [
    "catalogs/gaia/gaiadr3_gaia_source_2rows.vot",
    "catalogs/simbad/simbad_tap_M1.vot",
    "catalogs/vizier/vizier_J_ApJ_706_83_kang2010.xml",
    "catalogs/vizier/vizier_B_iram_afgl2591.xml",
    "lightcurves/ztf_dr/TimeSeriesZTF_irsa.xml",
    "lightcurves/gaia/gaia_dr2_epoch_photometry_5813181197970338560.xml",
]


def plain(v):
    if isinstance(v, (bytes, np.bytes_)):
        return v.decode("utf-8")
    if isinstance(v, np.generic):
        return v.item()
    return v


def raw_fields(path):
    """FIELD attributes per TABLE, in document order, exactly as written."""
    tables = []
    for el in ET.parse(path).getroot().iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "TABLE":
            tables.append([])
        elif tag == "FIELD":
            tables[-1].append({k: el.attrib.get(k, "") for k in ("name", "ID", "datatype", "arraysize", "unit", "ucd")})
    return tables


def describe(table, raws):
    arr = table.array
    out = {"rows": int(len(arr)), "fields": []}
    for index, field in enumerate(table.fields):
        raw = raws[index]
        col = arr.columns[index] if hasattr(arr, "columns") else arr[arr.dtype.names[index]]
        mask = np.ma.getmaskarray(col)
        if col.dtype.kind == "f":
            mask = mask | np.isnan(np.ma.getdata(col))
        entry = {
            "name": raw["name"],
            "id": raw["ID"],
            "datatype": raw["datatype"],
            "arraysize": raw["arraysize"],
            "unit": raw["unit"],
            "ucd": raw["ucd"],
            "non_null": int((~mask).sum()) if mask.ndim == 1 else None,
        }
        data = np.ma.getdata(col)
        scalar = data.ndim == 1 and (field.arraysize in (None, "1") or field.datatype in ("char", "unicodeChar"))
        if scalar and data.dtype.kind in "iu":
            entry["exact_sum"] = sum(int(v) for v in data[~mask])
        elif scalar and data.dtype.kind == "f":
            entry["sum"] = float(np.sum(data[~mask].astype(np.float64)))
        elif scalar and data.dtype.kind == "b":
            entry["true_count"] = int(np.sum(data[~mask]))
        elif scalar:
            texts = ["" if m else plain(v) for v, m in zip(data, mask)]
            entry["non_empty"] = sum(1 for t in texts if t != "")
            entry["text_sha256"] = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()
        out["fields"].append(entry)
    return out


def main(root):
    result = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for rel in FILES:
            path = f"{root}/{rel}"
            raws = raw_fields(path)
            result[rel] = [describe(t, raws[i]) for i, t in enumerate(parse(path, verify="ignore").iter_tables())]
    json.dump(result, sys.stdout, indent=1, sort_keys=True)
    print()


if __name__ == "__main__":
    main(sys.argv[1])
