"""Ruling-line geometry: snap and join rules, find where they cross, group cells into tables.

Ported from pdfplumber/table.py (pdfplumber 0.11, MIT licence): `merge_edges`,
`edges_to_intersections` and `cells_to_tables`, with the same arithmetic and the
same order, so tables come out exactly as before. Importing pdfplumber (and
pdfminer under it) for these three functions cost the pdfium engine a third of
a second at every start.

Positions are PDF points, top-left origin. An edge is a dict with `x0`, `x1`,
`top`, `bottom` and `orientation` ("h" or "v").
"""

from __future__ import annotations

import itertools
from operator import itemgetter
from typing import Any

Edge = dict[str, Any]
Point = tuple[float, float]
Box = tuple[float, float, float, float]  # x0, top, x1, bottom
Intersections = dict[Point, dict[str, list[Edge]]]


def cluster_index(values: list[float], tolerance: float) -> dict[float, int]:
    """Each distinct value's cluster: sorted values within `tolerance` of the one before share one."""
    index: dict[float, int] = {}
    cluster, last = -1, float("-inf")
    for value in sorted(set(values)):
        if value > last + tolerance:
            cluster += 1
        index[value] = cluster
        last = value
    return index


def snap_edges(edges: list[Edge], attr: str, moved: tuple[str, str], tolerance: float) -> list[Edge]:
    """Edges whose `attr` lie within `tolerance` of each other moved to their mean, cluster by cluster."""
    cluster_of = cluster_index([edge[attr] for edge in edges], tolerance)
    ordered = sorted(edges, key=lambda edge: cluster_of[edge[attr]])  # stable: stream order within a cluster
    snapped: list[Edge] = []
    for _, group in itertools.groupby(ordered, key=lambda edge: cluster_of[edge[attr]]):
        cluster = list(group)
        mean = sum(edge[attr] for edge in cluster) / len(cluster)
        for edge in cluster:
            shift = mean - edge[attr]
            snapped.append({**edge, moved[0]: edge[moved[0]] + shift, moved[1]: edge[moved[1]] + shift})
    return snapped


def join_edge_group(edges: list[Edge], start: str, end: str, tolerance: float) -> list[Edge]:
    """Edges on one line joined where they overlap or leave gaps up to `tolerance`."""
    ordered = sorted(edges, key=itemgetter(start))
    joined = [ordered[0]]
    for edge in ordered[1:]:
        last = joined[-1]
        if edge[start] <= last[end] + tolerance:
            if edge[end] > last[end]:
                joined[-1] = {**last, end: edge[end]}
        else:
            joined.append(edge)
    return joined


def merge_edges(edges: list[Edge], snap: float, join: float) -> list[Edge]:
    """Edges snapped onto shared lines, then joined along them: horizontal ones first, by line."""
    vertical = snap_edges([e for e in edges if e["orientation"] == "v"], "x0", ("x0", "x1"), snap)
    horizontal = snap_edges([e for e in edges if e["orientation"] == "h"], "top", ("top", "bottom"), snap)

    def line_of(edge: Edge) -> tuple[str, float]:
        return ("h", edge["top"]) if edge["orientation"] == "h" else ("v", edge["x0"])

    merged: list[Edge] = []
    for (orientation, _), group in itertools.groupby(sorted(vertical + horizontal, key=line_of), key=line_of):
        start, end = ("x0", "x1") if orientation == "h" else ("top", "bottom")
        merged += join_edge_group(list(group), start, end, join)
    return merged


def edges_to_intersections(edges: list[Edge], tolerance: float) -> Intersections:
    """The points where a vertical and a horizontal edge meet (within `tolerance`), with the edges meeting there."""
    intersections: Intersections = {}
    vertical = sorted((e for e in edges if e["orientation"] == "v"), key=itemgetter("x0", "top"))
    horizontal = sorted((e for e in edges if e["orientation"] == "h"), key=itemgetter("top", "x0"))
    for v in vertical:
        for h in horizontal:
            if (v["top"] <= h["top"] + tolerance and v["bottom"] >= h["top"] - tolerance
                    and h["x0"] - tolerance <= v["x0"] <= h["x1"] + tolerance):
                meeting = intersections.setdefault((v["x0"], h["top"]), {"v": [], "h": []})
                meeting["v"].append(v)
                meeting["h"].append(h)
    return intersections


def cells_to_tables(cells: list[Box]) -> list[list[Box]]:
    """Cells grouped into tables of cells touching at a corner, top to bottom; single cells dropped."""

    def corners(box: Box) -> set[Point]:
        x0, top, x1, bottom = box
        return {(x0, top), (x0, bottom), (x1, top), (x1, bottom)}

    remaining = list(cells)
    tables: list[list[Box]] = []
    current: list[Box] = []
    current_corners: set[Point] = set()
    while remaining:
        count = len(current)
        for cell in list(remaining):
            if not current or corners(cell) & current_corners:
                current_corners |= corners(cell)
                current.append(cell)
                remaining.remove(cell)
        if len(current) == count:  # nothing more touches this table: start the next
            tables.append(current)
            current, current_corners = [], set()
    if current:
        tables.append(current)
    return [table for table in sorted(tables, key=lambda t: min((c[1], c[0]) for c in t)) if len(table) > 1]
