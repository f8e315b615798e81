"""Line coordinates out of many WKB geometries at once: pure numpy, no QGIS, no loop per
geometry.

:func:`linestrings` reads little-endian LineStrings and MultiLineStrings in any dimension (2D,
Z, M, ZM, and the 25D types that QGIS and older GDAL write, 0x80000002 and 0x80000005), keeps x
and y, and says which geometries it did not read (curves, collections, big-endian or truncated
bytes): the caller reads those another way.
"""

from __future__ import annotations

from typing import List, NamedTuple, Sequence, Tuple

import numpy as np

from .arrays import AnyArray, ArrayLike, BoolArray, FloatArray, IntArray

LINESTRING, MULTILINESTRING = 2, 5
_HEADER = 9  # byte order (1), type (4), vertex or part count (4)


class Parts(NamedTuple):
    """Single-part polylines stored flat: part k is ``xy[ptr[k]:ptr[k + 1]]`` and comes from
    the geometry ``owner[k]``; parts are in geometry order, then in their order inside it.
    ``read[i]`` is False for a geometry that was not read (it gives no part)."""

    xy: FloatArray
    ptr: IntArray
    owner: IntArray
    read: BoolArray


def _uint32(buf: AnyArray, at: ArrayLike) -> IntArray:
    """The little-endian unsigned 32-bit integers at byte offsets ``at`` (as int64)."""
    b = buf[np.asarray(at)[:, None] + np.arange(4)].astype(np.int64)
    return b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16) | (b[:, 3] << 24)


def _header(buf: AnyArray, at: IntArray) -> Tuple[BoolArray, IntArray, IntArray, IntArray]:
    """(little-endian, base type, coordinates per vertex, count) of the WKB headers at byte
    offsets ``at``. Base type is -1 for a type code this module does not know."""
    code = _uint32(buf, at + 1)
    flag_25d = code >= 0x80000000
    iso = code & 0x7FFFFFFF
    base, thousands = iso % 1000, iso // 1000  # ISO: +1000 Z, +2000 M, +3000 ZM
    known = (thousands <= 3) & ~(flag_25d & (thousands > 0))
    dims = 2 + ((thousands == 1) | (thousands == 3) | flag_25d) + (thousands >= 2)
    return buf[at] == 1, np.where(known, base, -1), dims, _uint32(buf, at + 5)


def linestrings(blobs: Sequence[bytes]) -> Parts:
    """The parts of WKB (multi)linestrings (a sequence of bytes): see :class:`Parts`."""
    n = len(blobs)
    sizes = np.fromiter((len(b) for b in blobs), dtype=np.int64, count=n)
    end = np.cumsum(sizes)
    start = end - sizes
    # padding: headers read past a short geometry stay inside the buffer (and are refused)
    buf = np.frombuffer(b"".join(blobs) + bytes(_HEADER), dtype=np.uint8)
    little, base, dims, count = _header(buf, start)
    if n and (little & (base == LINESTRING) & (dims == 2)
              & (sizes == _HEADER + 16 * count)).all():
        return _plain_lines(blobs, count)
    read = little & (sizes >= _HEADER) & ((base == LINESTRING) | (base == MULTILINESTRING))

    # every part as (geometry, rank in it, byte offset of its first coordinate, vertices)
    single = np.flatnonzero(read & (base == LINESTRING))
    owners: List[IntArray] = [single]
    ranks: List[IntArray] = [np.zeros(len(single), np.int64)]
    starts: List[IntArray] = [start[single] + _HEADER]
    counts: List[IntArray] = [count[single]]
    # the parts of a multi follow one another: walk the k-th part of every multi at once
    multi = np.flatnonzero(read & (base == MULTILINESTRING) & (count > 0))
    pos, left, k = start[multi] + _HEADER, count[multi], 0
    while len(multi):
        fits = pos + _HEADER <= end[multi]
        part_little, part_base, part_dims, part_count = _header(buf, np.where(fits, pos, 0))
        good = fits & part_little & (part_base == LINESTRING) & (part_dims == dims[multi])
        read[multi[~good]] = False
        multi, pos, left, part_count = multi[good], pos[good], left[good], part_count[good]
        owners.append(multi)
        ranks.append(np.full(len(multi), k))
        starts.append(pos + _HEADER)
        counts.append(part_count)
        pos = pos + _HEADER + 8 * dims[multi] * part_count
        more = left > 1
        multi, pos, left, k = multi[more], pos[more], left[more] - 1, k + 1
    owner, rank, at, vertices = (np.concatenate(a) for a in (owners, ranks, starts, counts))
    read[owner[at + 8 * dims[owner] * vertices > end[owner]]] = False  # truncated

    keep = read[owner]
    order = np.lexsort((rank[keep], owner[keep]))
    owner, at, vertices = owner[keep][order], at[keep][order], vertices[keep][order]
    ptr = np.concatenate([[0], np.cumsum(vertices)]).astype(np.int64)
    if (dims[owner] == 2).all():  # plain x, y (nearly always): the parts' bytes, cut out
        return Parts(_packed_xy(buf, at, vertices), ptr, owner, read)
    # byte offset of every vertex's x (its y follows): within a part, a stride of 8 * dims
    stride = 8 * dims[owner]
    offset = (np.arange(ptr[-1]) * np.repeat(stride, vertices)
              + np.repeat(at - stride * ptr[:-1], vertices))
    return Parts(_doubles_at(buf, offset), ptr, owner, read)


def _plain_lines(blobs: Sequence[bytes], count: IntArray) -> Parts:
    """Every geometry a plain x, y LineString whose bytes are its header and coordinates
    exactly (nearly every layer): the coordinates joined straight from the bytes."""
    joined = bytearray().join([blob[_HEADER:] for blob in blobs])
    xy = np.frombuffer(joined, dtype="<f8").reshape(-1, 2).astype(float, copy=False)
    ptr = np.concatenate([[0], np.cumsum(count)]).astype(np.int64)
    n = len(blobs)
    return Parts(xy, ptr, np.arange(n, dtype=np.int64), np.ones(n, dtype=bool))


def _packed_xy(buf: AnyArray, at: IntArray, vertices: IntArray) -> FloatArray:
    """(sum(vertices), 2) little-endian doubles of x, y parts whose coordinates start at the
    increasing byte offsets ``at``: every part's 16 bytes a vertex, cut out of the buffer in
    one pass (a part's header always lies between two parts' coordinates)."""
    step = np.zeros(len(buf) + 1, dtype=np.int8)
    step[at] = 1
    step[at + 16 * vertices] -= 1  # an empty part: +1 and -1 at the same byte
    inside = np.cumsum(step[:-1], dtype=np.int8).view(bool)
    return buf[inside].view("<f8").reshape(-1, 2).astype(float, copy=False)


def _doubles_at(buf: AnyArray, offset: IntArray) -> FloatArray:
    """(len(offset), 2) little-endian doubles: x at each byte offset, y 8 bytes after it."""
    xy = np.empty((len(offset), 2))
    align = offset % 8
    for shift in np.unique(align).tolist():  # at most 8 views of the buffer
        view = np.frombuffer(buf, dtype="<f8", offset=shift, count=(len(buf) - shift) // 8)
        sel = align == shift
        index = (offset[sel] - shift) // 8
        xy[sel, 0] = view[index]
        xy[sel, 1] = view[index + 1]
    return xy
