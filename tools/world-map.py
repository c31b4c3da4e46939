#!/usr/bin/env python3
"""Writes annals-server's offline world map: one SVG path per country, equirectangular
(x = longitude + 180, y = 90 - latitude, viewBox 0 0 360 180), from world-atlas's
countries-110m.json (TopoJSON of Natural Earth 1:110m, public domain; world-atlas is ISC).

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 tools/world-map.py package/countries-110m.json \
        > annals-server/src/main/resources/org/annals/server/world-110m.tsv

Output: one line per country, "ISO 3166-1 numeric id TAB name TAB SVG path data".
"""
import json
import sys


def main(path):
    topo = json.load(open(path, encoding="utf-8"))
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:  # delta-encoded, quantised
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indexes):
        pts = []
        for i in indexes:
            a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            pts.extend(a if not pts else a[1:])
        return pts

    def d(rings):
        out = []
        for r in rings:
            pts = ring(r)
            if len(pts) < 3:
                continue
            # a ring crossing the antimeridian (Fiji, Russia, Antarctica) is cut there, not drawn across
            seg = "M%.1f,%.1f" % (pts[0][0] + 180, 90 - pts[0][1])
            crossed = False
            for (lon0, _), (lon, lat) in zip(pts, pts[1:]):
                jump = abs(lon - lon0) > 180
                crossed |= jump
                seg += ("M" if jump else "L") + "%.1f,%.1f" % (lon + 180, 90 - lat)
            out.append(seg + ("" if crossed else "Z"))
        return "".join(out)

    for g in topo["objects"]["countries"]["geometries"]:
        if g["type"] == "Polygon":
            path_data = d(g["arcs"])
        elif g["type"] == "MultiPolygon":
            path_data = "".join(d(p) for p in g["arcs"])
        else:
            continue
        name = g.get("properties", {}).get("name", "")
        print("%s\t%s\t%s" % (g.get("id", ""), name, path_data))


if __name__ == "__main__":
    main(sys.argv[1])
