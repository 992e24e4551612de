#!/usr/bin/env python3
"""Converts uPIMulator's table of real-UPMEM PrIM kernel times to the CSV `simctl validate` reads.

Source: VIA-Research/uPIMulator, tools/upmem_reg_model/data/input.xlsx at commit
870d916 (the only sheet; columns benchmark, num_dpus, data_prep_param, hw_kernel,
hw_cpu_to_dpu, hw_dpu_to_cpu, hw_dpu_to_dpu, sim_kernel; times in ms). Rows without a
benchmark name are skipped; values are written as the sheet stores them (no rounding).
Reads the .xlsx with the standard library only (an .xlsx is a zip of XML).

Usage: scripts/convert-upimulator-table.py INPUT.xlsx OUTPUT.csv
  e.g. git -C <uPIMulator mirror> show 870d916:tools/upmem_reg_model/data/input.xlsx > input.xlsx
"""
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
COLUMNS = ["benchmark", "num_dpus", "data_prep_param", "hw_kernel", "hw_cpu_to_dpu", "hw_dpu_to_cpu",
           "hw_dpu_to_dpu", "sim_kernel"]
OUT = ["benchmark", "num_dpus", "data_prep_param", "hw_kernel_ms", "hw_cpu_to_dpu_ms", "hw_dpu_to_cpu_ms",
       "hw_dpu_to_dpu_ms", "upimulator_kernel_ms"]


def rows(path):
    z = zipfile.ZipFile(path)
    strings = [''.join(t.text or '' for t in si.iter('{%s}t' % NS['m']))
               for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', NS)]
    sheet = ET.fromstring(z.read('xl/worksheets/sheet1.xml')).find('m:sheetData', NS)
    for row in sheet:
        values = {}
        for c in row:
            v = c.find('m:v', NS)
            text = v.text if v is not None else ''
            if c.get('t') == 's':
                text = strings[int(text)]
            values[''.join(ch for ch in c.get('r') if ch.isalpha())] = text
        yield [values.get(col, '') for col in "ABCDEFGH"]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    table = list(rows(sys.argv[1]))
    if table[0] != COLUMNS:
        sys.exit(f"unexpected header {table[0]}")
    with open(sys.argv[2], "w", newline="") as f:
        f.write(",".join(OUT) + "\n")
        for r in table[1:]:
            if not r[0]:
                continue
            r[1], r[2] = str(int(float(r[1]))), str(int(float(r[2])))
            f.write(",".join(r) + "\n")


if __name__ == "__main__":
    main()
