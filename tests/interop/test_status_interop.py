"""Bitstring Status List interop: Digital Bazaar reads our lists, we read theirs."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from issuer.status_list import MIN_ENTRIES, encode_list, new_bitstring, set_bit
from verifier.status import decode_list, read_status

NODE_MODULES = Path(__file__).resolve().parent / "node_modules"


NODE_SCRIPT = """
import {BitstringStatusList} from '@digitalbazaar/vc-bitstring-status-list';
const [mine, ...indexes] = process.argv.slice(1);
const theirs = new BitstringStatusList({length: 131072});
for(const i of indexes) theirs.setStatus(Number(i), true);
const decoded = await BitstringStatusList.decode({encodedList: mine});
const set = [];
for(let i = 0; i < decoded.length; i++) if(decoded.getStatus(i)) set.push(i);
console.log(JSON.stringify({encoded: await theirs.encode(), set}));
"""


def test_digital_bazaar_reads_our_lists_and_we_read_theirs() -> None:
    node = shutil.which("node")
    assert node is not None  # the interop conftest skips or fails before this without Node
    indexes = [0, 7, 23, 94567, MIN_ENTRIES - 1]
    bits = new_bitstring()
    for i in indexes:
        set_bit(bits, i)
    out = subprocess.run(
        [node, "--input-type=module", "-e", NODE_SCRIPT, encode_list(bits), *map(str, indexes)],
        cwd=NODE_MODULES.parent,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    answer = json.loads(out.stdout)
    assert answer["set"] == indexes
    theirs = decode_list(answer["encoded"])
    assert [i for i in range(MIN_ENTRIES) if read_status(theirs, i)] == indexes
