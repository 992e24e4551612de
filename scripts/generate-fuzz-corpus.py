#!/usr/bin/env python3
"""Writes the hostile-input corpus that FuzzCorpusTests runs (docs/robustness.md).

    python3 scripts/generate-fuzz-corpus.py      # from the repository root

Output: Tests/SimctlTests/Fuzz/ with one small file (or MNIST directory) per case and
cases.tsv, one line per case:

    id <TAB> arguments (with {input} and {out}) <TAB> expected exit codes <TAB> stderr must contain

{input} is the case's file or directory, {out} an output path that already holds "old\\n"
and must still hold exactly that afterwards. Deterministic: the same script writes the
same bytes (fixed seed, gzip mtime 0).
"""
import gzip
import io
import os
import random
import shutil
import struct

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "SimctlTests", "Fuzz")
rng = random.Random(14)
cases = []


def path(name):
    return os.path.join(OUT, name)


def write(name, data):
    with open(path(name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def gz(data):
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as f:
        f.write(data)
    return buffer.getvalue()


def case(name, args, codes, needle):
    cases.append((name, args, codes, needle))


shutil.rmtree(OUT, ignore_errors=True)
os.makedirs(OUT)

# --- Model files: every corrupt model is refused naming the file. -------------------
small = open(os.path.join(ROOT, "data", "models", "mnist-small.bthowen"), "rb").read()
models = {
    "model-empty.bthowen": b"",
    "model-one-byte.bthowen": small[:1],
    "model-header.bthowen": small[:64],
    "model-prefix.bthowen": small[:300],
    "model-text.bthowen": b"this is not a model\n",
    "model-random.bthowen": bytes(rng.randrange(256) for _ in range(200)),
}
head = bytearray(small[:300])
for i in range(4):
    flipped = bytearray(head)
    flipped[rng.randrange(64)] ^= 1 << rng.randrange(8)
    models[f"model-flip{i}.bthowen"] = bytes(flipped)
for name, data in models.items():
    write(name, data)
    case(name, "run --kernel naive --model {input} --dpus 1 --inputs 2 --quiet --csv {out}", "1", name)

# --- MNIST IDX and gzip: every bad dataset is refused naming the file. ---------------
def idx_images(n, rows=28, cols=28, body=None):
    data = struct.pack(">IIII", 2051, n, rows, cols)
    return data + (body if body is not None else bytes(n * rows * cols))


def idx_labels(n, labels=None):
    return struct.pack(">II", 2049, n) + (labels if labels is not None else bytes(n))


def mnist_case(name, images, labels, needle, gzipped=True):
    directory = path(name)
    os.makedirs(directory)
    ext = ".gz" if gzipped else ""
    with open(os.path.join(directory, "t10k-images-idx3-ubyte" + ext), "wb") as f:
        f.write(images)
    with open(os.path.join(directory, "t10k-labels-idx1-ubyte" + ext), "wb") as f:
        f.write(labels)
    case(name, "run --kernel naive --mnist {input} --dpus 1 --quiet --csv {out}", "1", needle)


# A gzip "bomb": 10 images declared, 16 MiB of zeros after them (16 KiB compressed).
bomb = gz(idx_images(10) + bytes(16 << 20))
mnist_case("mnist-bomb", bomb, gz(idx_labels(10)), "its IDX header declares")
mnist_case("mnist-zero-images", gz(idx_images(0)), gz(idx_labels(0)), "holds no images")
mnist_case("mnist-bad-magic", gz(struct.pack(">IIII", 2049, 1, 28, 28) + bytes(784)), gz(idx_labels(1)), "wrong magic number")
mnist_case("mnist-huge-dims", gz(struct.pack(">IIII", 2051, 1, 70000, 70000)), gz(idx_labels(1)), "implausible image dimensions")
mnist_case("mnist-truncated-gzip", gz(idx_images(5))[:-20], gz(idx_labels(5)), "t10k-images-idx3-ubyte.gz")
crc = bytearray(gz(idx_images(5)))
crc[-6] ^= 0xFF
mnist_case("mnist-crc", bytes(crc), gz(idx_labels(5)), "CRC-32 mismatch")
mnist_case("mnist-label-count", gz(idx_images(5)), gz(idx_labels(4)), "holds 4 labels")
mnist_case("mnist-label-value", gz(idx_images(2)), gz(idx_labels(2, bytes([3, 12]))), "is not a digit")
mnist_case("mnist-raw-surplus", idx_images(2) + b"extra", idx_labels(2), "unexpected bytes", gzipped=False)
mnist_case("mnist-not-gzip-ext", b"\x1f\x8b\x08\x00garbage", gz(idx_labels(1)), "bad gzip data")

# --- Configuration JSON: every bad file is refused naming the file and the key. ------
configs = {
    "config-duplicate.json": ('{"clockHz": 4e8, "clockHz": 3e8}', "appears more than once"),
    "config-trailing-comma.json": ('{"clockHz": 4e8,}', "trailing commas"),
    "config-null.json": ('{"revolverCycles": null}', "revolverCycles"),
    "config-nested.json": ('{"revolverCycles": {"a": 1}}', "revolverCycles"),
    "config-huge-number.json": ('{"dmaCyclesPerByte": 1e400}', "dmaCyclesPerByte"),
    "config-after.json": ('{"clockHz": 4e8} {}', "content after the object"),
    "config-unknown.json": ('{"revolverCycle": 8}', "revolverCycle"),
    "config-type.json": ('{"maxTasklets": "many"}', "maxTasklets"),
    "config-empty.json": ("", "not valid JSON"),
    "config-array.json": ("[1, 2]", "not one JSON object"),
    "config-mram-huge.json": ('{"mramBytes": 2147483648}', "mramBytes"),
    "config-wram-odd.json": ('{"wramBytes": 65537}', "wramBytes"),
    "config-revolver-zero.json": ('{"revolverCycles": 0}', "revolverCycles"),
    "config-revolver-huge.json": ('{"revolverCycles": 1025}', "revolverCycles"),
    "config-hazard-huge.json": ('{"registerHazardCycles.alu": 1e9}', "registerHazardCycles.alu"),
    "config-latency-huge.json": ('{"dmaReadLatencyCycles": 1e7}', "dmaReadLatencyCycles"),
    "config-routine-2p53.json": ('{"mul32CallInstructions": 9007199254740992}', "mul32CallInstructions"),
    "config-stack-huge.json": ('{"stackBytesPerTasklet": 1073741824}', "stackBytesPerTasklet"),
    "config-clock-zero.json": ('{"clockHz": 0}', "clockHz"),
    "config-alignment.json": ('{"dmaAlignment": 6}', "dmaAlignment"),
    "config-tasklets-huge.json": ('{"maxTasklets": 100000}', "maxTasklets"),
    "config-dpus-huge.json": ('{"maxDPUs": 1000000}', "maxDPUs"),
    "config-scale.json": ('{"instructionCountScale": 0}', "instructionCountScale"),
    "config-scheduler.json": ('{"dmaScheduler": "random"}', "dmaScheduler"),
    "config-bandwidth.json": ('{"broadcastBytesPerSecond": 0}', "broadcastBytesPerSecond"),
    "config-bad-utf8.json": (b'{"name": "\xff"}', "UTF-8"),
}
for name, (text, needle) in configs.items():
    write(name, text)
    case(name, "run --kernel naive --config {input} --dpus 1 --inputs 2 --quiet --csv {out}", "1", needle)

# --- Report CSVs given to plot and merge: refused naming the file. -------------------
header = ("kernel,model,dpus,tasklets,inputs,cycles_per_input,inferences_per_second,issue_cycles,"
          "register_hazard_cycles,revolver_idle_cycles,dma_wait_cycles,synchronization_cycles")


def report(values):
    row = dict(kernel="naive", model="small", dpus="1", tasklets="16", inputs="10", cycles_per_input="6000",
               inferences_per_second="5000", issue_cycles="100", register_hazard_cycles="0", revolver_idle_cycles="0",
               dma_wait_cycles="10", synchronization_cycles="0")
    row.update(values)
    return header + "\r\n" + ",".join(row[c] for c in header.split(",")) + "\r\n"


reports = {
    "report-nan.csv": (report({"cycles_per_input": "nan"}), "cycles_per_input"),
    "report-inf.csv": (report({"inferences_per_second": "inf"}), "inferences_per_second"),
    "report-negative.csv": (report({"dma_wait_cycles": "-1"}), "dma_wait_cycles"),
    "report-int-overflow.csv": (report({"inputs": "9223372036854775808"}), "inputs"),
    "report-missing-column.csv": ("kernel,model\r\nnaive,small\r\n", "has no column"),
    "report-header-only.csv": (header + "\r\n", "no rows"),
    "report-empty.csv": ("", "report-empty.csv"),
    "report-ragged.csv": (header + "\r\nnaive,small,1\r\n", "report-ragged.csv"),
    "report-quote.csv": (header + '\r\n"naive,small\r\n', "report-quote.csv"),
}
for name, (text, needle) in reports.items():
    write(name, text)
    case(name, "plot --reports {input} --out {out}", "1,64", needle)
for name in ["report-header-only.csv", "report-missing-column.csv", "report-empty.csv"]:
    case("merge-" + name, "merge --shards {input} --csv {out}", "1,64", name)

with open(path("cases.tsv"), "w") as f:
    f.write("# generated by scripts/generate-fuzz-corpus.py; id, arguments, exit codes, stderr must contain\n")
    for name, args, codes, needle in cases:
        f.write(f"{name}\t{args}\t{codes}\t{needle}\n")
total = sum(os.path.getsize(os.path.join(d, n)) for d, _, names in os.walk(OUT) for n in names)
print(f"wrote {len(cases)} cases, {total} bytes, to {os.path.relpath(OUT, ROOT)}")
