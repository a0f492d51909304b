"""The pandas peer of the bench: what a statistician would write in Python.

Reads every workbook of a folder with pandas.read_excel (openpyxl), keeps the
code and 本年 columns, concatenates, groups by code and sums. Prints one JSON
line: files, ms, total, codes, maxRssKiB (ru_maxrss of this process).

Usage: /usr/bin/python3 pandas-peer.py <folder> <sheet name> <code col> <value col>
"""
import json
import os
import resource
import sys
import time

import pandas as pd


def main():
    folder, sheet, code_col, value_col = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    started = time.perf_counter()
    names = sorted(n for n in os.listdir(folder) if n.endswith(".xlsx"))
    frames = []
    for name in names:
        df = pd.read_excel(os.path.join(folder, name), sheet_name=sheet, header=None, engine="openpyxl")
        part = df.iloc[:, [code_col - 1, value_col - 1]]
        part.columns = ["code", "value"]
        frames.append(part)
    data = pd.concat(frames, ignore_index=True)
    data["value"] = pd.to_numeric(data["value"], errors="coerce")
    data = data.dropna()
    sums = data.groupby("code")["value"].sum()
    ms = (time.perf_counter() - started) * 1000
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"files": len(names), "ms": ms, "total": float(sums.sum()), "codes": int(len(sums)), "maxRssKiB": rss}))


main()
