#!/usr/bin/env python3
"""Randomized hostile-input run of simctl (docs/robustness.md, "Fuzzing").

    python3 scripts/fuzz-simctl.py [--cases N] [--seed S] [--simctl PATH] [--timeout SECONDS]

Each case mutates one input of a small, valid command — a configuration file (random
keys, values at and past their ranges, broken JSON), a model file (truncation, bit
flips), an MNIST directory (IDX headers, gzip streams), a report CSV given to plot or
merge, or the command line itself (list options, numbers, output paths) — runs simctl
on it and checks:

- it ends within the timeout, and not by a signal (a crash);
- it exits 0, 1 or 64, and with 1 or 64 prints an `error:` line;
- an output path that already held bytes holds the same bytes unless the exit is 0;
- no `.NAME.partial-PID` temporary is left behind.

Prints one line per failure and a summary; exits 1 if any case failed. Needs a built
simctl (default .build/debug/simctl) and runs from the repository root.
"""
import argparse
import gzip
import io
import json
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def gz(data):
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as f:
        f.write(data)
    return buffer.getvalue()


def flip(data, rng, flips):
    b = bytearray(data)
    for _ in range(flips):
        if b:
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    return bytes(b)


def config_keys(simctl):
    out = subprocess.run([simctl, "config", "--json"], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def random_value(rng, default):
    choices = [0, -1, 1, 2, 7, 8, 63, 64, 1023, 1024, 1025, 65536, 2**24, 2**24 + 8, 2**30, 2**31, 2**53, 2**63 - 1,
               0.5, 1e-300, 1e6, 1e6 + 1, 1e7, 1e10, 1e15, 1e16, 1e300, "x", True, None, [], {}]
    if isinstance(default, (int, float)) and not isinstance(default, bool):
        choices += [default, default * 2, default * 1000, -default]
    return rng.choice(choices)


def make_config(rng, keys, directory):
    text_kind = rng.random()
    obj = {}
    for _ in range(rng.randint(1, 4)):
        key = rng.choice(list(keys))
        obj[key] = random_value(rng, keys[key])
    text = json.dumps(obj)
    if text_kind < 0.1:
        text = text[:-1] + ',}'            # trailing comma
    elif text_kind < 0.2 and obj:
        k = next(iter(obj))
        text = text[:-1] + f', "{k}": 1}}'   # duplicate key
    elif text_kind < 0.25:
        text = text[: rng.randrange(len(text) + 1)]
    path = os.path.join(directory, "c.json")
    with open(path, "w") as f:
        f.write(text)
    return ["--config", path]


def make_model(rng, directory):
    small = open(os.path.join(ROOT, "data", "models", "mnist-small.bthowen"), "rb").read()
    data = small[: rng.randrange(len(small))] if rng.random() < 0.4 else flip(small, rng, rng.randint(1, 8))
    path = os.path.join(directory, "m.bthowen")
    with open(path, "wb") as f:
        f.write(data)
    return ["--model", path]


def make_mnist(rng, directory):
    n = rng.choice([0, 1, 2, 5, 2**31])
    rows, cols = rng.choice([(28, 28), (0, 28), (4096, 4096), (5000, 1), (1, 1)])
    magic = rng.choice([2051, 2051, 2049, 0])
    body = bytes(min(n, 5) * min(rows * cols, 784) + rng.choice([0, 0, 1, 1 << 20]))
    images = struct.pack(">IIII", magic, n, rows, cols) + body
    labels = struct.pack(">II", 2049, rng.choice([n, min(n, 5), 3])) + bytes([rng.choice([0, 9, 10])]) * min(n, 5)
    if rng.random() < 0.7:
        images, labels = gz(images), gz(labels)
        if rng.random() < 0.3:
            images = flip(images, rng, 2)
        suffix = ".gz"
    else:
        suffix = ""
    d = os.path.join(directory, "mnist")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "t10k-images-idx3-ubyte" + suffix), "wb") as f:
        f.write(images)
    with open(os.path.join(d, "t10k-labels-idx1-ubyte" + suffix), "wb") as f:
        f.write(labels)
    return ["--mnist", d]


HEADER = ["kernel", "model", "dpus", "tasklets", "inputs", "cycles_per_input", "inferences_per_second", "issue_cycles",
          "register_hazard_cycles", "revolver_idle_cycles", "dma_wait_cycles", "synchronization_cycles"]


def make_report(rng, directory):
    numbers = ["0", "1", "5e-324", "1e-320", "1e308", "1.7976931348623157e308", "9223372036854775807",
               "9223372036854775808", "-1", "nan", "inf", "", "x", "16"]
    rows = [HEADER]
    for _ in range(rng.randint(0, 4)):
        row = ["naive", "small"] + [rng.choice(numbers) for _ in HEADER[2:]]
        if rng.random() < 0.1:
            row = row[: rng.randrange(len(row))]
        rows.append(row)
    text = "\r\n".join(",".join(r) for r in rows) + "\r\n"
    if rng.random() < 0.1:
        text = text.replace(",", '"', 1)
    path = os.path.join(directory, "r.csv")
    with open(path, "w") as f:
        f.write(text)
    return path


def make_case(rng, keys, directory):
    out = os.path.join(directory, rng.choice(["out.csv", "out.svg", "out.json"]))
    with open(out, "wb") as f:
        f.write(b"old\n")
    kind = rng.choice(["config", "model", "mnist", "plot", "merge", "args", "args"])
    base = ["run", "--kernel", rng.choice(["naive", "small-pooled", "mram-probe", "large-filter-split"]),
            "--dpus", "10", "--tasklets", "4", "--inputs", "20", "--quiet", "--csv", out]
    if kind == "config":
        return base + make_config(rng, keys, directory), out
    if kind == "model":
        return base + make_model(rng, directory), out
    if kind == "mnist":
        return base[:8] + base[10:] + make_mnist(rng, directory), out
    if kind == "plot":
        return ["plot", "--reports", make_report(rng, directory), "--out", out], out
    if kind == "merge":
        return ["merge", "--shards", make_report(rng, directory), "--csv", out], out
    # Command-line values.
    option, value = rng.choice([
        ("--trace-launches", rng.choice(["1-100000000", "1-2147483647", "0", "2147483648", "1-2,1-2147483647", "5-1"])),
        ("--dpus", rng.choice(["0", "1", "2560", "2561", "-1", "99999999999999999999", "1e3"])),
        ("--tasklets", rng.choice(["0", "1", "24", "25", "x"])),
        ("--inputs", rng.choice(["0", "1", "1000", "1001", "2147483648"])),
        ("--hash-tasklets", rng.choice(["1", "3", "100", "0"])),
        ("--csv", rng.choice(["", "/", directory + "/", directory + "/nodir/x.csv", "/dev/null", "/dev/full", directory])),
        ("--model", rng.choice(["", "small", "tiny", "/", "/dev/null"])),
    ])
    args = base + [option, value]
    if option == "--trace-launches":
        args += ["--trace", os.path.join(directory, "t.json")]
    if option == "--dpus" or option == "--tasklets":
        i = args.index(option)
        del args[i:i + 2]
        args += [option, value]
    return args, out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--simctl", default=os.path.join(ROOT, ".build", "debug", "simctl"))
    parser.add_argument("--timeout", type=float, default=60)
    a = parser.parse_args()
    rng = random.Random(a.seed)
    keys = config_keys(a.simctl)
    failures = 0
    codes = {}
    start = time.time()
    for n in range(a.cases):
        directory = tempfile.mkdtemp(prefix="simctl-fuzz-")
        try:
            args, out = make_case(rng, keys, directory)
            try:
                r = subprocess.run([a.simctl] + args, capture_output=True, timeout=a.timeout)
            except subprocess.TimeoutExpired:
                print(f"case {n}: HANG (> {a.timeout} s): simctl {' '.join(args)}")
                failures += 1
                continue
            codes[r.returncode] = codes.get(r.returncode, 0) + 1
            stderr = r.stderr.decode(errors="replace")
            problems = []
            if r.returncode < 0 or r.returncode >= 128:
                problems.append(f"killed by signal / crash (status {r.returncode})")
            elif r.returncode not in (0, 1, 64):
                problems.append(f"exit {r.returncode}")
            if r.returncode in (1, 64) and "error:" not in stderr:
                problems.append("no error line")
            if r.returncode != 0 and os.path.exists(out) and open(out, "rb").read() != b"old\n":
                problems.append("output changed by a failed run")
            left = [f for _, _, names in os.walk(directory) for f in names if ".partial-" in f]
            if left:
                problems.append(f"temporaries left: {left}")
            if problems:
                failures += 1
                print(f"case {n}: {'; '.join(problems)}: simctl {' '.join(args)}\n  {stderr.strip()[:300]}")
        finally:
            shutil.rmtree(directory, ignore_errors=True)
    summary = ", ".join(f"exit {k}: {v}" for k, v in sorted(codes.items()))
    print(f"{a.cases} cases (seed {a.seed}) in {time.time() - start:.0f} s: {failures} failures; {summary}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
