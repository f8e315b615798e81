"""The relations of an OpenStreetMap file (.osm XML or .osm.pbf) with their members.

GDAL's OSM driver builds the geometries of nodes and ways, but it tells neither which ways a
route relation holds nor whether some are missing from the extract. This reader gives both, and
reads only what it needs: in XML, from the first ``<relation`` on (files list nodes, then ways,
then relations); in PBF, only the blocks that hold relations are decoded (the others are
inflated and skipped), with numpy for the packed member lists.

Pure Python and numpy (no QGIS, no GDAL).
"""

from __future__ import annotations

import mmap
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import (
    Any,
    Callable,
    Dict,
    Iterator,
    List,
    Mapping,
    Optional,
    Sequence,
    Set,
    Tuple,
    Union,
)
from xml.parsers import expat

import numpy as np

CHUNK = 1 << 20
NO_IDS = np.zeros(0, dtype=np.int64)
PathLike = Union[str, Path]


class NotOsmError(ValueError):
    """The file is neither OSM XML nor OSM PBF."""


@dataclass(eq=False)
class Relation:
    id: int
    tags: Dict[str, str]
    ways: np.ndarray  # ids of the way members, in member order
    relations: int = 0  # how many members are relations
    nodes: int = 0  # how many members are nodes
    roles: Tuple[str, ...] = ()  # the role of each way member ('' for none)
    node_ids: np.ndarray = field(default_factory=lambda: NO_IDS)  # node members, in order
    # for each node member, how many way members come before it (where it is in member order)
    node_places: np.ndarray = field(default_factory=lambda: NO_IDS)

    def role(self, k: int) -> str:
        """The role of the k-th way member."""
        return self.roles[k] if self.roles else ""


def file_format(path: PathLike) -> str:
    """``"xml"`` or ``"pbf"`` from the file's first bytes; NotOsmError for anything else."""
    path = Path(path)
    with open(path, "rb") as stream:
        head = stream.read(64)
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith((b"<?xml", b"<osm")):
        with open(path, "rb") as stream:
            start = stream.read(4096)
        if b"<osm" in start:
            return "xml"
    if len(head) >= 4:
        size = struct.unpack(">I", head[:4])[0]
        if 0 < size < 64 * 1024 and b"OSMHeader" in head[4:4 + size]:
            return "pbf"
    raise NotOsmError(f"{path.name} is neither OpenStreetMap XML (<osm …>) nor OSM PBF")


def read_relations(path: PathLike, keep: Optional[Callable[[Mapping[str, str]], bool]] = None
                   ) -> Tuple[List[Relation], int]:
    """Every relation of the file for which ``keep(tags)`` is true (all without ``keep``), and
    the number of relations read in all."""
    kept, total, _ = read_relations_and_words(path, keep)
    return kept, total


def read_relations_and_words(path: PathLike,
                             keep: Optional[Callable[[Mapping[str, str]], bool]] = None,
                             words: Sequence[bytes] = ()
                             ) -> Tuple[List[Relation], int, Set[bytes]]:
    """:func:`read_relations`, and which of ``words`` the file holds (an XML file anywhere, a
    PBF file as a string of its tables): a quick look, in passing, that tells whether
    something can be in it at all (a word found may be in a name: it only says "maybe")."""
    found: Set[bytes] = set()
    if file_format(path) == "xml":
        relations = _xml_relations(path)
        found = _xml_words(path, words)
    else:
        relations = _pbf_relations(path, words, found)
    kept, total = [], 0
    for relation in relations:
        total += 1
        if keep is None or keep(relation.tags):
            kept.append(relation)
    return kept, total, found


def _xml_words(path: PathLike, words: Sequence[bytes]) -> Set[bytes]:
    if not words or Path(path).stat().st_size == 0:
        return set()
    with open(path, "rb") as stream, mmap.mmap(stream.fileno(), 0,
                                               access=mmap.ACCESS_READ) as data:
        return {word for word in words if data.find(word) >= 0}


# --- XML ------------------------------------------------------------------------------------

def _xml_relation(current: Dict[str, Any]) -> Relation:
    # roles are listed from the first one given on, with the earlier ways' (most routes give
    # none: no list then)
    nodes, ways, roles = current["nodes"], current["ways"], current["roles"]
    return Relation(current["id"], current["tags"], np.array(ways, dtype=np.int64),
                    current["relation"], len(nodes), tuple(roles),
                    np.array([n for n, _ in nodes], dtype=np.int64),
                    np.array([p for _, p in nodes], dtype=np.int64))


def _add_role(roles: List[str], way_count: int, role: str) -> None:
    """The role of the way member ``way_count`` (counted from 1), the earlier ones given none
    when it is the first role given."""
    if not roles:
        roles.extend([""] * (way_count - 1))
    roles.append(role)


def _xml_relations(path: PathLike) -> Iterator[Relation]:
    """Relations parsed by expat's callbacks from the first ``<relation`` on (no element tree:
    the tail of a big extract holds hundreds of thousands of members and tags)."""
    with open(path, "rb") as stream:
        if Path(path).stat().st_size == 0:
            return
        with mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as data:
            start = data.find(b"<relation")
            if start < 0:
                return
            done: List[Relation] = []
            current: Dict[str, Any] = {}

            def opened(name: str, attributes: Dict[str, str]) -> None:
                if name == "relation":
                    current.update(id=int(attributes["id"]), tags={}, ways=[], roles=[],
                                   relation=0, nodes=[])
                elif not current:
                    return
                elif name == "member":
                    kind = attributes.get("type")
                    if kind == "way":
                        ways = current["ways"]
                        ways.append(int(attributes["ref"]))
                        role = attributes.get("role")
                        if role or current["roles"]:
                            _add_role(current["roles"], len(ways), role or "")
                    elif kind == "node":
                        current["nodes"].append((int(attributes["ref"]), len(current["ways"])))
                    elif kind == "relation":
                        current["relation"] += 1
                elif name == "tag":
                    current["tags"][attributes.get("k")] = attributes.get("v")

            def closed(name: str) -> None:
                if name == "relation" and current:
                    done.append(_xml_relation(current))
                    current.clear()

            parser = expat.ParserCreate()
            parser.StartElementHandler, parser.EndElementHandler = opened, closed
            try:
                parser.Parse(b"<osm>", False)  # the file's own </osm> closes it
                for offset in range(start, len(data), CHUNK):
                    parser.Parse(data[offset:offset + CHUNK], False)
                    yield from done
                    done.clear()
                parser.Parse(b"", True)
            except expat.ExpatError as error:
                raise NotOsmError(f"{Path(path).name}: the XML of its relations is broken "
                                  f"({expat.ErrorString(error.code)}, line "
                                  f"{error.lineno} of the relations)") from None
            yield from done


# --- PBF ------------------------------------------------------------------------------------
# https://wiki.openstreetmap.org/wiki/PBF_Format: a sequence of (4-byte length, BlobHeader,
# Blob); an OSMData blob is a zlib-compressed PrimitiveBlock of PrimitiveGroups.

def _varint(buffer: memoryview, pos: int) -> Tuple[int, int]:
    result = shift = 0
    while True:
        byte = buffer[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos
        shift += 7


def _fields(buffer: memoryview) -> Iterator[Tuple[int, int, Any]]:
    """(field number, wire type, value) of a protobuf message; value is an int for varints
    and a memoryview for length-delimited fields."""
    pos, end = 0, len(buffer)
    value: Any
    while pos < end:
        key, pos = _varint(buffer, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _varint(buffer, pos)
        elif wire == 2:
            size, pos = _varint(buffer, pos)
            value, pos = buffer[pos:pos + size], pos + size
        elif wire == 1:
            value, pos = buffer[pos:pos + 8], pos + 8
        elif wire == 5:
            value, pos = buffer[pos:pos + 4], pos + 4
        else:
            raise NotOsmError(f"unexpected protobuf wire type {wire}")
        yield number, wire, value


def packed_varints(data: bytes) -> np.ndarray:
    """The unsigned varints packed in ``data``, decoded at once (uint64 array)."""
    raw = np.frombuffer(data, dtype=np.uint8)
    if len(raw) == 0:
        return np.zeros(0, dtype=np.uint64)
    ends = np.flatnonzero(raw < 0x80)
    starts = np.concatenate([[0], ends[:-1] + 1])
    place = np.arange(len(raw)) - np.repeat(starts, ends - starts + 1)
    values = (raw & 0x7F).astype(np.uint64) << (7 * place).astype(np.uint64)
    return np.add.reduceat(values, starts)


def _zigzag(values: np.ndarray) -> np.ndarray:
    values = values.astype(np.int64)
    return (values >> 1) ^ -(values & 1)


def _blobs(path: PathLike) -> Iterator[Tuple[Optional[str], bytes]]:
    with open(path, "rb") as stream:
        while True:
            head = stream.read(4)
            if len(head) < 4:
                return
            header = stream.read(struct.unpack(">I", head)[0])
            kind: Optional[str] = None
            size = 0
            for number, _, value in _fields(memoryview(header)):
                if number == 1:
                    kind = bytes(value).decode()
                elif number == 3:
                    size = value
            yield kind, stream.read(size)


def _inflate(blob: bytes) -> memoryview:
    raw: Any = None
    compressed: Any = None
    for number, _, value in _fields(memoryview(blob)):
        if number == 1:
            raw = value
        elif number == 3:
            compressed = value
        elif number in (4, 5, 6, 7):
            raise NotOsmError("this PBF file is compressed with LZMA, LZ4 or zstd; write it "
                              "with zlib (osmium's default)")
    return memoryview(zlib.decompress(compressed)) if compressed is not None else raw


def _pbf_relations(path: PathLike, words: Sequence[bytes] = (),
                   found: Optional[Set[bytes]] = None) -> Iterator[Relation]:
    """The relations of every block; the ``words`` a block's strings hold are added to
    ``found`` (every block is inflated anyway)."""
    for kind, blob in _blobs(path):
        if kind != "OSMData":
            continue
        block = _inflate(blob)
        table: Any = None
        groups: List[memoryview] = []
        for number, _, value in _fields(block):
            if number == 1:
                table = value
            elif number == 2 and len(value) and value[0] >> 3 == 4:  # a group of relations
                groups.append(value)
        if words and found is not None and table is not None:
            raw = bytes(table)  # each string a field 1 of its length (short words)
            found.update(word for word in words
                         if b"\x0a" + bytes([len(word)]) + word in raw)
        if not groups:
            continue
        strings = [bytes(s).decode("utf-8") for n, _, s in _fields(table) if n == 1]
        for group in groups:
            yield from _pbf_group(group, strings)


def _varint_bytes(wire: int, value: Any) -> bytes:
    """A repeated varint field as packed bytes, whether it came packed (wire 2) or not."""
    if wire == 2:
        return bytes(value)
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def _decode_many(chunks: List[bytes]) -> Tuple[np.ndarray, np.ndarray]:
    """The packed varints of each chunk, decoded in one numpy pass: (values, ptr)."""
    data = b"".join(chunks)
    ends = np.frombuffer(data, dtype=np.uint8) < 0x80
    counted = np.concatenate([[0], np.cumsum(ends)])
    bounds = np.concatenate([[0], np.cumsum([len(c) for c in chunks])]).astype(np.int64)
    return packed_varints(data), counted[bounds]


def _pbf_group(group: memoryview, strings: List[str]) -> Iterator[Relation]:
    """The relations of a PrimitiveGroup: their fields gathered, then their packed lists
    (tags, member roles, ids and types) decoded together rather than one relation at a time."""
    idents: List[int] = []
    fields: Dict[int, List[bytes]] = {2: [], 3: [], 8: [], 9: [], 10: []}
    for number, _, message in _fields(group):
        if number != 4:
            continue
        ident = 0
        found: Dict[int, bytes] = {}
        for field_number, wire, value in _fields(message):
            if field_number == 1:
                ident = value
            elif field_number in fields:
                found[field_number] = found.get(field_number, b"") + _varint_bytes(wire, value)
        idents.append(_signed(ident))
        for field_number, chunks in fields.items():
            chunks.append(found.get(field_number, b""))
    keys, key_ptr = _decode_many(fields[2])
    values, _ = _decode_many(fields[3])
    role_ids, _ = _decode_many(fields[8])
    deltas, id_ptr = _decode_many(fields[9])
    types, _ = _decode_many(fields[10])
    # member ids are sint64 deltas within each relation: undo both at once
    ids = np.cumsum(_zigzag(deltas))
    ids -= np.concatenate([[0], ids])[id_ptr[:-1]].repeat(np.diff(id_ptr))
    types = types.astype(np.int64)
    roles = np.array(strings, dtype=object)[role_ids.astype(np.int64)] if len(
        role_ids) == len(types) else np.full(len(types), "", dtype=object)
    for k, ident in enumerate(idents):
        a, b = key_ptr[k], key_ptr[k + 1]
        tags = {strings[i]: strings[j] for i, j in zip(keys[a:b].tolist(), values[a:b].tolist())}
        yield _pbf_relation(ident, tags, types[id_ptr[k]:id_ptr[k + 1]],
                            ids[id_ptr[k]:id_ptr[k + 1]], roles[id_ptr[k]:id_ptr[k + 1]])


def _pbf_relation(ident: int, tags: Dict[str, str], kinds: np.ndarray, ids: np.ndarray,
                  roles: np.ndarray) -> Relation:
    """A relation from its members' kinds (0 node, 1 way, 2 relation), ids and roles."""
    way, node = kinds == 1, kinds == 0
    return Relation(ident, tags, ids[way], int((kinds == 2).sum()), int(node.sum()),
                    tuple(roles[way].tolist()), ids[node], np.cumsum(way)[node])


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value
